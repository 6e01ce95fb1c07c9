// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { LATER_MODULES_ID, preloadLaterModules } from '../../../utils/library/later-modules';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

const preloads = () => [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));

describe("the library page's later modules", () => {
  it('are named inertly in the HTML and put in <head> by the first module, once', () => {
    document.body.innerHTML = `<div id="root"></div><template id="${LATER_MODULES_ID}"><link rel="modulepreload" crossorigin href="/chunks/app-1.js"><link rel="modulepreload" crossorigin href="/chunks/persist-2.js"></template>`;
    expect(preloads()).toEqual([]);
    preloadLaterModules();
    expect(preloads()).toEqual(['/chunks/app-1.js', '/chunks/persist-2.js']);
    expect(document.head.querySelector('link')!.crossOrigin).toBe('');
    preloadLaterModules();
    expect(preloads()).toHaveLength(2);
  });

  it('are nothing to do on a page built without them', () => {
    document.body.innerHTML = '<div id="root"></div>';
    preloadLaterModules();
    expect(preloads()).toEqual([]);
  });
});
