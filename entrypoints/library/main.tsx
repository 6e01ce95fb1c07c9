import '../../components/library/library.css';
import { startFirstRead } from '../../utils/library/first-read';

// For the benchmark: how much of the wait before the first rows is loading this page's script.
performance.mark('claimlens-library:script');
// This module is tiny (it imports only the read): the newest rows are read while the rest of the page
// (React, Dexie, the schemas) is fetched and evaluated, instead of after.
const first = startFirstRead();
void first.promise.then((rows) => rows && performance.mark('claimlens-library:newest-read'));
import('./app').then(
  ({ startLibrary }) => startLibrary(first),
  (error: Error) => {
    document.getElementById('root')!.textContent = `The library could not start: ${error.message}`;
  },
);
