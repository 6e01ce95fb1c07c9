import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { en } from '../../utils/i18n/messages/en';
import { waitForMarks } from '../support/e2e';
import { BROWSERS, launchSession, type ExtensionSession, type TestPage } from '../support/harness';

/**
 * The side panel in a browser set to Russian: every string of the interface
 * in Russian, numbers written "1 200". What is left in Latin letters must be
 * the page's own words (claims, sentences, speakers, units), the brand or a
 * key name; no English catalogue text may appear at all.
 */
const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let server: StaticServer;
beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE });
});
afterAll(async () => {
  await server?.close();
});

/** Every English text of the catalogue as a whole-text pattern, placeholders as wildcards. */
const ENGLISH = Object.values(en)
  .flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)))
  .filter((text) => !/^(Claimlens|Enter|\{action\}: \{label\})$/.test(text))
  .map((text) => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.*')}$`));
const ALLOWED_LATIN = /^(Claimlens|Enter|Esc|j|k|JSON|CSV|Markdown|W3C|Web|Annotation|ClaimReview|schema\.org|URL|https?|ms|ratingValue|Google|English)$/;

interface PanelTexts {
  lang: string;
  /** The interface's texts, the page's own words taken out. */
  texts: string[];
  /** What the detector read as values ("1 200"). */
  values: string[];
  summary: string;
}

/** Runs in the panel: its texts and labels, with the page's words (claims, sentences, speakers, units, title) removed. */
function readPanel(): PanelTexts {
  // The page's words, and file names (code).
  const dataElements = '.claim-text, .sentence, .page-title, blockquote, .note, .details dd:not(.source-type), code, .row-quote, .row-sentence, .row-speaker, .site, .tag';
  const data = [...document.querySelectorAll(dataElements)]
    .map((e) => e.textContent?.trim() ?? '')
    .concat([...document.querySelectorAll('.details dd:not(.source-type)')].flatMap((dd) => (dd.textContent ?? '').split(/\s*[(),=]\s*/)))
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
  const strip = (text: string) => data.reduce((rest, d) => rest.split(d).join(' '), text).trim();
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(`${dataElements}, script, style`)) continue;
    texts.push((node.textContent ?? '').trim());
  }
  for (const element of document.body.querySelectorAll('*')) for (const name of ['aria-label', 'title', 'placeholder']) texts.push(strip(element.getAttribute(name) ?? ''));
  return {
    lang: document.documentElement.lang,
    // A shortcut is named as the browser names it (Alt+Shift+A).
    texts: [...new Set(texts.map((t) => t.replace(/(?:(?:Alt|Shift|Ctrl|Command|MacCtrl)\+)+\S+/g, ' ').trim()).filter((t) => t !== ''))],
    values: [...document.querySelectorAll('.details dt')].filter((dt) => dt.textContent === 'Значение').map((dt) => dt.nextElementSibling?.textContent ?? ''),
    summary: document.querySelector('.summary')?.textContent ?? '',
  };
}

describe.each(BROWSERS)('the side panel in a Russian browser (%s)', (name) => {
  let session: ExtensionSession;
  let article: TestPage;
  let panel: TestPage;
  beforeAll(async () => {
    session = await launchSession(name, { locale: 'ru-RU' });
    article = await session.openPage(server.url('/a/sample.html'));
    await waitForMarks(article, 'quantity', 8);
    panel = await session.openExtensionPage('sidepanel.html', await session.tabIdOf(article));
    await panel.waitForFunction(() => document.querySelectorAll('li.claim').length > 10, undefined, { timeout: 30_000 });
    // Open one claim's editor and the footer's sections, so their strings are on screen too.
    await panel.click('li.claim button.annotate');
    await panel.waitForFunction(() => document.querySelector('li.claim textarea') !== null);
    await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('speaks Russian: <html lang>, the summary, no English text left', async () => {
    const read = await panel.evaluate(readPanel);
    expect(read.lang).toBe('ru');
    expect(read.summary).toMatch(/^\d+ утвержд\S+ · разобрано: \d+ · прочитано за [\d,]+ мс$/);
    const english = read.texts.filter((text) => ENGLISH.some((pattern) => pattern.test(text)));
    expect(english).toEqual([]);
    const latin = [...new Set(read.texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]/g) ?? []))].filter((w) => !ALLOWED_LATIN.test(w));
    expect(latin).toEqual([]);
  });

  it('writes the detected values the Russian way ("1 200", no comma)', async () => {
    const { values } = await panel.evaluate(readPanel);
    expect(values).toContain('1\u00a0200');
    expect(values.filter((v) => /\d,\d{3}/.test(v))).toEqual([]);
  });

  it('shows the settings page in Russian, the language choice saying what the browser speaks', async () => {
    const settings = await session.openExtensionPage('options.html', await session.tabIdOf(article));
    await settings.waitForFunction(() => document.querySelector('#language-heading') !== null && document.querySelector('#publisher-heading') !== null, undefined, { timeout: 15_000 });
    const read = await settings.evaluate(readPanel);
    expect(read.lang).toBe('ru');
    expect(read.texts).toContain('Как в браузере (Русский)');
    expect(read.texts.filter((text) => ENGLISH.some((pattern) => pattern.test(text)))).toEqual([]);
    expect([...new Set(read.texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]/g) ?? []))].filter((w) => !ALLOWED_LATIN.test(w))).toEqual([]);
    expect(await settings.evaluate(() => document.title)).toBe('Настройки Claimlens');
    await settings.close();
  });

  it('shows the library in Russian, with an annotation given a verdict in the panel', async () => {
    await panel.select('li.claim .editor select', 'false');
    await panel.waitForFunction(() => document.querySelector('li.claim .verdict-badge') !== null, undefined, { timeout: 15_000 });
    const library = await session.openExtensionPage('library.html', await session.tabIdOf(article));
    await library.waitForFunction(() => document.querySelector('.library-row') !== null, undefined, { timeout: 30_000 });
    const read = await library.evaluate(readPanel);
    expect(read.lang).toBe('ru');
    expect(read.texts).toContain('Неправда');
    expect(read.texts.filter((text) => ENGLISH.some((pattern) => pattern.test(text)))).toEqual([]);
    expect([...new Set(read.texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]/g) ?? []))].filter((w) => !ALLOWED_LATIN.test(w))).toEqual([]);
    expect(await library.evaluate(() => document.querySelector('.row-meta')?.textContent ?? '')).toMatch(/изменено \d\d\.\d\d\.\d{4}, \d\d:\d\d/);
    await library.close();
  });

  it('raised no uncaught error in the extension’s scripts', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(session.extensionErrors()).toEqual([]);
  });
});
