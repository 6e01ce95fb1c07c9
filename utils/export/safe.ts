/**
 * Making exports safe to paste. Every export carries text taken from web
 * pages (titles, sentences, claims) and from imported files (notes, links), so
 * each format neutralises what its consumers would otherwise run or render:
 *
 * - JSON-LD is pasted into `<script type="application/ld+json">`: `<`, `>`,
 *   `&`, U+2028 and U+2029 are written as `\uXXXX` escapes, so no
 *   `</script>` or `<!--` can close or bend the element. The escapes only
 *   occur inside JSON strings, so the text parses to the same value.
 * - CSV is opened in spreadsheets: a cell that starts (after any blanks) with
 *   `= + - @`, or with a tab or carriage return, gets a leading `'` (OWASP's
 *   advice), whatever follows, line breaks included.
 * - Markdown links only to http(s) URLs; any other URL is shown as inert
 *   code. Page text is backslash-escaped so it cannot open links, images,
 *   HTML or emphasis (a bare http(s) URL in it may still be autolinked by
 *   GitHub-style renderers: it then shows its own destination).
 */

const HTML_SENSITIVE = /[<>&\u2028\u2029]/g;

/** JSON text that can be embedded in an HTML `<script>` element and still parses to `value`. */
export function jsonForHtml(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(HTML_SENSITIVE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True for an absolute http: or https: URL, the only links an export turns live. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Cells a spreadsheet would read as a formula: `= + - @` first, after any
 * blanks (spreadsheets trim them) and in their full-width forms too, or a
 * leading tab or carriage return. Unlike papaparse's own guard this does not
 * need the whole cell on one line.
 */
export const CSV_FORMULA = /^[\s\u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/** The same guard for a single value, for code that writes cells itself. */
export function csvCell(value: string): string {
  return CSV_FORMULA.test(value) ? `'${value}` : value;
}

/**
 * Characters that open links, images, HTML, code, emphasis, strikethrough,
 * headings, tables or entities in CommonMark and GitHub Markdown. Escaping
 * `[` and `<` already disarms `](…)` and `<…>`; `&` keeps "&lt;" literal.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~&!]/g;

/** Page or user text as inert Markdown on one line (line breaks become spaces). */
export function mdText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(MARKDOWN_SPECIAL, '\\$&');
}

/** Inline code that shows `text` as is, whatever backticks it holds. */
export function mdCode(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A link to an http(s) URL (normalised, so it cannot break out of `<…>`), or the URL as inert code. */
export function mdLink(label: string | undefined, url: string): string {
  if (!isWebUrl(url)) return label ? `${mdText(label)} ${mdCode(url)}` : mdCode(url);
  const href = new URL(url).href.replace(/[<>\s]/g, encodeURIComponent);
  return `[${mdText(label ?? url)}](<${href}>)`;
}

/** A bare URL line: an autolink for http(s), inert code otherwise. */
export function mdUrl(url: string): string {
  if (!isWebUrl(url)) return mdCode(url);
  return `<${new URL(url).href.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/**
 * User text (a note) as one inert Markdown paragraph that keeps its line
 * breaks as hard breaks. Besides mdText's escapes, a line that would open a
 * block inside a paragraph (a list item `- + 1.`, a setext underline `= -`)
 * has that first character escaped, and blank lines are dropped, so the text
 * can never leave its paragraph and read as a quote, list or heading.
 */
export function mdParagraph(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const trimmed = line.trim();
    if (trimmed) lines.push(mdText(trimmed).replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2'));
  }
  return lines.join('\\\n');
}

/**
 * A URL in its serialised WHATWG form (`<`, `>`, spaces and quotes
 * percent-encoded), as IRIs in JSON-LD must be: "https://x/?b=<2>" is stored
 * as typed but is no valid IRI until serialised.
 */
export function iri(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
