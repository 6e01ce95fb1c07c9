/**
 * Re-anchors the annotations of a Claimlens JSON export on saved pages, with
 * the code the content script uses:
 *   npm run --silent anchor -- EXPORT.json PAGE.html[.gz]...
 * One JSON line per page:
 *   {"file": ..., "annotations": [{"id", "state": "exact|moved|changed|orphan", "text"?, "diff"?}]}
 * `text` is what the annotation now covers (absent for an orphan); `diff`, for
 * a changed one, is the word diff of the stored quote and that text. Each
 * page's article text is read with extractArticle; annotations not found
 * there are also looked for in the whole page's text (collectAllText(body)), as the
 * page scanner does.
 * An unreadable export stops everything; an unreadable page is skipped;
 * either is reported on stderr and makes the exit status 1.
 */
import { readFileSync } from 'node:fs';
import { anchorAnnotations, type AnnotationAnchor } from '../utils/anchor/anchor-states';
import type { DiffPart } from '../utils/anchor/word-diff';
import { parseEnvelope } from '../utils/export/envelope';
import { collectAllText } from '../utils/extract/all-text';
import { extractArticle } from '../utils/extract/article';
import type { Annotation } from '../utils/model/annotation';
import { parseSavedPage, readSavedPage } from './lib/saved-page';

interface AnchorLine {
  id: string;
  state: AnnotationAnchor['state'];
  text?: string;
  diff?: DiffPart[];
}

/** The texts the content script anchors in, in its order: the article, then the whole page. */
function pageTexts(file: string): string[] {
  const dom = parseSavedPage(readSavedPage(file));
  try {
    const doc = dom.window.document;
    return [extractArticle(doc).text, collectAllText(doc.body ?? doc.documentElement).text];
  } finally {
    dom.window.close();
  }
}

function anchorLines(texts: string[], annotations: Annotation[]): AnchorLine[] {
  const anchors = anchorAnnotations(texts, annotations);
  return annotations.map(({ id }, i) => {
    const anchor = anchors[i];
    if (anchor.state === 'orphan') return { id, state: 'orphan' };
    return anchor.state === 'changed' ? { id, state: anchor.state, text: anchor.text, diff: anchor.diff } : { id, state: anchor.state, text: anchor.text };
  });
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function main(argv: string[]): number {
  const [exportFile, ...pages] = argv;
  if (!exportFile || pages.length === 0) {
    process.stderr.write('usage: npm run --silent anchor -- EXPORT.json PAGE.html[.gz]...\n');
    return 2;
  }
  let annotations: Annotation[];
  try {
    annotations = parseEnvelope(readFileSync(exportFile, 'utf8')).annotations;
  } catch (error) {
    process.stderr.write(`anchor: cannot read the export ${exportFile}: ${message(error)}\n`);
    return 1;
  }
  let failed = false;
  for (const file of pages) {
    let texts: string[];
    try {
      texts = pageTexts(file);
    } catch (error) {
      failed = true;
      process.stderr.write(`anchor: cannot read the page ${file}: ${message(error)}\n`);
      continue;
    }
    process.stdout.write(JSON.stringify({ file, annotations: anchorLines(texts, annotations) }) + '\n');
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
