import { describe, expect, it } from 'vitest';
import { anchorAnnotations, type AnnotationAnchor } from '../../utils/anchor/anchor-states';
import { describeSpan } from '../../utils/anchor/selectors';
import { pageTexts, sampleVersion } from '../support/sample-versions';

// 1,000 annotations on a 1 MB text: the sample article 600 times over (the worst case for
// repeated sentences: every quote has 600 copies with the same context), numbered dispatches between.
const article = pageTexts(sampleVersion()).article;
const blocks: string[] = [];
for (let n = 0; blocks.join('\n\n').length < 1_000_000; n++) blocks.push(`Dispatch ${n} from the front, file ${n * 7}.`, ...article.split('\n\n'));
const text = blocks.join('\n\n');
const copies = blocks.length / (article.split('\n\n').length + 1);
const phrases: [string, string][] = [
  ['Dmitry Peskov said', 'said'],
  ['about 1,200 casualties', '1,200'],
  ['2,300 residents', '2,300'],
  ['12.5 percent', '12.5 percent'],
  ['according to the Finance Ministry', 'according to the Finance Ministry'],
  ['The British Defense Ministry assessed that Russia had suffered about 1,200 casualties a day in October', 'The British Defense Ministry assessed that Russia had suffered about 1,200 casualties a day in October'],
];
const annotations = Array.from({ length: 1000 }, (_, i) => {
  const [phrase, sub] = phrases[i % phrases.length];
  const base = text.indexOf(`Dispatch ${(i * 37) % copies} from`);
  const start = text.indexOf(phrase, base) + phrase.indexOf(sub);
  return { id: String(i), target: describeSpan(text, start, start + sub.length) };
});

function timed(t: string): { ms: number; results: AnnotationAnchor[]; counts: Record<string, number> } {
  const started = performance.now();
  const results = anchorAnnotations([t], annotations);
  const ms = performance.now() - started;
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.state] = (counts[r.state] ?? 0) + 1;
  return { ms, results, counts };
}

// Bounds are loose (the test machine is shared): they catch quadratic blow-ups, which take minutes here.
describe('a batch of 1,000 annotations on a 1 MB text', () => {
  it('is built as intended', () => {
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(copies).toBeGreaterThan(500);
  });

  it('unchanged: all exact through the fast path', () => {
    const { ms, counts } = timed(text);
    expect(counts).toEqual({ exact: 1000 });
    expect(ms).toBeLessThan(500);
  });

  it('text inserted at the top: all moved, each to its own copy', () => {
    const note = 'Editor’s note: this story was updated.\n\n';
    const { ms, results, counts } = timed(note + text);
    expect(counts).toEqual({ moved: 1000 });
    annotations.forEach(({ target }, i) => expect((results[i] as { start: number }).start).toBe(target.position.start + note.length));
    expect(ms).toBeLessThan(8000);
  });

  it('figures corrected everywhere: the figure annotations are changed', () => {
    const { ms, results, counts } = timed(text.replaceAll('1,200', '1,400'));
    expect(counts.changed).toBe(annotations.filter((a) => a.target.quote.exact.includes('1,200')).length);
    expect(results[1]).toMatchObject({ state: 'changed', text: '1,400' });
    expect(ms).toBeLessThan(8000);
  });

  it('an unrelated text: all orphans', () => {
    const { ms, counts } = timed('Weather in Seoul: sunny and mild, 12 degrees. '.repeat(22_000));
    expect(counts).toEqual({ orphan: 1000 });
    expect(ms).toBeLessThan(15000);
  });
});
