import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { collectAllText } from '../../utils/extract/all-text';
import { extractArticle } from '../../utils/extract/article';

/** The sample RFE/RL-like article the end-to-end tests open, and edited versions of it, as a newsroom would edit it. */
export const SAMPLE_HTML = readFileSync(new URL('../fixtures/pages/sample-article.html', import.meta.url), 'utf8');

export type Edit = (doc: Document) => void;

/** The sample page with edits applied to its DOM, serialized. */
export function sampleVersion(...edits: Edit[]): string {
  const dom = new JSDOM(SAMPLE_HTML);
  for (const edit of edits) edit(dom.window.document);
  const html = dom.serialize();
  dom.window.close();
  return html;
}

/** The texts the content script reads: the article, and the whole page's text. */
export function pageTexts(html: string): { article: string; page: string } {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  const texts = { article: extractArticle(doc).text, page: collectAllText(doc.body).text };
  dom.window.close();
  return texts;
}

function paragraph(doc: Document, containing: string): HTMLParagraphElement {
  const p = [...doc.querySelectorAll('p')].find((el) => el.textContent?.includes(containing));
  if (!p) throw new Error(`no paragraph holds ${containing}`);
  return p;
}

export const replaceText =
  (from: string, to: string): Edit =>
  (doc) => {
    const p = paragraph(doc, from);
    p.innerHTML = p.innerHTML.replace(from, to);
  };

export const deleteParagraph =
  (containing: string): Edit =>
  (doc) =>
    paragraph(doc, containing).remove();

export const insertParagraphBefore =
  (containing: string, text: string): Edit =>
  (doc) => {
    const p = doc.createElement('p');
    p.textContent = text;
    const at = paragraph(doc, containing);
    at.parentNode!.insertBefore(p, at);
  };

export const duplicateParagraph =
  (containing: string): Edit =>
  (doc) => {
    const p = paragraph(doc, containing);
    p.after(p.cloneNode(true));
  };

export const moveParagraphToEnd =
  (containing: string): Edit =>
  (doc) => {
    const p = paragraph(doc, containing);
    p.parentNode!.appendChild(p);
  };

/** The scenarios on the sample article. */
export const VERSIONS = {
  /** A corrected figure, same length (as 3,000 → 4,000), and one that shortens the text after it. */
  figureEdited: [replaceText('about 1,200 casualties', 'about 1,400 casualties'), replaceText('12.5 percent', '13 percent')],
  /** The paragraph holding Peskov's "said". */
  paragraphDeleted: [deleteParagraph('Dmitry Peskov')],
  /** A new first paragraph with a "said" and a figure of its own. */
  paragraphInserted: [insertParagraphBefore('15,000 to 20,000', 'Regional governor Ivan Fedorov said 4,750 homes were left without power after the strike.')],
  /** Both paragraphs holding annotated figures (1,200 casualties, 2,300 residents). */
  figureParagraphsDeleted: [deleteParagraph('1,200 casualties'), deleteParagraph('2,300 residents')],
} satisfies Record<string, Edit[]>;
