/**
 * Text shapes that made the detector quadratic or produced non-finite
 * figures (issue 11): unspaced runs of figures, digits joined by invisible or
 * combining characters, space-like separators, endless words and sentences,
 * dense cues and number words, in the three scripts. One list for the unit
 * tests, the claims CLI test and `npm run bench -- hostile`.
 */
export interface HostileShape {
  name: string;
  /** The unit repeated to the wanted length. */
  unit: string;
  /** The language to read it in (the detector guesses otherwise). */
  lang?: 'en' | 'ru' | 'uk';
}

export const HOSTILE_SHAPES: HostileShape[] = [
  { name: '$1 repeated', unit: '$1' },
  { name: '(1 repeated', unit: '(1' },
  { name: '1, repeated', unit: '1,' },
  { name: '1. repeated', unit: '1.' },
  { name: '"1 repeated', unit: '"1' },
  { name: '+1 repeated', unit: '+1' },
  { name: '1% repeated', unit: '1%' },
  { name: '1: repeated', unit: '1:' },
  { name: '1- repeated', unit: '1-' },
  { name: '1/ repeated', unit: '1/' },
  { name: '1e repeated', unit: '1e' },
  { name: 'digits + ZWJ', unit: '1\u200d' },
  { name: 'digits + combining acute', unit: '1\u0301' },
  { name: 'digits + NBSP', unit: '1\u00a0' },
  { name: 'digits + thin space', unit: '1\u2009' },
  { name: 'digits + narrow NBSP', unit: '1\u202f' },
  { name: 'digits + space (ru)', unit: '1 ', lang: 'ru' },
  { name: 'grouped digits + NBSP (ru)', unit: '000\u00a0', lang: 'ru' },
  { name: 'digits only', unit: '1234567890' },
  { name: 'letters without spaces', unit: 'abcdefghij' },
  { name: 'one very long word', unit: 'Supercalifragilistic' },
  { name: 'many short sentences', unit: 'A b. ' },
  { name: 'said said said', unit: 'said ' },
  { name: 'Officials said, "', unit: 'Officials said, "' },
  { name: 'according to', unit: 'according to ' },
  { name: 'x” said (closing quotes only)', unit: 'x” said ' },
  { name: '“x,” he said.', unit: '“x,” he said. ' },
  { name: 'Mr. said', unit: 'Mr. said ' },
  { name: 'thousand thousand', unit: 'thousand ' },
  { name: 'hundred hundred', unit: 'hundred ' },
  { name: 'two hundred and', unit: 'two hundred and ' },
  { name: 'заявил заявил', unit: 'заявил ', lang: 'ru' },
  { name: 'по словам', unit: 'по словам ', lang: 'ru' },
  { name: 'а» заявил', unit: 'а» заявил ', lang: 'ru' },
  { name: 'тысяча тысяча', unit: 'тысяча ', lang: 'ru' },
  { name: 'сто сто', unit: 'сто ', lang: 'ru' },
  { name: 'заявив заявив (uk)', unit: 'заявив ', lang: 'uk' },
  { name: 'тисяча тисяча (uk)', unit: 'тисяча ', lang: 'uk' },
  { name: '$1 million (ru)', unit: '$1 млн ', lang: 'ru' },
];

/** The shape's unit repeated to exactly `length` UTF-16 code units. */
export function hostileText(shape: HostileShape, length: number): string {
  return shape.unit.repeat(Math.ceil(length / shape.unit.length)).slice(0, length);
}
