// @vitest-environment jsdom
/**
 * What is inside an article body without being the story: each rule on a
 * small page shaped like real news markup.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/article';
import { parseHtml } from './fixtures';

const BODY = [
  'The city council voted on Tuesday to spend $4.2 million on new bus shelters, after a year of complaints from riders about broken roofs.',
  'Transit officials said 140 shelters would be replaced by March, and that the money would come from a state grant approved in 2024.',
  '“Riders have waited long enough,” said council member Dana Ruiz, who proposed the plan. “This fixes the worst stops first.”',
  'Opponents argued that the grant could have paid for more frequent service on the busiest routes, which carry 60,000 riders a day.',
];

/** A news page: headline, then `inner` placed between the second and third paragraph of the body. */
function page(inner: string, after = ''): Document {
  const [a, b, c, d] = BODY.map((t) => `<p>${t}</p>`);
  return parseHtml(`<!DOCTYPE html><html lang="en"><head><title>Council Approves Bus Shelters | City News</title>
<meta property="og:title" content="Council Approves Bus Shelters"></head><body>
<header class="site-header"><a href="/">City News</a></header>
<main><article><h1 class="headline">Council Approves Bus Shelters</h1>
<div class="article-body">${a}${b}${inner}${c}${d}${after}</div></article></main></body></html>`);
}

function textOf(doc: Document): string {
  return extractArticle(doc, { isHidden: null }).text;
}

function expectStoryOnly(text: string, left: string[]): void {
  for (const sentence of BODY) expect(text).toContain(sentence);
  for (const piece of left) expect(text, piece).not.toContain(piece);
}

describe('extractArticle keeps to the story', () => {
  it('leaves out the headline but reports it as the title', () => {
    const doc = page('');
    const article = extractArticle(doc, { isHidden: null });
    expectStoryOnly(article.text, ['Council Approves Bus Shelters']);
    expect(article.title).toBe('Council Approves Bus Shelters');
  });

  it('leaves out photo captions and credits (figcaption, caption and credit classes, image blocks)', () => {
    const text = textOf(page(
      '<figure class="wp-caption"><img src="a.jpg" alt=""><figcaption>A rider waits at a shelter on Main Street, which lost its roof in 2023. Photo: Jane Doe / AP</figcaption></figure>' +
      '<div class="image-block"><img src="b.jpg" alt=""><span>Council member Dana Ruiz in 2022</span></div>' +
      '<p class="wp-caption-text">The old shelter on 5th Avenue, closed since 2021.</p><span class="photo-credit">Getty Images</span>',
    ));
    expectStoryOnly(text, ['A rider waits', 'Jane Doe', 'Dana Ruiz in 2022', 'closed since 2021', 'Getty Images']);
  });

  it('leaves out a gallery of captions', () => {
    const text = textOf(page(
      '<div class="slideshow"><ul><li><img src="1.jpg"><p>Shelter one of 12, photographed in May.</p></li><li><img src="2.jpg"><p>Shelter two of 12, photographed in June.</p></li></ul></div>',
    ));
    expectStoryOnly(text, ['Shelter one of 12', 'Shelter two of 12']);
  });

  it('leaves out related-stories boxes, by class or by the heading that opens them', () => {
    const text = textOf(page(
      '<div class="related-stories"><h3>More on transit</h3><ul><li><a href="/a">Fares rise 10% in May</a></li><li><a href="/b">New tram line opens</a></li></ul></div>',
      '<section><h2>You may also like</h2><article><h3>Ferry service adds 3 boats</h3><p>The ferry operator said on Monday it would add three boats to its fleet by the summer, raising capacity by a third.</p></article></section>',
    ));
    expectStoryOnly(text, ['Fares rise 10%', 'New tram line', 'You may also like', 'Ferry service adds 3 boats', 'raising capacity by a third']);
  });

  it('leaves out teaser lines ("Related:", "READ MORE:", an all-caps linked line) and newsletter boxes', () => {
    const text = textOf(page(
      '<p>Related: <a href="/c">Bus drivers strike for 2 days</a></p><p><strong>READ MORE:</strong> <a href="/d">Five routes cut in 2023</a></p>' +
      '<p><a href="/app">CLICK HERE TO GET THE CITY NEWS APP</a></p>' +
      '<div class="newsletter-signup"><h4>Breaking news emails</h4><p>Get the 5 stories that matter, delivered every morning.</p><button>Subscribe</button></div>',
    ));
    expectStoryOnly(text, ['Bus drivers strike', 'Five routes cut', 'CITY NEWS APP', 'Breaking news emails', '5 stories that matter']);
  });

  it('keeps sub-headings of the story and embedded tweets it quotes', () => {
    const text = textOf(page(
      '<h2>What the plan costs</h2><div class="social-media-embed"><blockquote class="twitter-tweet"><p>Our stop has had no roof for 2 years. Finally! <a href="https://t.co/x">pic.twitter.com/x</a></p>— Rider (@rider) <a href="#">May 1, 2025</a></blockquote></div>',
    ));
    expectStoryOnly(text, []);
    expect(text).toContain('What the plan costs');
    expect(text).toContain('Our stop has had no roof for 2 years.');
  });

  it('leaves out date lines', () => {
    const text = textOf(page('', '<div class="article-date">Updated 4:12 pm EST, Tuesday, November 19, 2024</div>'));
    expectStoryOnly(text, ['Updated 4:12 pm']);
  });
});

