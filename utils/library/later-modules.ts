/**
 * The rest of the library page (React, Dexie, the schemas: entrypoints/library/app.tsx and its chunks) is named in
 * the page's HTML as module preloads inside an inert <template> (wxt.config.ts writes it): named in <head>, the
 * browser fetched and compiled those 600 kB before it ran the page's first module, which then started some 40 ms
 * later. The first module puts them in <head> itself, once the newest rows' read is under way.
 */
export const LATER_MODULES_ID = 'claimlens-later-modules';

/** Starts fetching the modules named in the template (once: the template is emptied). */
export function preloadLaterModules(doc: Document = document): void {
  const later = doc.getElementById(LATER_MODULES_ID);
  if (later instanceof HTMLTemplateElement) doc.head.append(later.content);
}
