import { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';
/**
 * Helpers that turn word lists (the lexicons are data tables) into one
 * precompiled alternation. Longest forms go first so that "more than" wins
 * over "more" and "тысячами" over "тысяча".
 */

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal forms; spaces in a form match any run of whitespace. */
export function alternation(forms: Iterable<string>): string {
  const unique = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return unique.map((form) => escapeRegex(form).replace(/ /g, '\\s+').replace(/['’]/g, "['’ʼ]")).join('|');
}

/**
 * Letters of the three scripts we read. JavaScript's `\b` only knows ASCII, so
 * word edges in Cyrillic text need explicit look-arounds built from this.
 */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁёІіЇїЄєҐґ';
export const WORD_START = `(?<![${LETTER}0-9])`;
export const WORD_END = `(?![${LETTER}0-9])`;

/** Lower-cased lookup that treats the apostrophe variants as one. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The same language as `alternation`, written as a prefix tree
 * ("t(?:wo|h(?:ree|irty))"): the regex engine then tests each first letter
 * once instead of once per word, which keeps the scans linear and fast.
 * Spaces match any whitespace run and apostrophes any apostrophe variant.
 */
export function trieAlternation(forms: Iterable<string>): string {
  return runToEnd(trieAlternationSteps(forms, NEVER_YIELD));
}

/** Forms added to the tree between two questions to `shouldYield`. */
const FORMS_PER_CHECK = 50;

/** `trieAlternation` as steps: the tree of a large lexicon (800 Russian cues) is built in pauses when `shouldYield` says so. */
export function* trieAlternationSteps(forms: Iterable<string>, shouldYield: ShouldYield): Steps<string> {
  const root: TrieNode = { children: new Map(), end: false };
  let added = 0;
  for (const form of new Set(forms)) {
    if (++added % FORMS_PER_CHECK === 0 && shouldYield()) yield;
    let node = root;
    for (const ch of form) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([ch, child]) => atom(ch) + emit(child));
    if (branches.length === 0) return '';
    // Longest first: a word that continues ("thousands") must win over its prefix ("thousand").
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${body})?`;
  };
  if (shouldYield()) yield;
  return emit(root);
}

function atom(ch: string): string {
  if (ch === ' ') return '\\s+';
  if (ch === "'" || ch === '’') return "['’ʼ]";
  return escapeRegex(ch);
}

const pairHeadsCache = new WeakMap<object, Set<string>>();

/**
 * The first words of the two-word (or longer) entries of a lexicon table,
 * computed once per table: a figure's context then builds the string
 * "word next" for a look-up only when a phrase can start with "word" (most
 * figures are followed by no such word, and the string was built for each).
 */
export function pairHeads(table: Set<string> | Map<string, unknown>): Set<string> {
  let heads = pairHeadsCache.get(table);
  if (!heads) {
    heads = new Set();
    for (const entry of table.keys()) {
      const space = entry.indexOf(' ');
      if (space > 0) heads.add(entry.slice(0, space));
    }
    pairHeadsCache.set(table, heads);
  }
  return heads;
}
