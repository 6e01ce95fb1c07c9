import { isArticleEntity, jsonLdBlocks, jsonLdEntities } from '../json-ld';

/**
 * When the page says its story was published, as an ISO date or date-time
 * (ClaimReview's itemReviewed.datePublished, W3C source.published).
 *
 * Only what the publisher declared is read, most explicit first: JSON-LD
 * (schema.org Article types), then the meta tags publishers and their CMSs
 * write, then a <time datetime> in the page that is not a "modified" time.
 * Nothing is guessed from the text: a wrong date in an export is worse than
 * none. A date is found on 145 of the 169 saved real pages; most of the
 * rest declare none at all (or only "0001-01-01", or only an update time).
 */

/** Other publishers' own names for the publication date ("sn-post-date", "publish_time"). */
const PUBLISHED_NAME = /(publish|pub[-_]?date|post[-_]?date)/i;

const META_SELECTORS = [
  'meta[property="article:published_time" i]',
  'meta[property="og:article:published_time" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="article:published_time" i]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="publish-date" i]',
  'meta[name="publication_date" i]',
  'meta[name="citation_publication_date" i]',
  'meta[name="dc.date.issued" i]',
  'meta[name="dcterms.issued" i]',
  'meta[name="dc.date" i]',
  'meta[name="sailthru.date" i]',
  'meta[name="parsely-pub-date" i]',
  'meta[name="pdate" i]',
  'meta[name="date" i]',
];

export function readPublishedDate(doc: Document = document): string | undefined {
  return fromJsonLd(doc) ?? fromMeta(doc) ?? fromTimeElement(doc);
}

/** The datePublished of the page's story entity, else of any of its entities (shared reader: utils/json-ld.ts). */
function fromJsonLd(doc: Document): string | undefined {
  let anyDate: string | undefined;
  for (const data of jsonLdBlocks(doc)) {
    for (const entity of jsonLdEntities(data)) {
      const date = typeof entity.datePublished === 'string' ? normalizeDate(entity.datePublished) : undefined;
      if (!date) continue;
      if (isArticleEntity(entity)) return date;
      anyDate ??= date;
    }
  }
  return anyDate;
}

function fromMeta(doc: Document): string | undefined {
  for (const selector of META_SELECTORS) {
    const date = normalizeDate(doc.querySelector(selector)?.getAttribute('content') ?? '');
    if (date) return date;
  }
  for (const meta of Array.from(doc.querySelectorAll('meta[content]')).slice(0, 300)) {
    const key = `${meta.getAttribute('name') ?? ''} ${meta.getAttribute('property') ?? ''}`;
    if (!PUBLISHED_NAME.test(key) || /publisher/i.test(key)) continue;
    const date = normalizeDate(meta.getAttribute('content') ?? '');
    if (date) return date;
  }
  return undefined;
}

function fromTimeElement(doc: Document): string | undefined {
  const declared = doc.querySelector('time[itemprop~="datePublished" i][datetime], time[pubdate][datetime]');
  const declaredDate = declared && normalizeDate(declared.getAttribute('datetime') ?? '');
  if (declaredDate) return declaredDate;
  for (const time of Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 50)) {
    // "Updated" times say when the page last changed, not when the story came out.
    if (/modif|updat/i.test(`${time.className} ${time.getAttribute('itemprop') ?? ''}`)) continue;
    const date = normalizeDate(time.getAttribute('datetime') ?? '');
    if (date) return date;
  }
  return undefined;
}

/**
 * An ISO date ("2025-03-28") or UTC date-time ("2025-03-28T08:00:00.000Z"),
 * or undefined when the text is not a plausible publication date. Only
 * unambiguous forms are read: ISO 8601, "2019-11-18 17:19:53 GMT",
 * "20191118", "2019/11/19", and English month names ("19 Nov 2019 07:09
 * GMT", "November 19, 2019, 07:47 PM EST": the day only, as zone names like
 * IST are ambiguous); never "03/04/2025".
 */
export function normalizeDate(raw: string): string | undefined {
  const text = raw.trim();
  const compact = /^(\d{4})\/?(\d{2})\/?(\d{2})$/.exec(text);
  if (compact) return validDay(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const named = namedMonthDay(text);
  if (named) return named;
  const parts = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2}|GMT|UTC)?)?$/i.exec(text);
  if (!parts) return undefined;
  const [, day, time, zone] = parts;
  if (!validDay(day)) return undefined;
  // A time without a zone is the publisher's local time, which we do not know: keep only the date.
  if (!time || !zone) return day;
  const offset = /^(GMT|UTC|Z)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const instant = Date.parse(`${day}T${time}${offset}`);
  return Number.isFinite(instant) ? new Date(instant).toISOString() : day;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 0–11 for a full English month name or its abbreviation ("Nov", "Sept"), else -1. */
function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((full) => full === lower || (lower.length >= 3 && lower.length <= 4 && full.startsWith(lower)));
}

/** "19 Nov 2019 …" or "November 19, 2019 …" (also after a time: "01:38:07 PM IST Nov 20, 2019"), as a day. */
function namedMonthDay(text: string): string | undefined {
  const dayFirst = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  const [day, monthName, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  if (!day || !monthName || !year) return undefined;
  const month = monthIndex(monthName);
  if (month < 0) return undefined;
  return validDay(`${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** The day itself when it exists in the calendar (Date.parse rolls "2025-02-30" over to March) and lies in 1900–2100. */
function validDay(day: string): string | undefined {
  const year = Number(day.slice(0, 4));
  const time = Date.parse(`${day}T00:00:00Z`);
  return year >= 1900 && year <= 2100 && Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === day ? day : undefined;
}
