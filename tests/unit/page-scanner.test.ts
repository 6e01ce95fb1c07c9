// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeSpan } from '../../utils/anchor/selectors';
import { Highlighter, type HighlightApi } from '../../utils/highlight/highlighter';
import type { PrivateMark, PrivateMarks } from '../../utils/highlight/mark-layer';
import type { Annotation } from '../../utils/model/annotation';
import type { Claim, Detector } from '../../utils/model/claim';
import { MARKS_PER_TEXT_NODE, outwardFrom, PageScanner } from '../../utils/scan/page-scanner';
import { makeAnnotation } from '../support/annotations';

// A stand-in detector (the real one has its own tests): every "N,NNN" is a quantity.
const detectThousands: Detector = (text) =>
  [...text.matchAll(/\d{1,3}(,\d{3})+/g)].map((m): Claim => ({
    type: 'quantity', start: m.index!, end: m.index! + m[0].length, text: m[0], value: Number(m[0].replace(/,/g, '')), unit: null, approx: false, hedges: [],
  }));

function fakeHighlights() {
  const registry = new Map<string, Set<AbstractRange>>();
  const api: HighlightApi = { registry, create: () => new Set(), adoptStyles: () => () => undefined };
  const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => (r as Range).toString());
  return { api, registry, texts };
}

/** The private layer as the scanner drives it: what it was last told to draw. */
function fakeLayer() {
  const layer = { marks: [] as PrivateMark[], focus: null as Range | null, flashed: null as Range | null };
  const api: PrivateMarks = {
    setMarks: (marks) => void (layer.marks = marks),
    setFocus: (range) => void (layer.focus = range),
    flash: (range) => void (layer.flashed = range),
  };
  return { layer, api, drawn: () => layer.marks.map((m) => ({ text: m.range.toString(), verdict: m.verdict, kind: m.kind, detected: m.detected, dismissed: m.dismissed ?? false })) };
}

const ARTICLE = `
  <nav><a href="/">Home</a> <a href="/x">Top 10,000 lists</a></nav>
  <main><article>
    <h1>Kim sends more troops</h1>
    <p>North Korea has sent an additional <b>3,000</b> troops to Russia, officials said on Thursday in Seoul.</p>
    <p>The reported new deployment follows an earlier 11,000-strong contingent that has seen action in the Kursk region of Russia.</p>
    <p>Analysts said the figures could not be independently verified by reporters working in the region this week.</p>
    <p>The deployment comes as Moscow and Pyongyang deepen military ties under a strategic partnership signed last year, with weapons, shells and now soldiers flowing north to south along the rail line.</p>
  </article></main>
  <footer>Call 1,800,555 for subscriptions</footer>`;

let scheduled: Array<() => void>;
const scheduler = { setTimeout: (run: () => void) => void scheduled.push(run) };
async function drain(promise: Promise<void>) {
  // Run the marking slices the scanner handed to the scheduler until it is done.
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 100 && !done; i++) {
    await Promise.resolve();
    scheduled.splice(0).forEach((run) => run());
    await new Promise((r) => setTimeout(r, 0));
  }
  await promise;
}

beforeEach(() => {
  scheduled = [];
  document.body.innerHTML = ARTICLE;
  window.history.replaceState({}, '', '/a/story.html?utm_source=x');
});

