import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryEntry } from '../../utils/library/entry';
import { useT } from '../../utils/i18n/react';
import { LibraryRow, type RowActions } from './LibraryRow';

const OVERSCAN = 6;
const FIRST_OVERSCAN = 1;

/**
 * The rows, virtualised: only those in view (and a few either side) are in
 * the DOM, so 100,000 annotations cost what 20 do. Rows are measured as
 * they render (their notes and sentences differ in length). Memoised: a
 * keystroke in the search box re-renders the page, not the list, until the
 * filtered entries change.
 */
export const LibraryList = memo(function LibraryList({ entries, selected, actions }: { entries: readonly LibraryEntry[]; selected: ReadonlySet<string>; actions: RowActions }) {
  const { t } = useT();
  const scroller = useRef<HTMLDivElement>(null);
  // The first rows of a list (the page's first, a search's result) are those in view and one more: each row costs its
  // render and its layout before the frame that shows it. The rows either side, for smooth scrolling, come once the
  // rows in view are painted.
  const [paintedList, setPaintedList] = useState<readonly LibraryEntry[] | null>(null);
  const overscan = paintedList === entries ? OVERSCAN : FIRST_OVERSCAN;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // In a transition: the next keystroke's result interrupts rendering them instead of waiting behind it.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setPaintedList(entries)))));
    return () => (cancelAnimationFrame(frame), clearTimeout(timer));
  }, [entries]);
  // The same function while the list is the same: the virtualiser recomputes every row's position (all 100,000) when
  // it changes, and a new one on each render made every render of the list cost that.
  const getItemKey = useCallback((index: number) => entries[index].annotation.id, [entries]);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 150,
    overscan,
    getItemKey,
    // Until the list is laid out: the window (the list is shorter, so no row in view is missing).
    initialRect: { width: globalThis.innerWidth || 900, height: globalThis.innerHeight || 900 },
  });
  return (
    <div className="library-scroll" ref={scroller} role="list" aria-label={t('library.listLabel')}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="library-item"
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
            >
              <LibraryRow entry={entry} selected={selected.has(entry.annotation.id)} actions={actions} />
            </div>
          );
        })}
      </div>
    </div>
  );
});
