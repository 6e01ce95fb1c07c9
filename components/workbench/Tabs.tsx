import { useRef, type ReactNode } from 'react';
import { useT } from '../../utils/i18n/react';

interface Tab<T extends string> {
  id: T;
  label: string;
}

interface Props<T extends string> {
  tabs: Tab<T>[];
  selected: T;
  onSelect(id: T): void;
  children: ReactNode;
}

/** WAI-ARIA tabs: one tab in the Tab order, arrows / Home / End move between tabs, the panel is labelled by its tab. */
export function Tabs<T extends string>({ tabs, selected, onSelect, children }: Props<T>) {
  const { t } = useT();
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const move = (to: number) => {
    const tab = tabs[(to + tabs.length) % tabs.length];
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  const at = tabs.findIndex((t) => t.id === selected);
  return (
    <>
      <div
        role="tablist"
        aria-label={t('tabs.label')}
        className="tablist"
        onKeyDown={(e) => {
          const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
          if (to === undefined) return;
          e.preventDefault();
          move(to);
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => void (el ? refs.current.set(tab.id, el) : refs.current.delete(tab.id))}
            role="tab"
            type="button"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} className="tabpanel">
        {children}
      </div>
    </>
  );
}
