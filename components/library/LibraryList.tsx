import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { LibraryEntry } from '../../utils/library/entry';
import { useT } from '../../utils/i18n/react';
import { LibraryRow, type RowActions } from './LibraryRow';

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
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 150,
    overscan: 6,
    getItemKey: (index) => entries[index].annotation.id,
    initialRect: { width: 900, height: 900 },
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
