import { describe, expect, it } from 'vitest';
import { claimFragmentUrl, toClaimReviews, VERDICT_RATINGS } from '../../utils/export/claim-review';
import { mdParagraph } from '../../utils/export/safe';
import { shortClaim } from '../../utils/export/short-claim';
import { firstReview, VERDICTS } from '../../utils/model/annotation';
import { newAnnotationRecord } from '../../utils/model/new-annotation';
import { makeAnnotation } from '../support/annotations';

const quote = (exact: string, prefix = '', suffix = '') => ({ quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix }, position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length } });

describe('claimReviewed: the claim, not the sentence', () => {
  it('keeps a short sentence whole', () => {
    const a = makeAnnotation({ sentence: 'Russia has started serial production, the Defense Ministry said on Friday.', target: quote('the Defense Ministry said') });
    expect(shortClaim(a)).toBe('Russia has started serial production, the Defense Ministry said on Friday.');
  });

  it('takes the clause of a figure out of a long sentence (digit-group commas are no clause marks)', () => {
    const a = makeAnnotation();
    a.sentence = `Officials, speaking on Monday in Kyiv, which had been shelled overnight, said ${'at length '.repeat(6)}that 12,500 people had been evacuated from the city, while others stayed.`;
    a.target = quote('12,500 people');
    expect(shortClaim(a)).toBe(`said ${'at length '.repeat(6)}that 12,500 people had been evacuated from the city`);
  });

  it('keeps an attribution’s speaker, cue and content together', () => {
    const a = makeAnnotation({
      claim: { type: 'attribution', text: 'said', cue: 'say', sourceType: 'official', source: { start: 0, end: 0, text: 'a NATO official' }, content: { start: 0, end: 0, text: 'the strikes had doubled' } },
      target: quote('said'),
    });
    a.sentence = `In a briefing that lasted well over an hour and touched on many other subjects, a NATO official said the strikes had doubled; ${'more words '.repeat(5)}`;
    expect(shortClaim(a)).toBe('a NATO official said the strikes had doubled');
  });

  it('cuts a clause longer than 120 characters at words around the claim, with ellipses', () => {
    const a = makeAnnotation({ target: quote('3,000 troops') });
    a.sentence = `${'word '.repeat(40)}3,000 troops ${'more '.repeat(40)}end`;
    const short = shortClaim(a);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short).toMatch(/^…(word )+3,000 troops( more)+…$/);
  });

  it('cuts a claim longer than 120 characters at a word boundary', () => {
    const long = `${'claim '.repeat(40)}end`;
    const a = makeAnnotation({ target: quote(long), sentence: `${long} and more words after it, many of them, ${'x '.repeat(20)}` });
    const short = shortClaim(a);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short).toMatch(/^(claim )+claim…$/);
  });
});

describe('ClaimReview details', () => {
  it('maps every verdict but unreviewed; unverifiable has a name and no number', () => {
    expect(Object.keys(VERDICT_RATINGS).sort()).toEqual(VERDICTS.filter((v) => v !== 'unreviewed').sort());
    expect(VERDICT_RATINGS.unverifiable.ratingValue).toBeUndefined();
    const values = Object.values(VERDICT_RATINGS).flatMap((r) => (r.ratingValue === undefined ? [] : [r.ratingValue]));
    expect(values).toEqual([5, 4, 3, 2, 1]);
  });

  it('leaves out unreviewed and dismissed annotations; no author without an organisation', () => {
    const reviews = toClaimReviews([makeAnnotation(), makeAnnotation({ verdict: 'false', dismissed: true }), makeAnnotation({ verdict: 'accurate' })]);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).not.toHaveProperty('author');
  });

  it('points at the claim in the page with a text fragment when no fact-check is published', () => {
    const url = claimFragmentUrl('https://x.example/a', { target: quote('3,000-strong, & more', 'cut-off word before ', ' after it then') });
    expect(url).toBe('https://x.example/a#:~:text=word%20before-,3%2C000%2Dstrong%2C%20%26%20more,-after%20it');
  });
});

describe('review date', () => {
  const now = new Date('2026-11-27T12:00:00.000Z');
  it('is set when a verdict is first given, kept afterwards, unknown for records reviewed before it existed', () => {
    expect(firstReview(undefined, 'false', now)).toEqual({ reviewedAt: now.toISOString() });
    expect(firstReview({ verdict: 'unreviewed' }, 'false', now)).toEqual({ reviewedAt: now.toISOString() });
    expect(firstReview({ verdict: 'unreviewed' }, 'unreviewed', now)).toEqual({});
    expect(firstReview({ verdict: 'false', reviewedAt: '2026-01-01T00:00:00.000Z' }, 'accurate', now)).toEqual({});
    expect(firstReview({ verdict: 'false' }, 'accurate', now)).toEqual({});
  });

  it('is given to a record created with a verdict', () => {
    const base = makeAnnotation();
    const record = newAnnotationRecord({ id: 'n', now, page: base.page, target: base.target, claim: base.claim, sentence: '' }, { verdict: 'mixed' });
    expect(record.reviewedAt).toBe(now.toISOString());
    expect(newAnnotationRecord({ id: 'm', now, page: base.page, target: base.target, claim: base.claim, sentence: '' }).reviewedAt).toBeUndefined();
  });
});

describe('mdParagraph', () => {
  it('keeps a note in one paragraph: block starts escaped, blank lines dropped, breaks kept', () => {
    expect(mdParagraph('first\n\n- item\n1. one\n===\n> q\n  # h')).toBe('first\\\n\\- item\\\n1\\. one\\\n\\===\\\n\\> q\\\n\\# h');
  });
});
