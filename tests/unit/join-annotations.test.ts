import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../utils/anchor/selectors';
import type { Claim } from '../../utils/model/claim';
import { detectionViews, joinAnnotations, type TextChunk } from '../../utils/scan/join-annotations';
import fc from 'fast-check';
import { Sentences, sentenceAround } from '../../utils/scan/sentence';
import { makeAnnotation } from '../support/annotations';

const text =
  'Kim Jong Un has paraded new drones. Yonhap cited the Joint Chiefs of Staff as saying that "some 3,000 or more troops" were sent. ' +
  'An earlier 11,000-strong contingent fought in Kursk.';
const quantityIn = (source: string, phrase: string, value: number): Claim => {
  const start = source.indexOf(phrase);
  return { type: 'quantity', start, end: start + phrase.length, text: phrase, value, unit: 'troop', approx: false, hedges: [] };
};
const detect = (source: string): Claim[] =>
  [['some 3,000 or more', 3000], ['11,000-strong', 11000], ['12,000-strong', 12000]]
    .filter(([phrase]) => source.includes(phrase as string))
    .map(([phrase, value]) => quantityIn(source, phrase as string, value as number));
const chunk = (source: string, id = 0): TextChunk => ({ id, text: source, detections: detectionViews(id, source, detect(source)) });
const figure = text.indexOf('11,000');
const onFigure = makeAnnotation({ target: describeSpan(text, figure, figure + 6), verdict: 'accurate' });

describe('sentenceAround', () => {
  it('returns the sentence holding the span', () => {
    expect(sentenceAround(text, figure, figure + 6)).toBe('An earlier 11,000-strong contingent fought in Kursk.');
    const c = text.indexOf('cited');
    expect(sentenceAround(text, c, c + 5)).toBe('Yonhap cited the Joint Chiefs of Staff as saying that "some 3,000 or more troops" were sent.');
  });
  it('does not split at decimals or abbreviations before lower case', () => {
    const t = 'Prices rose 3.5 percent, e.g. in Kyiv. Next.';
    expect(sentenceAround(t, 12, 15)).toBe('Prices rose 3.5 percent, e.g. in Kyiv.');
  });

  it('finds for every claim of a text the sentence a scan from the claim would find', () => {
    // The rule as it was written before sentence ends were indexed once per text: scan from 600 characters before the claim.
    const scanFromClaim = (t: string, start: number, end: number, maxLength = 600): string => {
      const ends = /[.!?…]["'”’»)\]]*\s+(?=["'“‘«(\[]?[\p{Lu}\d])|\n+/gu;
      let from = 0;
      let to = t.length;
      ends.lastIndex = Math.max(0, start - maxLength);
      for (let m = ends.exec(t); m; m = ends.exec(t)) {
        if (m.index + m[0].length <= start) from = m.index + m[0].length;
        else if (m.index >= end) {
          to = m.index + m[0].trimEnd().length;
          break;
        }
      }
      return t.slice(Math.max(from, start - maxLength), Math.min(to, end + maxLength)).trim();
    };
    const piece = fc.constantFrom('Officials said ', '3,000', '. ', '! ', '\n', '\n\n', 'e.g. ', '"Yes." ', 'Kyiv', ' ', '(1', '$1', 'x'.repeat(300));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(12), (pieces, at, length) => {
        const t = pieces.join('');
        const start = t.length === 0 ? 0 : at % t.length;
        const end = Math.min(t.length, start + length);
        expect(new Sentences(t).around(start, end)).toBe(scanFromClaim(t, start, end));
      }),
      { numRuns: 500 },
    );
  });
});