describe('hidden elements', () => {
  const hiddenParts =
    '<p hidden>Hidden by attribute: 9 shelters.</p><p aria-hidden="true">Hidden from readers: 8 shelters.</p>' +
    '<p style="display: none">Inline display none: 7 shelters.</p><p class="sr-only visually-hidden">Screen-reader only: 6 shelters.</p>' +
    '<span class="rollover-people"><span class="rollover-block">Dana Ruiz: 5 recent stories</span></span>' +
    '<p class="fx-collapsed">Styled away: 4 shelters.</p>';

  it('are not article text, whether hidden by attribute, inline style, a hiding class or a hover card', () => {
    const text = textOf(page(hiddenParts));
    expectStoryOnly(text, ['9 shelters', '8 shelters', '7 shelters', '6 shelters', '5 recent stories']);
  });

  it('follow an isHidden predicate for what style sheets hide (a browser passes computed style)', () => {
    const doc = page(hiddenParts);
    const text = extractArticle(doc, { isHidden: (el) => el.classList.contains('fx-collapsed') }).text;
    expectStoryOnly(text, ['4 shelters']);
    expect(textOf(page(hiddenParts))).toContain('Styled away: 4 shelters.');
  });
});

describe('listing pages', () => {
  const teaser = (i: number): string =>
    `<article class="card"><h2><a href="/story-${i}">Story number ${i} about the city budget and its ${i * 10} items</a></h2>` +
    `<p>A short summary of story ${i}, with one sentence of text that teases what happened.</p></article>`;
  const listing = (): Document =>
    parseHtml(`<!DOCTYPE html><html><head><title>City News - Local</title></head><body><main><h1>Local news</h1>
<section class="river">${Array.from({ length: 12 }, (_, i) => teaser(i + 1)).join('')}</section></main></body></html>`);

  it('are recognised as not an article: no text, so nothing is marked', () => {
    const article = extractArticle(listing(), { isHidden: null });
    expect(article.isArticle).toBe(false);
    expect(article.text).toBe('');
    expect(article.segments).toEqual([]);
  });

  it('do not win over a story on the same page', () => {
    const doc = page('', '');
    const grid = doc.createElement('section');
    grid.className = 'river';
    grid.innerHTML = Array.from({ length: 12 }, (_, i) => teaser(i + 1)).join('');
    doc.body.appendChild(grid);
    const article = extractArticle(doc, { isHidden: null });
    expect(article.isArticle).toBe(true);
    expectStoryOnly(article.text, ['Story number 3', 'A short summary of story 3']);
  });
});

describe('open shadow roots and same-origin iframes', () => {
  it('reads a story rendered in an open shadow root, with slotted light-DOM text', () => {
    const doc = parseHtml('<!DOCTYPE html><html><head><title>Shelters</title></head><body><nav><a href="/">Home</a></nav><news-story><p slot="lead">Lead paragraph from the light DOM: the council met for 3 hours on Tuesday evening.</p></news-story></body></html>');
    const host = doc.querySelector('news-story')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<article><slot name="lead"></slot>${BODY.map((t) => `<p>${t}</p>`).join('')}</article>`;
    const article = extractArticle(doc, { isHidden: null });
    expectStoryOnly(article.text, ['Home']);
    expect(article.text).toContain('Lead paragraph from the light DOM: the council met for 3 hours');
    const start = article.text.indexOf('$4.2 million');
    expect(article.segments.some((s) => s.node.getRootNode() === shadow && s.start <= start && start < s.end)).toBe(true);
  });

  it('reads a story held in a same-origin iframe', () => {
    const doc = parseHtml('<!DOCTYPE html><html><head><title>Shelters</title></head><body><nav><a href="/">Home</a></nav><iframe></iframe></body></html>');
    // A jsdom document from DOMParser has no browsing context: build the frame in the test window's document.
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const inner = frame.contentDocument!;
    inner.body.innerHTML = `<article>${BODY.map((t) => `<p>${t}</p>`).join('')}</article>`;
    const article = extractArticle(document, { isHidden: null });
    expectStoryOnly(article.text, []);
    frame.remove();
    void doc;
  });
});
