import {
  breakLevel, classWeight, hasChromeRole, isChromeTag, isNeverText, isUnlikely, looksLikeByline, looksLikeShare, matchString,
} from './dom-rules';
import { linkDensity, type ElementStats, type ExtractFlags, type Scan } from './scan';
import { TextBuilder } from './text-builder';
import { walk } from './walk';

const SHARE_MAX_TEXT = 500;
const BYLINE_MAX_TEXT = 100;
const CONDITIONAL = new Set(['div', 'table', 'ul', 'ol', 'form', 'fieldset', 'section']);
const AD_OR_LOADING = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|(loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;

/**
 * Writes the readable text of `parts` (in document order) into `out`,
 * dropping what Readability's cleanup drops inside an article: chrome,
 * share bars, bylines, and blocks that look like link lists, widgets or
 * media rather than prose.
 */
export function collectParts(parts: Node[], result: Scan, out: TextBuilder): void {
  const { stats, flags } = result;
  let figureDepth = 0;
  let dataTableDepth = 0;
  let codeDepth = 0;
  const keptTables: boolean[] = [];

  for (const part of parts) {
    if (part.nodeType === 3) {
      out.addText(part as Text);
      continue;
    }
    if (part.nodeType === 1 && isNeverText(part as Element)) continue;
    out.breakLine(2);
    walk(part, {
      enter(el) {
        const tag = el.localName;
        if (tag === 'figure') figureDepth++;
        else if (tag === 'code' || tag === 'pre') codeDepth++;
        const level = breakLevel(tag);
        if (level) out.breakLine(level);
        const s = stats.get(el);
        const drop = !s || s.pruned || shouldDrop(el, tag, s, flags, figureDepth > 0, dataTableDepth > 0 || codeDepth > 0);
        if (tag === 'table') {
          const data = !drop && isDataTable(el, s!);
          keptTables.push(data);
          if (data) dataTableDepth++;
        }
        return !drop;
      },
      exit(el) {
        const tag = el.localName;
        if (tag === 'figure') figureDepth--;
        else if (tag === 'code' || tag === 'pre') codeDepth--;
        else if (tag === 'table' && keptTables.pop()) dataTableDepth--;
        const level = breakLevel(tag);
        if (level) out.breakLine(level);
      },
      text(node) {
        out.addText(node);
      },
    });
    out.breakLine(2);
  }
}

function shouldDrop(el: Element, tag: string, s: ElementStats, flags: ExtractFlags, inFigure: boolean, protectedArea: boolean): boolean {
  if (isChromeTag(el) || (flags.stripUnlikely && hasChromeRole(el))) return true;
  const match = matchString(el);
  if (flags.stripUnlikely && !protectedArea && isUnlikely(el, match)) return true;
  if ((tag === 'h1' || tag === 'h2') && flags.weightClasses && classWeight(el) < 0) return true;
  if (match && looksLikeShare(match) && s.text < SHARE_MAX_TEXT) return true;
  if (match && looksLikeByline(el, match) && s.text < BYLINE_MAX_TEXT) return true;
  if (flags.cleanConditionally && !protectedArea && CONDITIONAL.has(tag)) return looksLikeClutter(el, tag, s, flags, inFigure);
  return false;
}

/** Readability's _cleanConditionally, from counts gathered by the scan. */
function looksLikeClutter(el: Element, tag: string, s: ElementStats, flags: ExtractFlags, inFigure: boolean): boolean {
  if (tag === 'table' && isDataTable(el, s)) return false;
  const isList = tag === 'ul' || tag === 'ol' || (s.text > 0 && s.listText / s.text > 0.9);
  const weight = flags.weightClasses ? classWeight(el) : 0;
  if (weight < 0) return true;
  if (s.commas >= 10) return false;
  const p = s.p;
  const img = s.img;
  const li = s.li - 100;
  const headingDensity = s.text > 0 ? s.headingText / s.text : 0;
  const density = linkDensity(s);
  const length = s.text;
  if (length < 40 && AD_OR_LOADING.test((el.textContent ?? '').trim())) return true;
  return (
    (img > 1 && p / img < 0.5 && !inFigure) ||
    (!isList && li > p) ||
    ((tag === 'form' || tag === 'fieldset') && s.input > Math.floor(p / 3)) ||
    (!isList && headingDensity < 0.9 && length < 25 && (img === 0 || img > 2) && !inFigure) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (s.embed === 1 && length < 75) ||
    s.embed > 1
  );
}

/** Tables of data (headers, captions, or many cells) are article content, not layout. */
function isDataTable(el: Element, s: ElementStats): boolean {
  if (el.getAttribute('role') === 'presentation' || el.getAttribute('datatable') === '0') return false;
  if (el.hasAttribute('summary') || s.th > 0) return true;
  if (s.tables > 0) return false;
  return s.tr >= 10 || s.cells > 10;
}
