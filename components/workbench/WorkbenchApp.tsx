import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../utils/i18n/react';
import type { Annotation } from '../../utils/model/annotation';
import { AnnotationSearch } from './AnnotationSearch';
import { useWorkbenchDeps } from './deps';
import { ExportBar } from './ExportBar';
import { KeyboardHelp } from './KeyboardHelp';
import { Legend } from './Legend';
import { PageView, type Activation } from './PageView';
import { Tabs } from './Tabs';
import { UndoProvider } from './undo';

type View = 'page' | 'all';

/**
 * The one app behind the popup, the side panel and popup.html?tabId=N. The
 * panel follows the active tab and the page's changes; every view lists
 * again when the tab says its page changed, and opens a claim when the user
 * clicks its mark in the page.
 */
export function WorkbenchApp() {
  const deps = useWorkbenchDeps();
  const { t } = useT();
  const tabs: { id: View; label: string }[] = [
    { id: 'page', label: t('tabs.thisPage') },
    { id: 'all', label: t('tabs.all') },
  ];
  const [tabId, setTabId] = useState(deps.tabId);
  const [view, setView] = useState<View>('page');
  const [changeTick, setChangeTick] = useState(0);
  const [activation, setActivation] = useState<Activation | null>(null);
  const [pageAnnotations, setPageAnnotations] = useState<{ url: string | null; annotations: Annotation[] }>({ url: null, annotations: [] });

  useEffect(
    () =>
      deps.subscribe?.({
        activeTab: (id) => setTabId(id),
        pageChanged: (id) => id === tabId && setChangeTick((t) => t + 1),
        claimActivated: (id, claim) => {
          if (id !== tabId) return;
          setView('page');
          setActivation((a) => ({ ...claim, tick: (a?.tick ?? 0) + 1 }));
        },
      }),
    [deps, tabId],
  );
  const onPageAnnotations = useCallback((page: { url: string } | null, annotations: Annotation[]) => setPageAnnotations({ url: page?.url ?? null, annotations }), []);

  return (
    <UndoProvider>
      <main className={`workbench ${deps.surface}`}>
        <header>
          <h1>Claimlens</h1>
          {/* A link (not a tabs call): opens the library in a new tab from the popup and the panel alike, no permission needed. */}
          <a className="open-library button-link" href="/library.html" target="_blank" rel="noopener">
            {t('header.library')}
          </a>
          {deps.openSidePanel && tabId !== null && (
            <button type="button" className="open-panel" onClick={() => deps.openSidePanel!(tabId)}>
              {t('header.openPanel')}
            </button>
          )}
          {deps.openInTab && tabId !== null && (
            <button type="button" className="open-tab" onClick={() => deps.openInTab!(tabId)}>
              {t('header.openInTab')}
            </button>
          )}
        </header>
        <Tabs<View> tabs={tabs} selected={view} onSelect={setView}>
          {view === 'all' ? <AnnotationSearch tabId={tabId} /> : <PageView tabId={tabId} changeTick={changeTick} activation={activation} onPageAnnotations={onPageAnnotations} />}
        </Tabs>
        <footer>
          <Legend />
          <KeyboardHelp />
          <ExportBar pageUrl={pageAnnotations.url} pageAnnotations={pageAnnotations.annotations} />
        </footer>
      </main>
    </UndoProvider>
  );
}
