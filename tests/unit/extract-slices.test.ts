// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSameExtraction } from '../support/sliced-extract';
import { GENERIC_NEWS, parseHtml, RFERL_LIKE } from './extract/fixtures';

/**
 * The content script extracts in slices (issue 10: no long task): the walk
 * paused between elements and between the attempts' steps must give the
 * same article text and the same map to the page's text nodes.
 */
const pages = [
  { name: 'RFE/RL-like', html: RFERL_LIKE },
  { name: 'generic news', html: GENERIC_NEWS },
  ...['sample-article.html', 'second-article.html'].map((name) => ({ name, html: readFileSync(join(__dirname, '../fixtures/pages', name), 'utf8') })),
];

/** A long article (many elements, so the walk pauses inside it), a listing and a thin page (the looser attempts run). */
function longArticle(): string {
  const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Officials said ${i + 100} troops crossed on <b>day ${i}</b>, and <a href="#n${i}">${i % 70} percent</a> of villages lost power.</p>`);
  return `<html lang="en"><body><nav><a href="/">Home</a></nav><article><h1>Long</h1><div class="body">${paragraphs.join('')}</div></article><aside class="related"><a href="/x">More</a></aside></body></html>`;
}
const listing = `<html><body><main>${Array.from({ length: 30 }, (_, i) => `<div class="teaser"><h3><a href="/s/${i}">Story ${i} about 3 things</a></h3></div>`).join('')}</main></body></html>`;
const thin = '<html><body><div><span>Only 12 words here, said the mayor on Monday, about 3 roads.</span></div></body></html>';

describe('sliced extraction', () => {
  it.each(pages.map((p) => [p.name, p.html] as const))('extracts %s the same way, paused after every step', (name, html) => {
    expectSameExtraction(parseHtml(html), name);
  });

  it('pauses inside the walk of a long page and still extracts the same', () => {
    const pauses = expectSameExtraction(parseHtml(longArticle()), 'long article');
    // 400 paragraphs of 3 elements, walked at least twice (scan, collect): a pause every 64 elements.
    expect(pauses).toBeGreaterThan(30);
  });

  it('extracts a listing and a thin page the same way', () => {
    expectSameExtraction(parseHtml(listing), 'listing');
    expectSameExtraction(parseHtml(thin), 'thin');
  });
});
