// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { lastLanguage, rememberLanguage } from '../../utils/i18n/last-language';

beforeEach(() => localStorage.clear());

describe('the language pages last rendered in', () => {
  it('is remembered across pages of the origin, and only a language Claimlens speaks counts', () => {
    expect(lastLanguage()).toBeNull();
    rememberLanguage('ru');
    expect(lastLanguage()).toBe('ru');
    localStorage.setItem('claimlens:last-language', 'de');
    expect(lastLanguage()).toBeNull();
  });

  it('is unknown, and remembering does nothing, without a usable localStorage', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } } as unknown as Storage;
    expect(() => rememberLanguage('uk', broken)).not.toThrow();
    expect(lastLanguage(broken)).toBeNull();
  });
});
