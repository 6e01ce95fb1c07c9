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
    const emptySheets = (s: string): string => s.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
    // latin1 round-trips arbitrary bytes, so a Buffer keeps its sniffed charset.
    const again = typeof html === 'string' ? emptySheets(html) : Buffer.from(emptySheets(html.toString('latin1')), 'latin1');
    return new JSDOM(again, options);
  }
}
