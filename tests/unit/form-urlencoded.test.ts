import { describe, expect, it } from 'vitest';
import { parseQuery, serializeQuery, sortQuery } from '../../utils/form-urlencoded';

// Node's URLSearchParams is the reference: the hand-written parser must agree with it exactly,
// so page URLs normalised before this change keep finding their annotations.
const QUERIES = [
  '?a=1&b=2',
  'b=2&a=1&a=0',
  '?q=hello+world&x=%20y',
  '?name=%D0%9A%D0%B8%D1%97%D0%B2&z=Київ',
  '?flag&empty=&=novalue&&',
  '?bad=%E0%A4%A&pct=100%&lone=%ZZ',
  "?chars=!'()~*-._&sym=a%2Bb%26c%3Dd",
  '?emoji=%F0%9F%98%80&raw=😀',
  '?B=1&a=2&A=3&b=4',
];

describe('form-urlencoded query strings', () => {
  it.each(QUERIES)('parses %s as URLSearchParams does', (query) => {
    expect(parseQuery(query)).toEqual([...new URLSearchParams(query)]);
  });

  it.each(QUERIES)('sorts and serializes %s as URLSearchParams does', (query) => {
    const reference = new URLSearchParams(query);
    reference.sort();
    expect(serializeQuery(sortQuery(parseQuery(query)))).toBe(reference.toString());
  });

  it('keeps pairs with equal names in their original order when sorting', () => {
    expect(sortQuery([['b', '1'], ['a', '2'], ['b', '0']])).toEqual([['a', '2'], ['b', '1'], ['b', '0']]);
  });
});
