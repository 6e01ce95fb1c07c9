// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeSpan } from '../../utils/anchor/selectors';
import { Highlighter, type HighlightApi } from '../../utils/highlight/highlighter';
import type { Annotation } from '../../utils/model/annotation';
import type { Claim, Detector } from '../../utils/model/claim';
import { PageScanner } from '../../utils/scan/page-scanner';
import { makeAnnotation } from '../support/annotations';

// A stand-in detector (the real one has its own tests): every "N,NNN" is a quantity.
const detectThousands: Detector = (text) =>
  [...text.matchAll(/\d{1,3}(,\d{3})+/g)].map((m): Claim => ({
    type: 'quantity', start: m.index!, end: m.index! + m[0].length, text: m[0], value: Number(m[0].replace(/,/g, '')), unit: null, approx: false, hedges: [],
  }));

function fakeHighlights() {
  const registry = new Map<string, Set<AbstractRange>>();
  const api: HighlightApi = { registry, create: (ranges) => new Set(ranges), adoptStyles: () => () => undefined };
  const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => (r as Range).toString());
  return { api, registry, texts };
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

  it('re-marks stored annotations with their verdict and lists the ones it cannot place', async () => {
    const { api, texts } = fakeHighlights();
    let stored: Annotation[] = [];
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), loadAnnotations: async () => stored, scheduler });
    await drain(scanner.scanPage());
    const view = scanner.listClaims().claims[1];
    const gone = makeAnnotation({ target: describeSpan('A passage that this page no longer has in it.', 2, 9) });
    stored = [makeAnnotation({ target: view.target, verdict: 'false' }), gone];
    await drain(scanner.refreshAnnotations());
    expect(texts('claimlens-verdict-false')).toEqual(['11,000']);
    expect(scanner.listClaims().orphanIds).toEqual([gone.id]);
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

  it('scrolls to and flashes a claim', async () => {
    const { api, texts } = fakeHighlights();
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), loadAnnotations: async () => [], scheduler });
    await drain(scanner.scanPage());
    Element.prototype.scrollIntoView = vi.fn();
    expect(scanner.focus(scanner.listClaims().claims[0].key)).toBe(true);
    expect(texts('claimlens-flash')).toEqual(['3,000']);
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

  it('removes every mark when cleared', async () => {
    const { api, registry } = fakeHighlights();
    const scanner = new PageScanner({ detect: detectThousands, highlighter: new Highlighter(api), loadAnnotations: async () => [], scheduler });
    await drain(scanner.scanPage());
    scanner.clear();
    expect(registry.size).toBe(0);
    expect(scanner.listClaims().claims).toEqual([]);
  });
});
