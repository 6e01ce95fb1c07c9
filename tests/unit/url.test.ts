import { afterEach, describe, expect, it, vi } from 'vitest';
import { isScannableUrl, normalizePageUrl, sameSite } from '../../utils/url';

describe('normalizePageUrl', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('drops the fragment and tracking parameters, keeps meaningful ones in a stable order', () => {
    expect(normalizePageUrl('https://WWW.RFERL.org/a/story/33.html?utm_source=tw&b=2&fbclid=x&a=1#comments')).toBe(
      'https://www.rferl.org/a/story/33.html?a=1&b=2',
    );
  });
  it('drops the question mark when only tracking parameters were there', () => {
    expect(normalizePageUrl('https://example.org/a?utm_medium=email&fbclid=1')).toBe('https://example.org/a');
  });
  it('works without URLSearchParams iteration, which Firefox content scripts lack', () => {
    // There, `url.searchParams.keys()` is "not iterable" (an Xray-wrapped page iterator).
    vi.stubGlobal(
      'URL',
      class extends URL {
        override get searchParams(): URLSearchParams {
          throw new TypeError('url.searchParams.keys() is not iterable');
        }
      },
    );
    expect(normalizePageUrl('https://example.org/a?utm_source=x&b=2&a=1')).toBe('https://example.org/a?a=1&b=2');
  });
  it('leaves a clean URL as it is', () => {
    expect(normalizePageUrl('http://127.0.0.1:8080/article.html')).toBe('http://127.0.0.1:8080/article.html');
  });
});

describe('isScannableUrl', () => {
  it('accepts web pages only', () => {
    expect(isScannableUrl('https://example.org/')).toBe(true);
    expect(isScannableUrl('chrome-extension://abc/popup.html')).toBe(false);
    expect(isScannableUrl('file:///tmp/a.html')).toBe(false);
    expect(isScannableUrl('not a url')).toBe(false);
  });
});

describe('same site', () => {
  it('groups a news site’s hosts and keeps other sites apart', () => {
    expect(sameSite('https://www.theguardian.com/a', 'https://amp.theguardian.com/a')).toBe(true);
    expect(sameSite('https://www.bbc.co.uk/news/1', 'https://bbc.co.uk/news/1')).toBe(true);
    expect(sameSite('https://www.bbc.co.uk/news/1', 'https://evil.co.uk/news/1')).toBe(false);
    expect(sameSite('https://www.rferl.org/a/1.html', 'https://rferl.org.evil.example/a/1.html')).toBe(false);
    expect(sameSite('http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/b')).toBe(true);
    expect(sameSite('not a url', 'https://x.org')).toBe(false);
  });
});
