/** The site of a page: its host without "www.". In a module of its own, so the library's first module can use it. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
