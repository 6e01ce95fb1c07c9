import { useEffect, useState } from 'react';
import { useWorkbenchDeps } from './deps';
import { VERDICT_KEYS } from './keys';
import { VERDICT_LABELS } from './labels';

/** The panel's keys, and the browser shortcut for "Annotate selection" with where to change it. */
export function KeyboardHelp() {
  const deps = useWorkbenchDeps();
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
      <summary>Keyboard</summary>
      <dl>
        <dt>↓ ↑ or j k</dt>
        <dd>next / previous claim (the page scrolls to it)</dd>
        <dt>Enter</dt>
        <dd>open the editor · Esc closes it</dd>
        {VERDICT_KEYS.map(({ key, verdict }) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{VERDICT_LABELS[verdict]}</dd>
          </div>
        ))}
        {deps.annotateShortcut && (
          <>
            <dt>{shortcut ?? 'not set'}</dt>
            <dd>
              annotate the text selected in the page{' '}
              {deps.openShortcutSettings && (
                <button type="button" className="link" onClick={() => deps.openShortcutSettings!()}>
                  Change shortcut
                </button>
              )}
            </dd>
          </>
        )}
      </dl>
    </details>
  );
}
