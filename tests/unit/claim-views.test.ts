import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../utils/anchor/selectors';
import type { Claim } from '../../utils/model/claim';
import { buildClaimViews } from '../../utils/scan/claim-views';
import { sentenceAround } from '../../utils/scan/sentence';
import { makeAnnotation } from '../support/annotations';

const text =
  'Kim Jong Un has paraded new drones. Yonhap cited the Joint Chiefs of Staff as saying that "some 3,000 or more troops" were sent. ' +
  'An earlier 11,000-strong contingent fought in Kursk.';
const quantity = (phrase: string, value: number): Claim => {
  const start = text.indexOf(phrase);
  return { type: 'quantity', start, end: start + phrase.length, text: phrase, value, unit: 'troop', approx: false, hedges: [] };
};

describe('sentenceAround', () => {
  it('returns the sentence holding the span', () => {
    const s = text.indexOf('11,000');
    expect(sentenceAround(text, s, s + 6)).toBe('An earlier 11,000-strong contingent fought in Kursk.');
    const c = text.indexOf('cited');
    expect(sentenceAround(text, c, c + 5)).toBe('Yonhap cited the Joint Chiefs of Staff as saying that "some 3,000 or more troops" were sent.');
  });
  it('does not split at decimals or abbreviations before lower case', () => {
    const t = 'Prices rose 3.5 percent, e.g. in Kyiv. Next.';
    expect(sentenceAround(t, 12, 15)).toBe('Prices rose 3.5 percent, e.g. in Kyiv.');
  });
});

describe('buildClaimViews', () => {
  const claims = [quantity('some 3,000 or more', 3000), quantity('11,000-strong', 11000)];

  it('gives each detected claim a key, its sentence and selectors', () => {
    const { views } = buildClaimViews(0, text, claims, []);
    expect(views.map((v) => v.key)).toEqual([`0:quantity:${claims[0].start}-${claims[0].end}`, `0:quantity:${claims[1].start}-${claims[1].end}`]);
    expect(views[1].target.quote.exact).toBe('11,000-strong');
    expect(views[0].annotationId).toBeUndefined();
  });

  it('attaches a stored annotation to the claim found at its quote', () => {
    const start = text.indexOf('11,000-strong');
    const annotation = makeAnnotation({ target: describeSpan(text, start, start + 13), verdict: 'accurate' });
    const { views, anchoredIds } = buildClaimViews(0, 'Breaking: ' + text, claims.map((c) => ({ ...c, start: c.start + 10, end: c.end + 10 })), [annotation]);
    expect(anchoredIds.has(annotation.id)).toBe(true);
    expect(views.find((v) => v.annotationId === annotation.id)?.claim.text).toBe('11,000-strong');
    expect(views.find((v) => v.annotationId === annotation.id)?.verdict).toBe('accurate');
  });

  it('keeps an annotation the detector no longer finds, at its new place', () => {
    const start = text.indexOf('Kim Jong Un');
    const annotation = makeAnnotation({ target: describeSpan(text, start, start + 11) });
    const { views } = buildClaimViews(0, text, claims, [annotation]);
    expect(views).toHaveLength(3);
    expect(views[0]).toMatchObject({ annotationId: annotation.id, claim: { start, end: start + 11, text: 'Kim Jong Un' } });
  });

  it('leaves out annotations whose passage is not in this text', () => {
    const annotation = makeAnnotation({ target: describeSpan('Totally different article text here.', 0, 7) });
    const { views, anchoredIds } = buildClaimViews(0, text, claims, [annotation]);
    expect(anchoredIds.size).toBe(0);
    expect(views).toHaveLength(2);
  });
});

describe('buildClaimViews with anchor states', () => {
  const claims = [
    { type: 'quantity', start: text.indexOf('some 3,000 or more'), end: text.indexOf('some 3,000 or more') + 18, text: 'some 3,000 or more', value: 3000, unit: 'troop', approx: true, hedges: [] },
    { type: 'quantity', start: text.indexOf('11,000-strong'), end: text.indexOf('11,000-strong') + 13, text: '11,000-strong', value: 11000, unit: 'troop', approx: false, hedges: [] },
  ] as Claim[];
  const figure = text.indexOf('11,000');
  const annotation = makeAnnotation({ target: describeSpan(text, figure, figure + 6), verdict: 'accurate' });

  it('reports an exact annotation in anchors and attaches it', () => {
    const { views, anchors, anchoredIds } = buildClaimViews(0, text, claims, [annotation]);
    expect(anchors.get(annotation.id)).toEqual({ state: 'exact', start: figure, end: figure + 6, text: '11,000' });
    expect(anchoredIds.has(annotation.id)).toBe(true);
    expect(views.find((v) => v.annotationId === annotation.id)?.claim.text).toBe('11,000-strong');
  });

  it('never shows a changed annotation as a match: the verdict stays off the new figure', () => {
    const edited = text.replace('11,000-strong', '12,000-strong');
    const { views, anchors, anchoredIds } = buildClaimViews(0, edited, claims, [annotation]);
    expect(anchors.get(annotation.id)).toMatchObject({ state: 'changed', text: '12,000', diff: [{ op: 'removed', text: '11,000' }, { op: 'added', text: '12,000' }] });
    expect(anchoredIds.size).toBe(0);
    expect(views.every((v) => v.annotationId === undefined && v.verdict === undefined)).toBe(true);
  });

  it('reports an orphan in anchors and attaches nothing', () => {
    const edited = text.replace(' An earlier 11,000-strong contingent fought in Kursk.', '');
    const { views, anchors, anchoredIds } = buildClaimViews(0, edited, claims.slice(0, 1), [annotation]);
    expect(anchors.get(annotation.id)).toEqual({ state: 'orphan' });
    expect(anchoredIds.size).toBe(0);
    expect(views).toHaveLength(1);
  });

  it('uses precomputed batch results: placed in another text means not here', () => {
    const elsewhere = new Map([[annotation.id, { state: 'exact' as const, textIndex: 1, start: 0, end: 6, text: '11,000' }]]);
    expect(buildClaimViews(0, text, claims, [annotation], new Set(), elsewhere).anchors.size).toBe(0);
    const here = new Map([[annotation.id, { state: 'moved' as const, textIndex: 0, start: figure, end: figure + 6, text: '11,000' }]]);
    expect(buildClaimViews(0, text, claims, [annotation], new Set(), here).anchoredIds.has(annotation.id)).toBe(true);
  });

  it('two annotations on one place both show, with distinct keys', () => {
    const start = text.indexOf('Kim Jong Un');
    const first = makeAnnotation({ target: describeSpan(text, start, start + 11) });
    const second = makeAnnotation({ target: describeSpan(text, start, start + 11) });
    const { views } = buildClaimViews(0, text, [], [first, second]);
    expect(views.map((v) => v.annotationId)).toEqual([first.id, second.id]);
    expect(new Set(views.map((v) => v.key)).size).toBe(2);
  });
});
