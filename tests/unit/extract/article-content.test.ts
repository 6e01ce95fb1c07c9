// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/article';
import { GENERIC_NEWS, parseHtml, RFERL_LIKE } from './fixtures';

describe('extractArticle: what is article text', () => {
  const article = extractArticle(parseHtml(RFERL_LIKE));
  const { text } = article;

  it('keeps the body paragraphs and quotes; the headline is the title, not part of the story', () => {
    expect(text.startsWith('The coast guard said on Tuesday')).toBe(true);
    expect(text).not.toContain('Lighthouse Keepers Return To Island Stations');
    expect(article.title).toBe('Lighthouse Keepers Return To Island Stations');
    expect(article.isArticle).toBe(true);
    expect(text).toContain('The coast guard said on Tuesday that it would staff 12 remote lighthouses again');
    expect(text).toContain('Officials said some 3,000 troops and volunteers had helped repair the towers');
    expect(text).toContain('“We saw ships come too close to the rocks,” said harbor master Lena Vik');
    expect(text).toContain('The first keepers will arrive in May');
    expect(text).toContain('Local fishermen welcomed the news.');
  });

  it('leaves out navigation, breaking-news bar, video block, font-size tools, share bar, author box and legal notice', () => {
    for (const chrome of [
      'Skip to main content', 'Breaking News', 'Storm closes harbor', 'Economy', 'Search',
      '0:00 0:02:23 0:00', 'please wait', 'No media source', 'Watch: Keepers Climb',
      'XS SM MD LG', 'Print', 'Share on Facebook', 'is a correspondent who has reported',
      'undesirable organization', 'could face fines', 'Copyright notice',
    ]) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  it('leaves out script, style, noscript, template, svg and hidden content', () => {
    for (const hidden of [
      'dataLayer', 'font-size: 18px', 'script text is not article text', 'Enable JavaScript', 'Template paragraph',
      'Chart label', 'This hidden paragraph', 'Invisible tracking text', 'Decorative icon label',
    ]) {
      expect(text, hidden).not.toContain(hidden);
    }
  });

  it('separates blocks with blank lines and keeps inline markup on one line', () => {
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain(
      'Officials said some 3,000 troops and volunteers had helped repair the towers, and that the work cost about $4.5 million, according to a budget report.',
    );
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).not.toMatch(/^\s|\s$/);
  });

  it('reports the article root, language and title', () => {
    expect(article.root?.contains(article.segments[1].node)).toBe(true);
    expect(article.lang).toBe('en');
    expect(article.title).toBe('Lighthouse Keepers Return To Island Stations');
  });

  it('finds the story among sidebars, related links, comments and a cookie banner', () => {
    const generic = extractArticle(parseHtml(GENERIC_NEWS));
    expect(generic.text).toContain('The city\'s main bridge reopened on Monday after 18 months of repairs');
    expect(generic.text).toContain('"This bridge carries 60,000 vehicles a day," the transport minister said.');
    expect(generic.text).toContain('a separate lane for bicycles on the northern side');
    expect(generic.text).toContain('sales fell by a third during the closure');
    for (const chrome of ['We use cookies', 'Politics', 'Most read', 'Five things to know', 'Steel prices hit record high', 'Great news, finally', 'Imprint']) {
      expect(generic.text, chrome).not.toContain(chrome);
    }
    expect(generic.lang).toBe('de');
    expect(generic.title).toBe('Bridge reopens after repairs');
  });

  it('falls back to the readable blocks of the body when no article stands out', () => {
    const doc = parseHtml(`<body><nav><a href="/">Home</a></nav><div>Short note about the weather: rain, 12 degrees.</div><footer>Footer</footer></body>`);
    const result = extractArticle(doc);
    expect(result.text).toBe('Short note about the weather: rain, 12 degrees.');
  });
});

describe('extractArticle on short pages', () => {
  it('prefers the page\'s own content marking when nothing scores as prose', () => {
    const doc = parseHtml(
      '<body><div class="top">Site name</div><main><div itemprop="articleBody">Rates: 4% up.</div><div>Ad slot</div></main><div>Other</div></body>',
    );
    const result = extractArticle(doc);
    expect(result.text).toBe('Rates: 4% up.');
    expect(result.root?.getAttribute('itemprop')).toBe('articleBody');
  });

  it('drops a player bar of time codes even without telling class names', () => {
    const doc = parseHtml(`<article>
      <p>The council voted 7 to 2 on Tuesday to close the old harbor road to trucks, starting next spring.</p>
      <div><div><span>0:00</span> / <span>2:23</span></div></div>
      <p>Residents had collected 1,200 signatures for the ban, the mayor's office said in a statement.</p></article>`);
    const { text } = extractArticle(doc);
    expect(text).toContain('voted 7 to 2');
    expect(text).toContain('1,200 signatures');
    expect(text).not.toContain('2:23');
  });
});

describe('tables', () => {
  it('keeps a data table inside the article, one cell per line', () => {
    const doc = parseHtml(`<article>
      <p>Turnout rose in every district, the electoral commission said on Monday, with the largest gain in the north of the country.</p>
      <table><tr><th>District</th><th>Turnout</th></tr><tr><td>North</td><td>71%</td></tr><tr><td>South</td><td>64%</td></tr></table>
      <p>Officials said the higher figures reflected longer opening hours and the new postal voting rules introduced last year.</p>
    </article>`);
    const { text } = extractArticle(doc);
    expect(text).toContain('District\nTurnout');
    expect(text).toContain('North\n71%');
  });
});
