// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../utils/loader/is-article';
import { DISABLED_SITES_KEY, isSiteDisabled, loadScannerMessage } from '../../utils/loader/scanner-request';
import { withScanner } from '../../utils/loader/with-scanner';
import { schemas } from '../../utils/messaging';
import { disabledSitesItem } from '../../utils/settings';

const page = (html: string) => new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
const withHead = (head: string, body = '<p>Short.</p>') => new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const sentence = 'Officials said 2,300 residents had been evacuated from front-line villages since September, the regional governor told reporters on Tuesday. ';
// The jsdom environment has no file: import.meta.url; vitest runs from the project root.
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/pages', name), 'utf8');

describe('looksLikeArticle: a story', () => {
  it('declared in JSON-LD, as an @graph member or a WebPage main entity, with schema.org URLs or type lists', () => {
    for (const json of [
      { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' },
      { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'ReportageNewsArticle' }] },
      [{ '@type': 'Organization' }, { '@type': ['Thing', 'BlogPosting'] }],
      { '@type': 'WebPage', mainEntity: { '@type': 'http://schema.org/Article' } },
    ]) {
      const doc = withHead(`<script type="application/ld+json">${JSON.stringify(json)}</script>`);
      expect(looksLikeArticle(doc), JSON.stringify(json)).toEqual({ article: true, reason: 'json-ld' });
    }
  });

  it('og:type article, microdata, an <article> with a story’s worth of text, or enough long paragraphs', () => {
    expect(looksLikeArticle(withHead('<meta property="og:type" content="article">')).reason).toBe('og:type');
    expect(looksLikeArticle(page(`<div itemprop="articleBody">${sentence.repeat(3)}</div>`)).reason).toBe('microdata');
    expect(looksLikeArticle(page(`<article><h1>T</h1>${sentence.repeat(3)}</article>`)).reason).toBe('article-element');
    expect(looksLikeArticle(page(`<div>${`<p>${sentence.repeat(2)}</p>`.repeat(3)}</div>`)).reason).toBe('paragraphs');
    // An older CMS: lines split by <br>, no <p> at all.
    expect(looksLikeArticle(page(`<div id="body">${`${sentence.repeat(2)}<br><br>`.repeat(3)}</div>`)).reason).toBe('paragraphs');
  });

  it('the project’s e2e article fixtures are stories', () => {
    for (const name of ['sample-article.html', 'second-article.html']) {
      expect(looksLikeArticle(new DOMParser().parseFromString(fixture(name), 'text/html')).article, name).toBe(true);
    }
  });
});

describe('looksLikeArticle: no story', () => {
  it('a search page, a mail list, a bank statement: short lines full of figures', () => {
    const results = Array.from({ length: 10 }, (_, i) => `<li><a href="/r${i}">Result ${i}: 2,300 residents evacuated</a><p>About 1,200 results (0.4 seconds)</p></li>`).join('');
    expect(looksLikeArticle(page(`<ol>${results}</ol>`))).toEqual({ article: false });
    const mail = Array.from({ length: 20 }, (_, i) => `<tr><td>Bank</td><td>Your statement: balance 4,${i}00.00 EUR</td><td>12:0${i % 10}</td></tr>`).join('');
    expect(looksLikeArticle(page(`<table>${mail}</table>`))).toEqual({ article: false });
  });

  it('a listing of teaser <article>s, a listing declared as an ItemList of articles, an og:type website', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<article><h2><a href="/s${i}">Story ${i}</a></h2><p>${sentence.slice(0, 120)}</p></article>`).join('');
    expect(looksLikeArticle(page(teasers)).article).toBe(false);
    const list = { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle' }, { '@type': 'NewsArticle' }] };
    expect(looksLikeArticle(withHead(`<script type="application/ld+json">${JSON.stringify(list)}</script><meta property="og:type" content="website">`)).article).toBe(false);
  });

  it('long paragraphs that are hidden, in list items or in page chrome do not count', () => {
    const long = `<p>${sentence.repeat(3)}</p>`;
    expect(looksLikeArticle(page(`<div hidden>${long.repeat(3)}</div>`)).article).toBe(false);
    expect(looksLikeArticle(page(`<ul><li>${long}</li><li>${long}</li><li>${long}</li></ul>`)).article).toBe(false);
    expect(looksLikeArticle(page(`<p class="comment">${sentence.repeat(3)}</p>`.repeat(3))).article).toBe(false);
  });

  it('broken or huge JSON-LD is skipped without error', () => {
    const doc = withHead(`<script type="application/ld+json">{"@type": "NewsArticle",</script><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', pad: 'x'.repeat(200_000) })}</script>`);
    expect(looksLikeArticle(doc)).toEqual({ article: false });
  });

  it('stops at its time bound, and a page that outlasts it counts as no story', () => {
    const doc = page(`<p>x</p>`.repeat(500));
    let t = 0;
    expect(looksLikeArticle(doc, { now: () => (t += 5), budgetMs: 15 })).toEqual({ article: false, timedOut: true });
  });
});

describe('the loader’s request and the user’s site choice', () => {
  it('reads the same storage key as settings.ts, and only a list of names switches a site off', () => {
    expect(`local:${DISABLED_SITES_KEY}`).toBe(disabledSitesItem.key);
    expect(isSiteDisabled(['mail.example.org'], 'mail.example.org')).toBe(true);
    expect(isSiteDisabled(['mail.example.org'], 'example.org')).toBe(false);
    expect(isSiteDisabled('mail.example.org', 'mail.example.org')).toBe(false);
    expect(isSiteDisabled(undefined, 'example.org')).toBe(false);
  });

  it('builds a loadScanner message the background’s schema accepts', () => {
    const message = loadScannerMessage('json-ld', 1.5, 1000);
    expect(message).toMatchObject({ type: 'loadScanner', timestamp: 1000 });
    expect(schemas.loadScanner.data.parse(message.data)).toEqual({ reason: 'json-ld', decisionMs: 1.5 });
  });
});

describe('withScanner', () => {
  it('asks once when the scanner answers', async () => {
    let ensured = 0;
    expect(await withScanner(async () => 'claims', async () => (ensured++, true))).toBe('claims');
    expect(ensured).toBe(0);
  });

  it('injects the scanner and asks again when nothing answered', async () => {
    let injected = false;
    const ask = async () => {
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'claims';
    };
    expect(await withScanner(ask, async () => (injected = true))).toBe('claims');
  });

  it('keeps the first error when no scanner can run in the tab', async () => {
    await expect(withScanner(() => Promise.reject(new Error('no receiver')), async () => false)).rejects.toThrow('no receiver');
    await expect(withScanner(() => Promise.reject(new Error('no receiver')), () => Promise.reject(new Error('gone')))).rejects.toThrow('no receiver');
  });
});
