import { formatDateTime } from '../i18n/format';
import { lastLanguage } from '../i18n/last-language';
import type { Language } from '../i18n/languages';
import type { Params } from '../i18n/fill';
import { translateRow, type RowWordKey } from '../i18n/row-words';
import type { Annotation } from '../model/annotation';
import { newerFirst } from '../store/page-record';
import { siteOf } from './site';

/**
 * The newest rows, shown by the page's first module with plain DOM as soon
 * as they are read, while React, Dexie and the rest of the page are still
 * loading: the markup and words of components/library/LibraryRow.tsx (a
 * test holds them equal), inert (nothing to click yet). React's first
 * commit into the same container replaces them with the real page.
 *
 * Only in the language the pages last rendered in (utils/i18n/last-language.ts):
 * before any page has rendered, nothing is shown early.
 */

/** Set on the early page, so tests and styles can tell it from React's. */
export const FIRST_ROWS_CLASS = 'first-rows';
/** The height of the search, filters and bulk bar as last laid out (px), kept so the early rows stand where React's will. */
const CONTROLS_HEIGHT_KEY = 'claimlens:library-controls-height';
/** Rows are at least this tall (px): enough rows to fill the window, and not many more. */
const MIN_ROW_HEIGHT = 110;

export function rememberControlsHeight(height: number, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(CONTROLS_HEIGHT_KEY, String(Math.round(height)));
  } catch {
    // Nothing kept: the early rows stand a little higher than React's.
  }
}

function controlsHeight(storage: Storage | undefined): number {
  try {
    const value = Number(storage?.getItem(CONTROLS_HEIGHT_KEY));
    return Number.isFinite(value) && value > 0 && value < 2000 ? value : 0;
  } catch {
    return 0;
  }
}

/**
 * Shows the first rows in `container` unless it already holds something
 * (React got there first) or no language is remembered. Returns whether it did.
 */
export function showFirstRows(container: HTMLElement, annotations: readonly Annotation[], options: { storage?: Storage; rows?: number } = {}): boolean {
  const storage = options.storage ?? globalThis.localStorage;
  const language = lastLanguage(storage);
  if (!language || container.hasChildNodes() || annotations.length === 0) return false;
  const doc = container.ownerDocument;
  const rows = options.rows ?? Math.ceil((doc.defaultView?.innerHeight || 900) / MIN_ROW_HEIGHT);
  const t = (key: RowWordKey, params?: Params) => translateRow(language, key, params);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const page = el('main', `library ${FIRST_ROWS_CLASS}`);
  page.inert = true; // seen, not yet usable: React's page replaces it within a few frames
  page.setAttribute('aria-busy', 'true');
  const header = el('header', 'library-header');
  header.append(el('h1', undefined, t('library.pageTitle')), el('p', 'library-count', t('library.reading')));
  const controls = el('div', 'first-rows-controls');
  // In React's page the search, filters and bulk bar stand here (in one box, .library-controls): as much room for them.
  controls.style.height = `${controlsHeight(storage)}px`;
  const list = el('div', 'library-scroll');
  list.setAttribute('role', 'list');
  list.setAttribute('aria-label', t('library.listLabel'));
  // In the list's order (utils/library/entry.ts), which orders ties unlike the index read.
  const newestFirst = [...annotations].sort(newerFirst);
  for (const annotation of newestFirst.slice(0, rows)) {
    const item = el('div', 'library-item');
    item.setAttribute('role', 'listitem');
    item.append(firstRow(annotation, language, t, el));
    list.append(item);
  }
  page.append(header, controls, list);
  doc.documentElement.lang = language;
  container.append(page);
  return true;
}

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => HTMLElementTagNameMap[K];

/** One row as LibraryRow renders it (its verdict menu holds only the chosen verdict: nothing can open it yet). */
function firstRow(a: Annotation, language: Language, t: (key: RowWordKey, params?: Params) => string, el: Make): HTMLElement {
  const state = a.lastAnchor?.state ?? 'unchecked';
  const quote = a.claim.text || a.target.quote.exact;
  const speaker = a.claim.type === 'attribution' ? a.claim.source?.text : undefined;
  const date = (iso: string) => (Number.isNaN(new Date(iso).getTime()) ? iso : formatDateTime(language, iso));

  const row = el('article', `library-row state-${state}`);
  row.setAttribute('aria-label', quote);
  const select = el('input', 'row-select');
  select.type = 'checkbox';
  select.setAttribute('aria-label', t('row.select', { quote }));

  const body = el('div', 'row-body');
  const head = el('div', 'row-head');
  head.append(el('q', 'row-quote', quote), el('span', `kind-chip ${a.claim.type}`, t(`kind.${a.claim.type}`)));
  if (state !== 'exact') head.append(el('span', `state-chip ${state}`, t(`library.state.${state}`)));
  if (a.dismissed) head.append(el('span', 'state-chip dismissed', t('claim.notAClaim')));
  const verdict = el('select', `verdict-select ${a.verdict}`);
  verdict.setAttribute('aria-label', t('row.verdictFor', { quote }));
  const chosen = el('option', undefined, t(`verdict.${a.verdict}`));
  chosen.value = a.verdict;
  verdict.append(chosen);
  head.append(verdict);
  body.append(head);
  if (state === 'changed' && a.lastAnchor?.text) {
    const changed = el('p', 'row-changed', `${t('row.nowSays')} `);
    changed.append(el('q', undefined, a.lastAnchor.text));
    body.append(changed);
  }
  if (a.sentence) body.append(el('p', 'row-sentence', a.sentence));
  if (speaker) body.append(el('p', 'row-speaker', t('row.speaker', { speaker })));
  if (a.note) {
    const note = el('p', 'row-note');
    note.append(el('span', 'label', t('row.note')), ` ${a.note}`);
    body.append(note);
  }
  if (a.tags.length > 0 || a.evidence.length > 0) {
    const tags = el('p', 'row-tags');
    for (const name of a.tags) tags.append(el('span', 'tag', name));
    if (a.evidence.length > 0) tags.append(el('span', 'evidence-count', t('row.evidence', { count: a.evidence.length })));
    body.append(tags);
  }
  const meta = el('p', 'row-meta');
  meta.append(
    el('span', 'site', siteOf(a.page.canonicalUrl ?? a.page.url)),
    ' · ',
    el('span', 'page-title', a.page.title || a.page.url),
    ` · ${t('row.updated', { date: date(a.updatedAt) })} · ${t('row.created', { date: date(a.createdAt) })}`,
  );
  body.append(meta);

  const actions = el('div', 'row-actions');
  const open = el('button', undefined, t('row.open'));
  open.type = 'button';
  open.setAttribute('aria-label', t('row.openLabel', { quote }));
  const remove = el('button', 'danger', t('orphans.delete'));
  remove.type = 'button';
  remove.setAttribute('aria-label', t('row.deleteLabel', { quote }));
  actions.append(open, remove);
  row.append(select, body, actions);
  return row;
}
