/**
 * Reading a page's JSON-LD, shared by the loader's article test and the
 * publication date: small blocks only, malformed ones skipped, and only the
 * page's own entities (not the items of a list).
 */

/** A JSON-LD block longer than this is not parsed (a page can put megabytes there). */
const MAX_JSON_LD_CHARS = 100_000;
const MAX_JSON_LD_BLOCKS = 20;

/** schema.org types of a single story (Article and the subtypes news sites use). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);

/** Each JSON-LD block's parsed value, in page order. */
export function* jsonLdBlocks(doc: Document): Generator<unknown> {
  // By tag, not by attribute selector: the browser keeps a list per tag name, so a page with no story pays almost nothing.
  const scripts = doc.getElementsByTagName('script');
  let blocks = 0;
  for (let i = 0; i < scripts.length && blocks < MAX_JSON_LD_BLOCKS; i++) {
    if (scripts[i].getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    blocks++;
    const text = scripts[i].textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      yield JSON.parse(text);
    } catch {
      // The page's malformed JSON-LD is not our error.
    }
  }
}

/** The page's own entities: top-level items, @graph members and a WebPage's mainEntity (not the items of a list). */
export function jsonLdEntities(data: unknown): Record<string, unknown>[] {
  const top = Array.isArray(data) ? data : [data];
  const found: Record<string, unknown>[] = [];
  for (const item of top.slice(0, 50)) {
    if (!isObject(item)) continue;
    found.push(item);
    const graph = item['@graph'];
    if (Array.isArray(graph)) found.push(...graph.slice(0, 50).filter(isObject));
  }
  for (const item of [...found]) if (isObject(item.mainEntity)) found.push(item.mainEntity);
  return found;
}

/** Whether the entity is a single story (by its @type, with or without the schema.org prefix). */
export function isArticleEntity(item: Record<string, unknown>): boolean {
  const type = item['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^(https?:\/\/)?schema\.org\//i, '').toLowerCase()));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
