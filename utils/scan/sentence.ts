/** Where a sentence ends: . ! ? … (with closing quotes/brackets) followed by a space, or a line break. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s+(?=["'“‘«(\[]?[\p{Lu}\d])|\n+/gu;

/**
 * The sentence that holds text[start, end), trimmed. Used to show a claim in
 * context and to store what the fact-checker saw. A claim that spans a
 * sentence end gets both sentences.
 */
export function sentenceAround(text: string, start: number, end: number, maxLength = 600): string {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = Math.max(0, start - maxLength);
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const boundary = m.index + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index >= end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  from = Math.max(from, start - maxLength);
  to = Math.min(to, end + maxLength);
  return text.slice(from, to).trim();
}
