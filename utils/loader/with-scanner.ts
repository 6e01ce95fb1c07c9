/**
 * Asks a tab's scanner; when nothing answers (the loader judged the page no
 * story, or the site is switched off), has the scanner injected and asks
 * again. The first error stands when no scanner can run there.
 */
export async function withScanner<T>(ask: () => Promise<T>, ensureScanner: () => Promise<boolean>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (!(await ensureScanner().catch(() => false))) throw error;
    return ask();
  }
}
