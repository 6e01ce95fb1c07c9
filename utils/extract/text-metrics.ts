/** Character classes shared by the scoring pass and the text builder. */

/** HTML whitespace plus no-break space: both collapse to one space when rendered between words. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160;
}

/** Commas in the scripts Readability counts (Latin, Arabic, CJK full-width, ...). */
function isComma(code: number): boolean {
  return (
    code === 0x2c || code === 0x60c || code === 0xfe50 || code === 0xfe10 || code === 0xfe11 ||
    code === 0x2e41 || code === 0x2e34 || code === 0x2e32 || code === 0xff0c
  );
}

/**
 * Length of `data` with whitespace runs counted as one character (what
 * Readability's getInnerText measures), and its comma count. `out` avoids
 * allocating per text node.
 */
export function measure(data: string, out: { length: number; commas: number }): void {
  let length = 0;
  let commas = 0;
  // Leading whitespace is not counted and a run counts once when a word follows it,
  // so whitespace-only nodes between blocks measure 0.
  let pendingSpace = false;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
    if (isComma(c)) commas++;
  }
  out.length = length;
  out.commas = commas;
}
