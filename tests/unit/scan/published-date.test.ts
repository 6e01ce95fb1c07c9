// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normalizeDate, readPublishedDate } from '../../../utils/scan/published-date';
import { readPageInfo } from '../../../utils/scan/page-info';

function page(head: string, body = ''): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readPublishedDate', () => {
  it('takes the Article node of a JSON-LD @graph over other nodes and over meta tags', () => {
    const doc = page(
      jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', datePublished: '2020-01-01' }, { '@type': ['NewsArticle'], datePublished: '2025-03-28T10:00:00+02:00' }] }) +
        '<meta property="article:published_time" content="2024-01-01">',
    );
    expect(readPublishedDate(doc)).toBe('2025-03-28T08:00:00.000Z');
  });

  it('falls back to meta tags, then to a <time> that is not an update time', () => {
    expect(readPublishedDate(page('<meta property="article:published_time" content="2019-11-18T17:19:53Z">'))).toBe('2019-11-18T17:19:53.000Z');
    expect(readPublishedDate(page('<meta name="pdate" content="20191119">'))).toBe('2019-11-19');
    expect(readPublishedDate(page('', '<time class="updated" datetime="2018-10-05T08:15:05+00:00"></time><time datetime="2018-10-01">1 Oct</time>'))).toBe('2018-10-01');
    expect(readPublishedDate(page('', '<time datetime="2019-11-18 17:19:53 GMT">x</time>'))).toBe('2019-11-18T17:19:53.000Z');
  });

  it('ignores malformed JSON-LD, impossible dates and ambiguous forms, and says nothing rather than guess', () => {
    const doc = page('<script type="application/ld+json">{ not json</script><meta name="date" content="03/04/2025">', '<time datetime="2025-02-30">x</time><p>Published 28 March 2025</p>');
    expect(readPublishedDate(doc)).toBeUndefined();
  });

  it('keeps only the day of a time given without a zone (the publisher’s local time is unknown)', () => {
    expect(normalizeDate('2025-03-28T23:30:00')).toBe('2025-03-28');
    expect(normalizeDate(' 2025-03-28 ')).toBe('2025-03-28');
    expect(normalizeDate('2025-03-28T23:30:00-0500')).toBe('2025-03-29T04:30:00.000Z');
    expect(normalizeDate('1850-01-01')).toBeUndefined();
    expect(normalizeDate('yesterday')).toBeUndefined();
  });

  it('is carried in the page identity stored with each annotation', () => {
    const doc = page('<title>Kim</title><meta property="article:published_time" content="2025-03-28">');
    expect(readPageInfo(doc).publishedAt).toBe('2025-03-28');
    expect(readPageInfo(page('<title>Kim</title>'))).not.toHaveProperty('publishedAt');
  });
});

describe('dates written with English month names', () => {
  it('reads the day and leaves out times whose zone names are ambiguous', () => {
    expect(normalizeDate('19 Nov 2019 07:09 GMT')).toBe('2019-11-19');
    expect(normalizeDate('November 19, 2019, 07:47 PM EST')).toBe('2019-11-19');
    expect(normalizeDate('01:38:07 PM IST Nov 20, 2019')).toBe('2019-11-20');
    expect(normalizeDate('2019/11/19')).toBe('2019-11-19');
    expect(normalizeDate('Novelty 19, 2019')).toBeUndefined();
    expect(normalizeDate('31 Feb 2019')).toBeUndefined();
  });

  it('finds a publisher-specific meta name, but not the publisher', () => {
    expect(readPublishedDate(page('<meta property="article:publisher" content="2019/11/18"><meta name="sn-post-date" content="2019/11/19">'))).toBe('2019-11-19');
  });
});