describe('joinAnnotations', () => {
  it('gives each detected claim a key from its chunk id, its sentence and selectors', () => {
    const detections = chunk(text, 7);
    const { views, anchors } = joinAnnotations([detections], []);
    const [a, b] = detect(text);
    expect(views[0].map((v) => v.key)).toEqual([`7:quantity:${a.start}-${a.end}`, `7:quantity:${b.start}-${b.end}`]);
    expect(views[0][1].target.quote.exact).toBe('11,000-strong');
    expect(detections.detections.map((v) => v.key)).toEqual(views[0].map((v) => v.key));
    expect(anchors).toEqual([]);
  });

  it('attaches an exact or moved annotation to the detection there, with its verdict and state', () => {
    expect(joinAnnotations([chunk(text)], [onFigure]).views[0][1]).toMatchObject({ annotationId: onFigure.id, verdict: 'accurate', anchorState: 'exact', claim: { text: '11,000-strong' } });
    const moved = joinAnnotations([chunk('Breaking news from Seoul. ' + text)], [onFigure]);
    expect(moved.views[0][1]).toMatchObject({ annotationId: onFigure.id, anchorState: 'moved' });
    expect(moved.anchors).toEqual([{ annotationId: onFigure.id, state: 'moved', key: moved.views[0][1].key, text: '11,000' }]);
  });

  it('flags a changed figure for re-check with the word diff: never a plain match', () => {
    const edited = text.replace('11,000-strong', '12,000-strong');
    const { views, anchors } = joinAnnotations([chunk(edited)], [onFigure]);
    expect(anchors[0]).toMatchObject({ state: 'changed', text: '12,000', diff: [{ op: 'removed', text: '11,000' }, { op: 'added', text: '12,000' }] });
    expect(views[0][1]).toMatchObject({ annotationId: onFigure.id, anchorState: 'changed', claim: { text: '12,000-strong' } });
  });

  it('shows no view for an orphan, and never puts its verdict on the other figure', () => {
    const edited = text.replace(' An earlier 11,000-strong contingent fought in Kursk.', '');
    const { views, anchors } = joinAnnotations([chunk(edited)], [onFigure]);
    expect(anchors).toEqual([{ annotationId: onFigure.id, state: 'orphan' }]);
    expect(views[0].every((v) => v.annotationId === undefined && v.verdict === undefined)).toBe(true);
  });

  it('keeps an annotation the detector no longer finds at its own place, and a passage on its own', () => {
    const start = text.indexOf('Kim Jong Un');
    const name = makeAnnotation({ target: describeSpan(text, start, start + 11) });
    const passage = makeAnnotation({ target: describeSpan(text, start, start + 34), claim: { type: 'passage', text: 'Kim Jong Un has paraded new drones' } });
    const detected = chunk(text);
    const { views } = joinAnnotations([detected], [name, passage]);
    expect(views[0]).toHaveLength(4);
    expect(views[0][0]).toMatchObject({ annotationId: name.id, claim: { type: 'quantity', start, end: start + 11, text: 'Kim Jong Un' } });
    expect(views[0][1]).toMatchObject({ annotationId: passage.id, claim: { type: 'passage', text: 'Kim Jong Un has paraded new drones' } });
    expect(detected.detections.some((v) => v.key === views[0][0].key)).toBe(false);
    // The chunk's own detection views are left as they were (a later join starts from them again).
    expect(detected.detections.every((v) => v.annotationId === undefined)).toBe(true);
  });

  it('gives two annotations on one place distinct keys, and finds an annotation in a later chunk', () => {
    const start = text.indexOf('Kim Jong Un');
    const first = makeAnnotation({ target: describeSpan(text, start, start + 11) });
    const second = makeAnnotation({ target: describeSpan(text, start, start + 11) });
    const { views } = joinAnnotations([{ id: 0, text: 'Unrelated opening text of the page that has nothing in it.', detections: [] }, { id: 3, text, detections: [] }], [first, second]);
    expect(views[0]).toEqual([]);
    expect(views[1].map((v) => v.annotationId)).toEqual([first.id, second.id]);
    expect(new Set(views[1].map((v) => v.key)).size).toBe(2);
  });
});
