import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The bytes of a saved page; `.gz` files are unpacked. */
export function readSavedPage(file: string): Buffer {
  const raw = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/**
 * Saved pages often lost their HTTP charset header; bytes that are valid
 * UTF-8 are read as UTF-8, anything else is left to jsdom's sniffing (BOM,
 * <meta charset>, windows-1252).
 */
function decodeHtml(raw: Buffer): string | Buffer {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return raw;
  }
}

/**
 * The page with every `<style>…</style>` emptied, in one pass (a lazy regex
 * rescanned the rest of the page at each unclosed `<style`).
 */
export function emptyStyleSheets(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let copied = 0;
  let at = lower.indexOf('<style');
  while (at >= 0) {
    const after = lower.charCodeAt(at + 6);
    const isTag = !(after >= 97 && after <= 122) && !(after >= 48 && after <= 57) && after !== 95; // `\b`: "<styles>" is no style tag
    const open = isTag ? lower.indexOf('>', at) : -1;
    if (isTag && open < 0) break;
    if (open >= 0) {
      let close = lower.indexOf('</style', open);
      let end = -1;
      while (close >= 0) {
        let k = close + 7;
        while (k < lower.length && /\s/.test(lower[k])) k++;
        if (lower[k] === '>') {
          end = k + 1;
          break;
        }
        close = lower.indexOf('</style', close + 7);
      }
      if (end < 0) break;
      out += html.slice(copied, open + 1) + html.slice(close, end);
      copied = end;
      at = lower.indexOf('<style', end);
    } else at = lower.indexOf('<style', at + 6);
  }
  return out + html.slice(copied);
}

/**
 * A saved page as a DOM (jsdom, no scripts, console silenced). jsdom parses
 * every <style> sheet while building the DOM and throws on some real-world
 * CSS; extraction never reads style sheets, so on such a failure the page is
 * parsed again with them emptied.
 */
export function parseSavedPage(raw: Buffer): JSDOM {
  const options = { virtualConsole: new VirtualConsole(), contentType: 'text/html' };
  const html = decodeHtml(raw);
  try {
    return new JSDOM(html, options);
  } catch {
    const emptySheets = emptyStyleSheets;
    // latin1 round-trips arbitrary bytes, so a Buffer keeps its sniffed charset.
    const again = typeof html === 'string' ? emptySheets(html) : Buffer.from(emptySheets(html.toString('latin1')), 'latin1');
    return new JSDOM(again, options);
  }
}
