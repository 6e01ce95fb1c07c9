import '../../components/library/library.css';
import { startFirstRead } from '../../utils/library/first-read';
import { showFirstRows } from '../../utils/library/first-rows';
import { preloadLaterModules } from '../../utils/library/later-modules';

// For the benchmark: how much of the wait before the first rows is loading this page's script.
performance.mark('claimlens-library:script');
/**
 * The rest of the page is evaluated once the first rows are shown, or after this long: evaluating it is one long task
 * that would hold back the read's answers (IndexedDB answers in tens of ms, once its files are open).
 */
const EVALUATE_AFTER_MS = 120;
/** React's page waits at most this long for the first rows to be shown before it. */
const SHOW_FIRST_MS = 250;

// This module is small: it reads the newest rows and shows them with plain DOM, in the language pages last rendered
// in, while the rest of the page (React, Dexie, the schemas) is fetched; it is evaluated after. That rest is named in
// the HTML in an inert template, and fetched from here once the read has started: named in <head>, fetching and
// compiling it held back this module's start (utils/library/later-modules.ts). React renders once those rows are
// painted (its first render would otherwise hold that paint back) and its first commit replaces them with rows
// that can be used.
const root = document.getElementById('root')!;
const first = startFirstRead();
preloadLaterModules();
const shown = first.promise.then((rows) => {
  if (!rows) return;
  performance.mark('claimlens-library:newest-read');
  if (!showFirstRows(root, rows)) return;
  performance.mark('claimlens-library:first-rows');
  return new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted)));
});
const within = (ms: number) => Promise.race([shown, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
const firstShown = within(SHOW_FIRST_MS);
void within(EVALUATE_AFTER_MS)
  .then(() => import('./app'))
  .then(
    ({ startLibrary }) => startLibrary(first, firstShown),
    (error: Error) => {
      root.textContent = `The library could not start: ${error.message}`;
    },
  );
