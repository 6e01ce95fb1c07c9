/**
 * Sentence starts of a text, found in one pass. A full stop ends a sentence
 * when the next word opens with a capital, a digit or a quote, unless the word
 * before it is an abbreviation ("Dr.", "U.S.", "Nov.", "Jr.") or an initial.
 * Line breaks always end a sentence: headlines and captions have no stop.
 */
// The look-behind lets only the first mark of a run ("......") start a match: keeps long runs linear. It sits
// after the first mark so that the engine can skip ahead to marks before testing anything else.
const SENTENCE_BREAK = /[.!?…](?<![.!?…][.!?…])[.!?…]*["”’»)]*\s+(?=["“‘«(]?[A-ZА-ЯЁІЇЄҐ0-9])|\n+/g;
const ABBREVIATION = /(?:^|[\s(])(?:[A-ZА-ЯЁІЇЄҐ]|[A-Z]\.[A-Z]|[a-z]\.[a-z]|St|vs|etc|approx|Gen|Gov|Sen|Rep|Col|Sgt|Capt|Lt|Prof|Dr|Mr|Mrs|Ms|Jr|Sr|Inc|Ltd|Corp|Co|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|т|г|гг|им|ул|тыс|млн|млрд|руб|грн|див|ім)$/;

export function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
    const next = m.index + m[0].length;
    if (m[0][0] === '.' && !m[0].includes('\n')) {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      // "U.S. officials" stays one sentence; "in the U.S. The next" cannot be told apart cheaply, so it stays too.
      if (ABBREVIATION.test(before) && !/[a-z]{4}$/.test(before)) continue;
    }
    starts.push(next);
  }
  return starts;
}

/** Index into `starts` of the sentence holding `offset` (binary search). */
export function sentenceIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
