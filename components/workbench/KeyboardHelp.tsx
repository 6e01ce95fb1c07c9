import { useEffect, useState } from 'react';
import { useWorkbenchDeps } from './deps';
import { VERDICT_KEYS } from './keys';
import { useT } from '../../utils/i18n/react';
import { useLabels } from './labels';

/** The panel's keys, and the browser shortcut for "Annotate selection" with where to change it. */
export function KeyboardHelp() {
  const deps = useWorkbenchDeps();
  const { t } = useT();
  const labels = useLabels();
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    deps.annotateShortcut?.().then(
      (s) => live && setShortcut(s),
      () => live && setShortcut(null),
    );
    return () => void (live = false);
  }, [deps]);

  return (
    <details className="keyboard-help">
      <summary>{t('keys.title')}</summary>
      <dl>
        <dt>{t('keys.arrows')}</dt>
        <dd>{t('keys.arrowsHelp')}</dd>
        <dt>{t('keys.enter')}</dt>
        <dd>{t('keys.enterHelp')}</dd>
        {VERDICT_KEYS.map(({ key, verdict }) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{labels.verdicts[verdict]}</dd>
          </div>
        ))}
        {deps.annotateShortcut && (
          <>
            <dt>{shortcut ?? t('keys.notSet')}</dt>
            <dd>
              {t('keys.annotateHelp')}{' '}
              {deps.openShortcutSettings && (
                <button type="button" className="link" onClick={() => deps.openShortcutSettings!()}>
                  {t('keys.changeShortcut')}
                </button>
              )}
            </dd>
          </>
        )}
      </dl>
    </details>
  );
}
