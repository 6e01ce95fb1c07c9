import { describe, expect, it } from 'vitest';
import { claimLabel } from '../../components/workbench/ClaimItem';
import { translator } from '../../utils/i18n/translate';
import type { ClaimView } from '../../utils/messaging';

const t = translator('en');
const attribution = (text: string, start: number, source?: { start: number; text: string }) =>
  ({ key: 'k', claim: { type: 'attribution', start, end: start + text.length, text, cue: 'say', sourceType: 'organisation', ...(source ? { source: { ...source, end: source.start + source.text.length } } : {}) } }) as unknown as ClaimView;

describe('claimLabel', () => {
  it('names speaker and cue in the page’s order', () => {
    // "The General Staff said": the speaker first.
    expect(claimLabel(attribution('said', 18, { start: 0, text: 'The General Staff' }), t)).toBe('The General Staff said');
    // "According to the General Staff": the cue first (it read "the General Staff According to").
    expect(claimLabel(attribution('According to', 0, { start: 13, text: 'the General Staff' }), t)).toBe('According to the General Staff');
    expect(claimLabel(attribution('said', 0), t)).toBe('said (no speaker named)');
  });
});
