import { useEffect, useRef } from 'react';
import type { Annotation, Page, Verdict } from '../../utils/model/annotation';
import { useT } from '../../utils/i18n/react';
import { ClaimItem } from './ClaimItem';
import { listCommand, step } from './keys';
import type { ClaimRow } from './rows';

export interface ListSelection {
  selectedKey: string | null;
  openKey: string | null;
  /** Bumped when the selection should also take the keyboard focus and scroll into view (keys, a click on a mark). */
  focusTick: number;
  /** The editor was opened by keyboard or from the page: focus goes into it. */
  editorTakesFocus: boolean;
}

interface Props {
  rows: ClaimRow[];
  page: Page;
  tabId: number | null;
  selection: ListSelection;
  onSelect(key: string, how: { focus: boolean; showInPage: boolean }): void;
  onOpen(key: string | null, how: { takeFocus: boolean }): void;
  onVerdict(row: ClaimRow, verdict: Verdict): void;
  onDismiss(row: ClaimRow): void;
  onRestore(annotation: Annotation): void;
  onDelete(annotation: Annotation, label: string): void;
  onStillHolds(row: ClaimRow): void;
}

/**
 * The page's claims in reading order. One row is in the Tab order; ArrowDown /
 * ArrowUp (or j / k) move between rows and show each in the page, 1–6 set
 * the verdict, Enter opens the editor, Escape closes it.
 */
export function ClaimList({ rows, page, tabId, selection, ...on }: Props) {
  const { t } = useT();
  const listRef = useRef<HTMLUListElement>(null);
  const keys = rows.map((r) => r.view.key);
  const tabStopKey = selection.selectedKey !== null && keys.includes(selection.selectedKey) ? selection.selectedKey : (keys[0] ?? null);

  useEffect(() => {
    if (selection.focusTick === 0 || !selection.selectedKey) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-claim-key="${selection.selectedKey}"]`);
    item?.scrollIntoView?.({ block: 'nearest' });
    if (!(selection.openKey === selection.selectedKey && selection.editorTakesFocus)) item?.querySelector<HTMLElement>('.claim-text')?.focus();
  }, [selection.focusTick]); // eslint-disable-line react-hooks/exhaustive-deps -- only an explicit request moves the focus

  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const inField = target.closest('.editor') !== null || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    const command = listCommand(event, inField);
    if (!command) return;
    // The row holding the focus is the current one, even before anything was selected.
    const focusedKey = target.closest<HTMLElement>('[data-claim-key]')?.dataset.claimKey ?? null;
    const current = focusedKey ?? selection.selectedKey ?? tabStopKey;
    if (command.type === 'next' || command.type === 'previous') {
      const next = step(keys, current, command.type === 'next' ? 1 : -1);
      if (next) on.onSelect(next, { focus: true, showInPage: true });
    } else if (command.type === 'open') {
      // Enter on the claim's own button opens its editor; on any other button it presses that button.
      if (!current || !target.classList.contains('claim-text')) return;
      on.onSelect(current, { focus: false, showInPage: false });
      on.onOpen(current, { takeFocus: true });
    } else {
      const row = rows.find((r) => r.view.key === current);
      if (row && !row.dismissed) on.onVerdict(row, command.verdict);
    }
    event.preventDefault();
  };

  if (rows.length === 0) return <p className="empty">{t('list.noMatch')}</p>;
  return (
    <ul className="claims" ref={listRef} aria-label={t('list.label')} onKeyDown={onKeyDown}>
      {rows.map((row) => {
        const key = row.view.key;
        return (
          <ClaimItem
            key={key}
            row={row}
            page={page}
            tabId={tabId}
            selected={selection.selectedKey === key}
            tabStop={tabStopKey === key}
            open={selection.openKey === key}
            takeFocus={selection.openKey === key && selection.editorTakesFocus}
            onShow={() => on.onSelect(key, { focus: false, showInPage: true })}
            onToggle={() => {
              on.onSelect(key, { focus: false, showInPage: false });
              on.onOpen(selection.openKey === key ? null : key, { takeFocus: false });
            }}
            onDismiss={() => on.onDismiss(row)}
            onRestore={on.onRestore}
            onDelete={(a) => on.onDelete(a, row.view.claim.text)}
            onStillHolds={() => on.onStillHolds(row)}
          />
        );
      })}
    </ul>
  );
}
