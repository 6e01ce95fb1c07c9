// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { WorkbenchDepsContext } from '../../components/workbench/deps';
import { WorkbenchApp } from '../../components/workbench/WorkbenchApp';
import { saveAnnotation } from '../../utils/db';
import { I18nProvider } from '../../utils/i18n/react';
import type { Language } from '../../utils/i18n/languages';
import { makeAnnotation } from '../support/annotations';
import { claims, makeHarness, page, pageClaims, text, views, type Harness } from './workbench-fixture';

vi.setConfig({ testTimeout: 30_000 });

let h: Harness;
beforeEach(() => {
  h = makeHarness();
});
afterEach(async () => {
  cleanup();
  await h.db.delete();
});

/** Words in Latin letters the interface may show in any language: the brand, key names, file formats. */
const ALLOWED_LATIN = /^(Claimlens|Enter|Esc|j|k|JSON|CSV|Markdown|W3C|Web|Annotation|ClaimReview|schema\.org|URL|https?)$/;

/** The page's own words (claims, sentences, speakers, units, hedges, title): data, shown as the page wrote them. */
const pageData = [
  ...new Set([
    page.title,
    ...views.map((v) => v.sentence ?? ''),
    text,
    ...claims.flatMap((c) => [c.text, ...(c.type === 'quantity' ? [c.unit ?? '', ...c.hedges] : c.type === 'attribution' ? [c.source?.text ?? ''] : [])]),
    'Kursk figure from Kyiv',
    'an orphaned passage about 40 drones',
    // The browser's shortcut, as the browser names it.
    'Alt+Shift+A',
  ]),
]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

/** Elements that show the page's own words: the claim, its sentence, the page's title, a stored quote, the user's note. */
const PAGE_DATA_ELEMENTS = '.claim-text, .sentence, .page-title, blockquote, .note';

/** Every text the user can see or hear: text nodes, and the labels, titles and placeholders of elements. */
function interfaceTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest(PAGE_DATA_ELEMENTS)) texts.push(node.textContent ?? '');
  for (const element of root.querySelectorAll('*')) for (const name of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
  return texts.map((t) => pageData.reduce((rest, data) => rest.split(data).join(' '), t)).filter((t) => t.trim() !== '');
}

function latinWords(texts: string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]/g) ?? []))].filter((w) => !ALLOWED_LATIN.test(w));
}

const renderIn = (language: Language) =>
  render(
    <I18nProvider language={language}>
      <WorkbenchDepsContext.Provider value={h.deps}>
        <WorkbenchApp />
      </WorkbenchDepsContext.Provider>
    </I18nProvider>,
  );

it.each([
  ['ru', 'Утверждения в порядке чтения', 'Разобрать', 'Неправда', '4 утверждения', 'Все разборы'],
  ['uk', 'Твердження в порядку читання', 'Розібрати', 'Неправда', '4 твердження', 'Усі розбори'],
] as const)('shows the whole workbench in %s, with no English left', async (language, listName, annotate, falseVerdict, count, allTab) => {
  // A verdict, a dismissed claim's chip, an orphan, the open editor: as many parts of the interface as one view shows.
  await saveAnnotation(h.db, makeAnnotation({ page, target: views[2].target, verdict: 'false', note: 'Kursk figure from Kyiv' }));
  const orphan = makeAnnotation({ page, verdict: 'misleading', claim: { type: 'passage', text: 'an orphaned passage about 40 drones' } });
  orphan.target.quote.exact = 'an orphaned passage about 40 drones';
  await saveAnnotation(h.db, orphan);
  h.deps.listClaims = vi.fn(async () => pageClaims({ orphanIds: [orphan.id], claims: views, total: 4 }));
  h.deps.annotateShortcut = async () => 'Alt+Shift+A';
  h.deps.openShortcutSettings = () => undefined;
  const { container } = renderIn(language);
  const list = await screen.findByRole('list', { name: listName });
  await within(list).findByText(falseVerdict, { selector: '.verdict-badge' });
  expect(container.querySelector('.summary')?.textContent).toMatch(new RegExp(`^${count} · `));
  await userEvent.click(within(list).getAllByRole('button', { name: new RegExp(`^${annotate}:`) })[0]);
  await screen.findAllByRole('textbox');
  expect(latinWords(interfaceTexts(container))).toEqual([]);
  // The other tab: every annotation across pages.
  await userEvent.click(screen.getByRole('tab', { name: allTab }));
  await screen.findByText('Kursk figure from Kyiv');
  expect(latinWords(interfaceTexts(container))).toEqual([]);
});

it('groups large numbers as Russian does ("3 000")', async () => {
  h.deps.listClaims = vi.fn(async () => pageClaims({ total: 3000, marked: 2500 }));
  const { container } = renderIn('ru');
  await screen.findByRole('list', { name: 'Утверждения в порядке чтения' });
  expect(container.querySelector('.more')?.textContent).toBe('Показано 4 из 3\u00a0000 утверждений. Показать ещё 200');
  expect(container.querySelector('.cap-note')?.textContent).toBe('На странице отмечены первые 2\u00a0500 из 3\u00a0000 утверждений; в списке — все.');
  // The detector's value of "some 3,000 or more", written the Russian way.
  expect([...container.querySelectorAll('.details dd')].map((dd) => dd.textContent)).toContain('3\u00a0000');
});
