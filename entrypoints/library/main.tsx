import '../../components/library/library.css';
import { startFirstRead } from '../../utils/library/first-read';
import { showFirstRows } from '../../utils/library/first-rows';

// For the benchmark: how much of the wait before the first rows is loading this page's script.
performance.mark('claimlens-library:script');
/** The rest of the page waits for the first read at most this long (IndexedDB answers in tens of milliseconds). */
const READ_FIRST_MS = 250;

// This module is small: it reads the newest rows and shows them with plain DOM, in the language pages last rendered
// in, while the rest of the page (React, Dexie, the schemas; fetched meanwhile, named as module preloads in the
// HTML) waits to be evaluated: evaluating it would hold the main thread the read's answers need. React's first commit
// replaces those rows with its own, which can be used.
const root = document.getElementById('root')!;
const first = startFirstRead();
const shown = first.promise.then((rows) => {
  if (!rows) return;
  performance.mark('claimlens-library:newest-read');
  if (!showFirstRows(root, rows)) return;
  performance.mark('claimlens-library:first-rows');
  // Painted before the rest of the page is evaluated (one long task that would hold the frame back).
  return new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted)));
});
void Promise.race([shown, new Promise((resolve) => setTimeout(resolve, READ_FIRST_MS))])
  .then(() => import('./app'))
  .then(
    ({ startLibrary }) => startLibrary(first),
    (error: Error) => {
      root.textContent = `The library could not start: ${error.message}`;
    },
  );
