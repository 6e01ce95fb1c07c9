import { createContext, useContext } from 'react';
import type { ClaimlensDB } from '../../utils/db';
import type { OpenClaimResult } from '../../utils/library/open-claim';
import type { Annotation } from '../../utils/model/annotation';

/** What the library page needs from the browser, passed in so component tests use fakes. */
export interface LibraryDeps {
  db: ClaimlensDB;
  download(filename: string, mimeType: string, content: string): void;
  /** Opens the annotation's page in a new tab and focuses its claim there. */
  openAtClaim(annotation: Annotation): Promise<OpenClaimResult>;
  now(): Date;
  /** Tells open pages that stored annotations changed, so their marks and verdicts are redrawn. */
  notifyPages?(): void;
  /**
   * The newest rows' read, started by the page's first module (before React and the language setting); read on
   * first render when absent. `rows()` gives them once read, so a first render after the read already shows them.
   */
  newest?: { promise: Promise<Annotation[]>; rows(): Annotation[] | undefined };
}

export const LibraryDepsContext = createContext<LibraryDeps | null>(null);

export function useLibraryDeps(): LibraryDeps {
  const deps = useContext(LibraryDepsContext);
  if (!deps) throw new Error('LibraryDepsContext is missing');
  return deps;
}
