/**
 * Reading what Firefox prints. With `devtools.console.stdout.content` and
 * `browser.dom.window.dump.enabled`, an uncaught error in any script of an
 * extension is printed as
 *   JavaScript error: moz-extension://<uuid>/content-scripts/content.js, line 75: TypeError: …
 * and console messages of pages, content scripts and extension pages as
 *   console.warn: "Claimlens could not scan this page:" (…)
 * Firefox prints much else (its own modules' errors, remote-protocol noise);
 * only lines naming this extension's origin, or Claimlens' own console
 * warnings and errors, count.
 */
export function isExtensionError(line: string, extensionOrigin: string): boolean {
  return line.startsWith(`JavaScript error: ${extensionOrigin}/`) || /^console\.(error|warn): "?Claimlens\b/.test(line);
}

/** Feeds whole lines to `onLine` from chunks that may split them anywhere. */
export function lineSplitter(onLine: (line: string) => void): (chunk: string) => void {
  let partial = '';
  return (chunk) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const part of parts) onLine(part.replace(/\r$/, ''));
  };
}
