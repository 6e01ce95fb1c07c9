// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectText, extractArticle, rangeForOffsets } from '../../../utils/extract/article';
import { parseHtml, RFERL_LIKE } from './fixtures';

describe('collectText on content added later', () => {
  it('collects a subtree with the same rules, offsets starting at 0', () => {
    const doc = parseHtml(RFERL_LIKE);
    const added = doc.createElement('div');
    added.innerHTML =
      '<p>Update: the agency later said <i>seven</i> more stations would reopen in 2026.</p>' +
      '<p hidden>Not shown</p><script>var x = "no";</script><div class="share"><a href="#">Share</a></div>' +
      '<p>Officials declined to give a cost estimate.</p>';
    doc.querySelector('.wsw')!.appendChild(added);
    const part = collectText(added);
    expect(part.text).toBe('Update: the agency later said seven more stations would reopen in 2026.\n\nOfficials declined to give a cost estimate.');
    expect(part.root).toBe(added);
    expect(part.segments[0].start).toBe(0);
    for (const s of part.segments) expect(part.text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeOffset, s.nodeOffset + s.end - s.start));
    const start = part.text.indexOf('said seven more');
    expect(rangeForOffsets(part, start, start + 'said seven more'.length)!.toString()).toBe('said seven more');
  });

  it('gives nothing for a late widget that is chrome, or content added inside a hidden container', () => {
    const doc = parseHtml(RFERL_LIKE);
    const widget = doc.createElement('div');
    widget.className = 'related-stories';
    widget.innerHTML = '<p>Another story about ships, with a long enough title to count as a paragraph.</p>';
    doc.querySelector('article')!.appendChild(widget);
    expect(collectText(widget).text).toBe('');
    const hidden = doc.querySelector('.secret')!;
    const late = doc.createElement('span');
    late.textContent = 'Late text in a hidden paragraph';
    hidden.appendChild(late);
    expect(collectText(late).text).toBe('');
    expect(collectText(late.firstChild!).text).toBe('');
  });

  it('collects a single text node, and nothing from hidden or script roots', () => {
    const doc = parseHtml('<p>Alpha <span hidden>beta</span></p><script>gamma()</script>');
    expect(collectText(doc.querySelector('p')!.firstChild!).text).toBe('Alpha');
    expect(collectText(doc.querySelector('span')!).text).toBe('');
    expect(collectText(doc.querySelector('script')!).text).toBe('');
  });
});

describe('hostile and odd input', () => {
  it('handles an empty document', () => {
    const empty = document.implementation.createHTMLDocument('');
    expect(extractArticle(empty)).toMatchObject({ text: '', segments: [] });
  });

  it('handles a document without body or without any element', () => {
    const xml = new DOMParser().parseFromString('<root><item>Text in XML</item></root>', 'application/xml');
    expect(() => extractArticle(xml)).not.toThrow();
    const bare = document.implementation.createDocument(null, null, null);
    expect(extractArticle(bare)).toMatchObject({ text: '', segments: [], root: null });
  });

  it('handles framesets', () => {
    const doc = parseHtml('<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(extractArticle(doc).text).toBe('');
  });

  it('treats markup-like strings in text as text', () => {
    const doc = parseHtml(
      '<article><p>The filter rejected &lt;script&gt;alert("x")&lt;/script&gt; in 3 of 4 tests, the report said on Monday.</p><p>Another paragraph with &lt;img src=x onerror=y&gt; as plain words, quoted from the advisory.</p></article>',
    );
    const { text } = extractArticle(doc);
    expect(text).toContain('The filter rejected <script>alert("x")</script> in 3 of 4 tests');
    expect(text).toContain('<img src=x onerror=y>');
    expect(doc.querySelectorAll('script').length).toBe(0);
  });

  // jsdom's parser is the slow part here, hence the modest depth and the longer timeout.
  it('survives very deep nesting without recursion', { timeout: 30_000 }, () => {
    const depth = 1500;
    const html = '<div>'.repeat(depth) + 'Deep text about 12 ships that reached the harbor after the storm.' + '</div>'.repeat(depth);
    const doc = parseHtml(html);
    expect(extractArticle(doc).text).toBe('Deep text about 12 ships that reached the harbor after the storm.');
  });

  it('never modifies the page', () => {
    const doc = parseHtml(RFERL_LIKE);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
