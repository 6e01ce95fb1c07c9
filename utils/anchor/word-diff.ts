/**
 * Word diff of an annotated quote and the text now at its place:
 * "an additional 3,000" → "an additional 4,000" gives
 * [{op:'same', text:'an additional '}, {op:'removed', text:'3,000'}, {op:'added', text:'4,000'}].
 * Concatenating the same + removed parts gives the old text, same + added the new one.
 */
export type DiffOp = 'same' | 'removed' | 'added';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

// A word keeps its inner punctuation: "3,000", "11,000-strong", "12.5", "Ukraine's" are one token each.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[.,'’\-][\p{L}\p{N}\p{M}]+)*|\s+|[^\s\p{L}\p{N}\p{M}]/gu;
/** Above this many token pairs the middle is shown as one replacement rather than diffed (quadratic table). */
const MAX_CELLS = 250_000;

function tokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

const isBlank = (t: string): boolean => t.trim() === '';
const sameToken = (a: string, b: string): boolean => a === b || (isBlank(a) && isBlank(b));

export function wordDiff(oldText: string, newText: string): DiffPart[] {
  const a = tokens(oldText);
  const b = tokens(newText);
  let head = 0;
  while (head < a.length && head < b.length && sameToken(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && sameToken(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const parts: DiffPart[] = [];
  push(parts, 'same', b.slice(0, head).join(''));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const part of diffMiddle(midA, midB)) push(parts, part.op, part.text);
  push(parts, 'same', b.slice(b.length - tail).join(''));
  return tidy(parts);
}

/** Longest common subsequence of tokens; a plain replacement when the table would be too big. */
function diffMiddle(a: string[], b: string[]): DiffPart[] {
  if (a.length * b.length > MAX_CELLS || a.length === 0 || b.length === 0) {
    return [
      { op: 'removed', text: a.join('') },
      { op: 'added', text: b.join('') },
    ];
  }
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = sameToken(a[i], b[j]) ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (sameToken(a[i], b[j])) {
      out.push({ op: 'same', text: b[j] });
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) out.push({ op: 'removed', text: a[i++] });
    else out.push({ op: 'added', text: b[j++] });
  }
  while (i < a.length) out.push({ op: 'removed', text: a[i++] });
  while (j < b.length) out.push({ op: 'added', text: b[j++] });
  return out;
}

/** Appends, merging with the last part when it has the same op. */
function push(parts: DiffPart[], op: DiffOp, text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

/**
 * Readable groups: a space (or lone punctuation) kept between two changes
 * joins them, and each group of changes reads as one removed then one added
 * part ("3,000 troops" → "4,000 soldiers", not word by word).
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = (): void => {
    push(out, 'removed', removed);
    push(out, 'added', added);
    removed = added = '';
  };
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const inGroup = removed !== '' || added !== '';
    // Parts are merged, so a same part that is not last is followed by a change.
    const glue = part.op === 'same' && inGroup && k + 1 < parts.length && /^[\s\p{P}]{0,2}$/u.test(part.text);
    if (part.op === 'removed' || glue) removed += part.text;
    if (part.op === 'added' || glue) added += part.text;
    if (part.op === 'same' && !glue) {
      flush();
      push(out, 'same', part.text);
    }
  }
  flush();
  return out;
}
