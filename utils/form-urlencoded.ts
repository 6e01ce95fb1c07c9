/**
 * The application/x-www-form-urlencoded parser and serializer of the URL
 * standard, as pure string functions. URLSearchParams does the same, but in a
 * Firefox content script its iterators come from the page's compartment and
 * are not iterable through the Xray wrapper ("searchParams.keys() is not
 * iterable"), so page identity must not depend on them.
 */
export type QueryPair = [name: string, value: string];

export function parseQuery(query: string): QueryPair[] {
  const pairs: QueryPair[] = [];
  for (const piece of query.replace(/^\?/, '').split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const [name, value] = eq === -1 ? [piece, ''] : [piece.slice(0, eq), piece.slice(eq + 1)];
    pairs.push([percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))]);
  }
  return pairs;
}

export function serializeQuery(pairs: QueryPair[]): string {
  return pairs.map(([name, value]) => `${formEncode(name)}=${formEncode(value)}`).join('&');
}

/** URLSearchParams.sort(): stable, by name in UTF-16 code units. */
export function sortQuery(pairs: QueryPair[]): QueryPair[] {
  return [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const UTF8 = new TextEncoder();
const UTF8_LENIENT = new TextDecoder('utf-8');

/** Percent-decodes to bytes, then UTF-8 with replacement characters (never throws, unlike decodeURIComponent). */
function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  const bytes: number[] = [];
  for (const part of text.split(/(%[0-9a-fA-F]{2})/)) {
    if (/^%[0-9a-fA-F]{2}$/.test(part)) bytes.push(parseInt(part.slice(1), 16));
    else bytes.push(...UTF8.encode(part));
  }
  return UTF8_LENIENT.decode(new Uint8Array(bytes));
}

/** Form encoding keeps only alphanumerics and *-._ and writes a space as '+'. */
function formEncode(text: string): string {
  return encodeURIComponent(text.toWellFormed())
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}
