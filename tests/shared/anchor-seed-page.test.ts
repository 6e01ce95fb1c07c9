import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchorAnnotations, anchorTarget } from '../../utils/anchor/anchor-states';
import { describeSpan } from '../../utils/anchor/selectors';
import { collectText, extractArticle } from '../../utils/extract/article';
import type { Target } from '../../utils/model/annotation';
import { sharedDir } from '../support/shared-dir';

// Issue 6, as reported, on the shared RFE/RL seed page: a verdict must never move silently onto other words.
const html = readFileSync(sharedDir('pages', 'rferl-kim-drones.html'), 'utf8');

function texts(edit: (doc: Document) => void = () => {}): { article: string; page: string } {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  edit(doc);
  const out = { article: extractArticle(doc).text, page: collectText(doc.body).text };
  dom.window.close();
  return out;
}
const paragraph = (doc: Document, containing: string): HTMLParagraphElement => {
  const p = [...doc.querySelectorAll('p')].find((el) => el.textContent?.includes(containing));
  if (!p) throw new Error(`no paragraph holds ${containing}`);
  return p;
};
const original = texts().article;
const target = (phrase: string, sub = phrase): Target => {
  const start = original.indexOf(phrase) + phrase.indexOf(sub);
  expect(start).toBeGreaterThanOrEqual(phrase.indexOf(sub));
  return describeSpan(original, start, start + sub.length);
};
const A = {
  additional: target('an additional 3,000 troops', '3,000'), // "Accurate"
  someOrMore: target('some 3,000 or more'),
  leeSaid: target('Lee Sung Joon said', 'said'), // "False"
  strong: target('11,000-strong'),
};

describe('issue 6 on rferl-kim-drones.html', () => {
  it('3,000 → 4,000: the annotation is changed, with the diff; it is not shown as a match on "4,000"', () => {
    const { article } = texts((doc) => {
      const p = paragraph(doc, 'an additional 3,000');
      p.innerHTML = p.innerHTML.replace('an additional 3,000', 'an additional 4,000');
    });
    const start = article.indexOf('4,000');
    expect(anchorTarget(article, A.additional)).toEqual({ state: 'changed', start, end: start + 5, text: '4,000', diff: [{ op: 'removed', text: '3,000' }, { op: 'added', text: '4,000' }] });
    expect(anchorTarget(article, A.someOrMore)).toMatchObject({ state: 'exact', text: 'some 3,000 or more' });
  });

  it('the paragraph with Lee Sung Joon’s "said" deleted: the False verdict is an orphan, not on another "said"', () => {
    const edited = texts((doc) => paragraph(doc, 'Lee Sung Joon').remove());
    expect(edited.article).toContain(' said');
    expect(anchorAnnotations([edited.article, edited.page], [{ target: A.leeSaid }])).toEqual([{ state: 'orphan' }]);
  });

  it('both annotated figure paragraphs deleted: both are orphans, neither jumps to "11,000-strong"', () => {
    const edited = texts((doc) => {
      paragraph(doc, 'an additional 3,000').remove();
      paragraph(doc, 'some 3,000 or more').remove();
    });
    const [additional, someOrMore, strong, leeSaid] = anchorAnnotations(
      [edited.article, edited.page],
      [A.additional, A.someOrMore, A.strong, A.leeSaid].map((target) => ({ target })),
    );
    expect(additional).toEqual({ state: 'orphan' });
    expect(someOrMore).toEqual({ state: 'orphan' });
    expect(strong).toMatchObject({ state: 'moved', textIndex: 0, text: '11,000-strong' });
    expect(leeSaid).toMatchObject({ state: 'moved', textIndex: 0, text: 'said' });
  });
});
