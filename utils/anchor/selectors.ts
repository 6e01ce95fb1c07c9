import type { Target } from '../model/annotation';

export const CONTEXT_LENGTH = 32;

/** W3C selectors for text[start, end): the quote with 32 characters of context either side, and its position. */
export function describeSpan(text: string, start: number, end: number): Target {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