describe('PageScanner', () => {
  it('marks the article’s claims, not the navigation’s or footer’s', async () => {
    const { api, texts } = fakeHighlights();
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), loadAnnotations: async () => [], scheduler });
    await drain(scanner.scanPage());
    expect(texts('claimlens-quantity')).toEqual(['3,000', '11,000']);
    const listed = scanner.listClaims();
    expect(listed.page.url).toBe('http://localhost:3000/a/story.html');
    expect(listed.claims.map((c) => c.sentence)[0]).toBe('North Korea has sent an additional 3,000 troops to Russia, officials said on Thursday in Seoul.');
    expect(listed.scanMs).toBeGreaterThan(0);
  });

  it('draws verdicts only in the private layer and lists the annotations it cannot place', async () => {
    const { api, registry, texts } = fakeHighlights();
    const { api: layer, drawn } = fakeLayer();
    let stored: Annotation[] = [];
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), markLayer: layer, loadAnnotations: async () => stored, scheduler });
    await drain(scanner.scanPage());
    const view = scanner.listClaims().claims[1];
    const gone = makeAnnotation({ target: describeSpan('A passage that this page no longer has in it.', 2, 9) });
    stored = [makeAnnotation({ target: view.target, verdict: 'false' }), gone];
    await drain(scanner.refreshAnnotations());
    expect(drawn()).toEqual([{ text: '11,000', verdict: 'false', kind: 'quantity', detected: true, dismissed: false }]);
    // The page-readable registry is the same as before the annotation: detections only.
    expect([...registry.keys()]).toEqual(['claimlens-quantity']);
    expect(texts('claimlens-quantity')).toEqual(['3,000', '11,000']);
    const listed = scanner.listClaims();
    expect(listed.orphanIds).toEqual([gone.id]);
    expect(listed.anchors.find((a) => a.annotationId === gone.id)?.state).toBe('orphan');
    expect(listed.claims[1]).toMatchObject({ annotationId: stored[0].id, verdict: 'false', anchorState: 'exact' });
  });

  it('describes a selection in the article, or in the page outside it, and re-anchors it as a passage', async () => {
    const { api } = fakeHighlights();
    const { api: layer, drawn } = fakeLayer();
    let stored: Annotation[] = [];
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), markLayer: layer, loadAnnotations: async () => stored, scheduler });
    await drain(scanner.scanPage());
    const inArticle = document.createRange();
    const p = document.querySelectorAll('article p')[3].firstChild!;
    inArticle.setStart(p, 4);
    inArticle.setEnd(p, 34);
    const selected = scanner.describeSelection(inArticle)!;
    expect(selected.text).toBe('deployment comes as Moscow and');
    expect(selected.target.quote.prefix).toMatch(/The $/);
    const footer = document.createRange();
    footer.selectNodeContents(document.querySelector('footer')!.firstChild!);
    const outside = scanner.describeSelection(footer)!;
    expect(outside.text).toBe('Call 1,800,555 for subscriptions');

    const passage = (s: typeof selected) => makeAnnotation({ target: s.target, claim: { type: 'passage', text: s.text }, sentence: s.sentence, verdict: 'mixed' });
    stored = [passage(selected), passage(outside)];
    await drain(scanner.refreshAnnotations());
    expect(drawn()).toEqual([
      { text: 'deployment comes as Moscow and', verdict: 'mixed', kind: 'passage', detected: false, dismissed: false },
      { text: 'Call 1,800,555 for subscriptions', verdict: 'mixed', kind: 'passage', detected: false, dismissed: false },
    ]);
    expect(scanner.listClaims().claims.filter((c) => c.claim.type === 'passage')).toHaveLength(2);
    expect(scanner.listClaims().orphanIds).toEqual([]);
  });

  it('keeps a dismissed detection listed as dismissed, and shows a corrected claim as the user wrote it', async () => {
    const { api } = fakeHighlights();
    const { api: layer, drawn } = fakeLayer();
    let stored: Annotation[] = [];
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), markLayer: layer, loadAnnotations: async () => stored, scheduler });
    await drain(scanner.scanPage());
    const [first, second] = scanner.listClaims().claims;
    stored = [
      makeAnnotation({ target: first.target, dismissed: true }),
      makeAnnotation({ target: second.target, claim: { type: 'quantity', text: '11,000', value: 12000, unit: 'soldier', approx: false, hedges: [] }, claimEditedAt: '2026-11-27T09:00:00.000Z' }),
    ];
    await drain(scanner.refreshAnnotations());
    const [a, b] = scanner.listClaims().claims;
    expect(a).toMatchObject({ dismissed: true, annotationId: stored[0].id });
    expect(b.claim).toMatchObject({ value: 12000, unit: 'soldier', text: '11,000' });
    expect(drawn().map((m) => m.dismissed)).toEqual([true, false]);
  });

  it('reads only the new text when content arrives later', async () => {
    const detect = vi.fn(detectThousands);
    const { api, texts } = fakeHighlights();
    const scanner = new PageScanner({ detect, highlighter: new Highlighter(api), loadAnnotations: async () => [], scheduler });
    await drain(scanner.scanPage());
    const p = document.createElement('p');
    p.textContent = 'Officials later said 4,500 more troops were expected to arrive.';
    document.querySelector('article')!.append(p);
    await drain(scanner.scanAdded([p]));
    expect(detect).toHaveBeenLastCalledWith(expect.stringContaining('4,500'), expect.anything());
    expect(detect.mock.lastCall![0]).not.toContain('11,000');
    expect(texts('claimlens-quantity')).toEqual(['3,000', '11,000', '4,500']);
  });

  it('scrolls to, outlines and flashes a claim in the private layer', async () => {
    const { api } = fakeHighlights();
    const { api: layerApi, layer } = fakeLayer();
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), markLayer: layerApi, loadAnnotations: async () => [], scheduler });
    await drain(scanner.scanPage());
    Element.prototype.scrollIntoView = vi.fn();
    expect(scanner.focus(scanner.listClaims().claims[0].key)).toBe(true);
    expect(layer.focus?.toString()).toBe('3,000');
    scheduled.splice(0, 1).forEach((run) => run());
    expect(layer.flashed?.toString()).toBe('3,000');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(scanner.focus('0:quantity:1-2')).toBe(false);
  });

  it('treats hostile page text as data', async () => {
    document.body.innerHTML = '<article><p>The &lt;img src=x onerror=alert(1)&gt; ministry said 2,000,000 people were displaced, according to a UN estimate released on Monday.</p><p>More text follows here so the article is long enough to be read as one.</p></article>';
    const { api, texts } = fakeHighlights();
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), loadAnnotations: async () => { throw new Error('storage down'); }, scheduler });
    await drain(scanner.scanPage());
    expect(texts('claimlens-quantity')).toEqual(['2,000,000']);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(scanner.listClaims().claims[0].sentence).toContain('<img src=x onerror=alert(1)>');
  });

  it('marks a dense run of figures in one text node only up to the per-node cap, lists them all, and still marks the annotated ones', async () => {
    const dump = Array.from({ length: 300 }, (_, i) => `${i + 1},000`).join(' ');
    document.body.innerHTML = `<article><p>Officials said 2,300 residents had been evacuated from the villages near the front line.</p><p>${dump}</p></article>`;
    const { api, texts } = fakeHighlights();
    const layer = fakeLayer();
    const annotatedFigure = '299,000';
    const stored: Annotation[] = [];
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), markLayer: layer.api, loadAnnotations: async () => stored, scheduler });
    await drain(scanner.scanPage());
    const marked = texts('claimlens-quantity');
    expect(marked).toContain('2,300');
    expect(marked).toHaveLength(1 + MARKS_PER_TEXT_NODE);
    expect(scanner.listClaims().total).toBe(301);
    // The user's work is always shown: an annotation on a claim past the cap is drawn.
    const view = scanner.listClaims().claims.find((c) => c.claim.text === annotatedFigure)!;
    stored.push(makeAnnotation({ id: 'late', page: scanner.listClaims().page, target: view.target, claim: { type: 'quantity', text: annotatedFigure, value: 299000, unit: null, approx: false, hedges: [] }, verdict: 'false' }));
    await drain(scanner.refreshAnnotations());
    expect(layer.drawn().map((m) => [m.text, m.verdict])).toEqual([[annotatedFigure, 'false']]);
  });

  it('reads the headline on its own, lists its claims first and marks them', async () => {
    document.head.innerHTML = '<title>Kim sends 3,000 more troops to Russia | News</title><meta property="og:title" content="Kim sends 3,000 more troops to Russia">';
    document.body.innerHTML = ARTICLE.replace('<h1>Kim sends more troops</h1>', '<h1>Kim sends 3,000 more troops to Russia</h1>').replace('<b>3,000</b>', '<b>4,000</b>');
    const { api, texts } = fakeHighlights();
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), loadAnnotations: async () => [], scheduler });
    await drain(scanner.scanPage());
    expect(scanner.listClaims().claims.map((c) => c.claim.text)).toEqual(['3,000', '4,000', '11,000']);
    expect(texts('claimlens-quantity')).toContain('3,000');
    document.head.innerHTML = ''; // the other tests' pages have no title
  });

  it('removes every mark when cleared', async () => {
    const { api, registry } = fakeHighlights();
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), loadAnnotations: async () => [], scheduler });
    await drain(scanner.scanPage());
    scanner.clear();
    expect(registry.size).toBe(0);
    expect(scanner.listClaims().claims).toEqual([]);
  });
});

describe('outwardFrom', () => {
  it('visits every index once, nearest to the start first', () => {
    expect(outwardFrom(0, 4)).toEqual([0, 1, 2, 3]);
    expect(outwardFrom(2, 5)).toEqual([2, 3, 1, 4, 0]);
    expect(outwardFrom(4, 5)).toEqual([4, 3, 2, 1, 0]);
  });
});
