import { describe, expect, it } from 'vitest';
import { anchorAnnotations, anchorTarget, type AnchorResult } from '../../utils/anchor/anchor-states';
import { describeSpan } from '../../utils/anchor/selectors';
import type { Target } from '../../utils/model/annotation';
import { VERSIONS, duplicateParagraph, insertParagraphBefore, moveParagraphToEnd, pageTexts, replaceText, sampleVersion, deleteParagraph, type Edit } from '../support/sample-versions';

const original = pageTexts(sampleVersion()).article;
const versionText = (...edits: Edit[]): string => pageTexts(sampleVersion(...edits)).article;

/** Selectors for `sub` inside the nth occurrence of `phrase` in `text`, as the popup stores them. */
function targetIn(text: string, phrase: string, sub = phrase, nth = 0): Target {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`${phrase} #${nth} not in text`);
  }
  const start = at + phrase.indexOf(sub);
  return describeSpan(text, start, start + sub.length);
}
const target = (phrase: string, sub = phrase, nth = 0): Target => targetIn(original, phrase, sub, nth);

// Annotations a fact-checker could have left on the sample article.
const A = {
  generalStaffSaid: target("Ukraine's General Staff said on", 'said'),
  peskovSaid: target('Dmitry Peskov said', 'said'),
  natoSaid: target('anonymity, said the real toll', 'said'),
  bankSaid: target('National Bank of Ukraine said', 'said'),
  officialsSaid: target('Local officials said', 'said'),
  casualties: target('about 1,200 casualties', '1,200'),
  casualtiesPhrase: target('about 1,200 casualties a day'),
  residents: target('2,300 residents', '2,300'),
  inflation: target('12.5 percent'),
  budget: target('$4.3 billion'),
  drones: target('at least 40 vehicles'),
  britishSentence: target('The British Defense Ministry assessed that Russia had suffered about 1,200 casualties a day in October'),
  firstSentence: target('Russia has moved an estimated 15,000 to 20,000 additional troops toward the southern Zaporizhzhia region'),
  textStart: target('Russia has moved', 'Russia'),
  lastWords: target('since September.'),
};
type Name = keyof typeof A;

function states(text: string, names: Name[]): Record<string, AnchorResult> {
  return Object.fromEntries(names.map((name) => [name, anchorTarget(text, A[name])]));
}
const at = (text: string, phrase: string, sub = phrase): { start: number; end: number; text: string } => {
  const start = text.indexOf(phrase) + phrase.indexOf(sub);
  return { start, end: start + sub.length, text: sub };
};

describe('anchor states on the sample article', () => {
  it('everything is exact on the unchanged page', () => {
    for (const [name, t] of Object.entries(A)) {
      expect(anchorTarget(original, t), name).toEqual({ state: 'exact', start: t.position.start, end: t.position.end, text: t.quote.exact });
    }
  });

  it('a corrected figure is changed, with its new text and a word diff; nothing jumps to another figure', () => {
    const text = versionText(...VERSIONS.figureEdited);
    const s = states(text, ['casualties', 'casualtiesPhrase', 'britishSentence', 'inflation', 'residents', 'officialsSaid', 'natoSaid', 'budget', 'peskovSaid']);
    expect(s.casualties).toEqual({ state: 'changed', ...at(text, 'about 1,400', '1,400'), diff: [{ op: 'removed', text: '1,200' }, { op: 'added', text: '1,400' }] });
    expect(s.casualtiesPhrase).toEqual({
      state: 'changed',
      ...at(text, 'about 1,400 casualties a day'),
      diff: [
        { op: 'same', text: 'about ' },
        { op: 'removed', text: '1,200' },
        { op: 'added', text: '1,400' },
        { op: 'same', text: ' casualties a day' },
      ],
    });
    expect(s.britishSentence).toMatchObject({ state: 'changed', text: 'The British Defense Ministry assessed that Russia had suffered about 1,400 casualties a day in October' });
    expect(s.inflation).toMatchObject({ state: 'changed', text: '13 percent', diff: [{ op: 'removed', text: '12.5' }, { op: 'added', text: '13' }, { op: 'same', text: ' percent' }] });
    // Same-length edit: what follows it is still in place; the shorter one shifts the rest.
    expect(s.natoSaid).toEqual({ state: 'exact', ...at(text, 'anonymity, said', 'said') });
    expect(s.budget).toEqual({ state: 'moved', ...at(text, '$4.3 billion') });
    expect(s.residents).toEqual({ state: 'moved', ...at(text, '2,300') });
    expect(s.officialsSaid).toEqual({ state: 'moved', ...at(text, 'Local officials said', 'said') });
    expect(s.peskovSaid).toMatchObject({ state: 'exact' });
  });

  it('a deleted paragraph orphans its "said"; the other ones stay on their own words', () => {
    const text = versionText(...VERSIONS.paragraphDeleted);
    expect(text).not.toContain('Peskov');
    const s = states(text, ['peskovSaid', 'generalStaffSaid', 'natoSaid', 'bankSaid', 'officialsSaid', 'drones', 'lastWords']);
    expect(s.peskovSaid).toEqual({ state: 'orphan' });
    expect(s.generalStaffSaid).toEqual({ state: 'exact', ...at(text, "General Staff said on", 'said') });
    expect(s.drones).toMatchObject({ state: 'exact' });
    expect(s.natoSaid).toEqual({ state: 'moved', ...at(text, 'anonymity, said', 'said') });
    expect(s.bankSaid).toEqual({ state: 'moved', ...at(text, 'National Bank of Ukraine said', 'said') });
    expect(s.officialsSaid).toEqual({ state: 'moved', ...at(text, 'Local officials said', 'said') });
    // The quote at the very end of the text (empty suffix) follows too.
    expect(s.lastWords).toEqual({ state: 'moved', ...at(text, 'since September.') });
  });

  it('an inserted paragraph moves everything after it and takes no annotation', () => {
    const text = versionText(...VERSIONS.paragraphInserted);
    const inserted = text.indexOf('Regional governor');
    for (const name of ['generalStaffSaid', 'peskovSaid', 'officialsSaid', 'casualties', 'residents', 'firstSentence', 'lastWords'] as Name[]) {
      const result = anchorTarget(text, A[name]);
      expect(result, name).toMatchObject({ state: 'moved', text: A[name].quote.exact });
      expect(result.state !== 'orphan' && result.start, name).toBe(A[name].position.start + (text.length - original.length));
      expect(result.state !== 'orphan' && result.start > inserted + 80, name).toBe(true);
    }
    // The text's first words (its headline is read apart) come after the inserted paragraph, and follow it.
    expect(anchorTarget(text, A.textStart)).toEqual({ state: 'moved', ...at(text, 'Russia has moved', 'Russia') });
  });

  it('deleting both annotated figure paragraphs orphans their figures; no verdict lands on another figure', () => {
    const text = versionText(...VERSIONS.figureParagraphsDeleted);
    const s = states(text, ['casualties', 'casualtiesPhrase', 'residents', 'britishSentence', 'natoSaid', 'officialsSaid', 'lastWords', 'inflation', 'budget']);
    for (const name of ['casualties', 'casualtiesPhrase', 'residents', 'britishSentence', 'natoSaid', 'officialsSaid', 'lastWords']) {
      expect(s[name], name).toEqual({ state: 'orphan' });
    }
    expect(s.inflation).toEqual({ state: 'moved', ...at(text, '12.5 percent') });
    expect(s.budget).toEqual({ state: 'moved', ...at(text, '$4.3 billion') });
  });

  it('a "said" whose own word changed is changed, not moved to another "said"', () => {
    const text = versionText(replaceText('Dmitry Peskov said last week', 'Dmitry Peskov says last week'));
    expect(anchorTarget(text, A.peskovSaid)).toEqual({ state: 'changed', ...at(text, 'Peskov says', 'says'), diff: [{ op: 'removed', text: 'said' }, { op: 'added', text: 'says' }] });
  });

  it('a "said" whose speaker was replaced is an orphan: the verdict was on another person’s words', () => {
    const text = versionText(replaceText('Kremlin spokesman Dmitry Peskov said', 'Foreign Ministry spokeswoman Maria Zakharova said'));
    expect(anchorTarget(text, A.peskovSaid)).toEqual({ state: 'orphan' });
  });

  it('a long sentence edited together with its context is found approximately and reported as changed', () => {
    const text = versionText(
      replaceText("Western estimates put Russia's losses far higher.", 'Other estimates differ.'),
      replaceText('about 1,200 casualties a day in October', 'about 1,500 casualties a day in November'),
    );
    expect(anchorTarget(text, A.britishSentence)).toMatchObject({
      state: 'changed',
      text: 'The British Defense Ministry assessed that Russia had suffered about 1,500 casualties a day in November',
      diff: [
        { op: 'same', text: 'The British Defense Ministry assessed that Russia had suffered about ' },
        { op: 'removed', text: '1,200' },
        { op: 'added', text: '1,500' },
        { op: 'same', text: ' casualties a day in ' },
        { op: 'removed', text: 'October' },
        { op: 'added', text: 'November' },
      ],
    });
  });

  it('a long sentence follows its paragraph to another place; its short neighbours follow too', () => {
    const text = versionText(moveParagraphToEnd('1,200 casualties'));
    expect(anchorTarget(text, A.britishSentence)).toEqual({ state: 'moved', ...at(text, 'The British Defense Ministry assessed that Russia had suffered about 1,200 casualties a day in October') });
    expect(anchorTarget(text, A.casualties)).toEqual({ state: 'moved', ...at(text, 'about 1,200', '1,200') });
    expect(anchorTarget(text, A.natoSaid)).toEqual({ state: 'moved', ...at(text, 'anonymity, said', 'said') });
  });

  it('a quote at the very start of the text (empty prefix) follows text inserted before it', () => {
    const text = 'Live updates. ' + original;
    expect(anchorTarget(text, A.textStart)).toEqual({ state: 'moved', start: 14, end: 20, text: 'Russia' });
    // ...but not onto another "Russia" when the first paragraph is gone.
    expect(anchorTarget(original.slice(original.indexOf('\n\n') + 2), A.textStart)).toEqual({ state: 'orphan' });
  });
});

describe('repeated identical sentences', () => {
  const base = versionText(duplicateParagraph('Local officials said'));
  const sentence = 'Local officials said 2,300 residents had been evacuated from front-line villages since September.';
  const first = base.indexOf(sentence);
  const second = base.indexOf(sentence, first + 1);
  const saidInSecond = targetIn(base, sentence, 'said', 1);
  const figureInFirst = targetIn(base, sentence, '2,300', 0);
  const secondSentence = targetIn(base, sentence, sentence, 1);

  it('the base text holds the sentence twice', () => {
    expect(second).toBeGreaterThan(first);
    expect(first).toBeGreaterThan(0);
  });

  it('each annotation stays on its own copy when text is inserted before both', () => {
    const text = 'Editor’s note: updated. ' + base;
    const shift = text.length - base.length;
    expect(anchorTarget(text, saidInSecond)).toMatchObject({ state: 'moved', start: saidInSecond.position.start + shift, text: 'said' });
    expect(anchorTarget(text, figureInFirst)).toMatchObject({ state: 'moved', start: figureInFirst.position.start + shift, text: '2,300' });
    expect(anchorTarget(text, secondSentence)).toMatchObject({ state: 'moved', start: second + shift, text: sentence });
  });

  it('when one copy is deleted, annotations of either copy go to the one left (they may share it)', () => {
    const text = base.slice(0, second) + base.slice(second + sentence.length).replace(/^\s+/, '');
    const left = text.indexOf(sentence);
    expect(text.indexOf(sentence, left + 1)).toBe(-1);
    expect(anchorTarget(text, saidInSecond)).toMatchObject({ state: 'moved', start: left + 'Local officials '.length, text: 'said' });
    expect(anchorTarget(text, figureInFirst)).toMatchObject({ start: left + 'Local officials said '.length, text: '2,300' });
    expect(anchorTarget(text, secondSentence)).toMatchObject({ start: left, text: sentence });
  });
});

describe('whitespace-only changes', () => {
  it('is exact when only whitespace in the context after the quote changed', () => {
    const cut = A.casualtiesPhrase.position.end + 2;
    const text = original.slice(0, cut) + original.slice(cut).replace(/ /g, '  ').replace(/\n\n/g, '\n \n');
    expect(anchorTarget(text, A.casualtiesPhrase)).toMatchObject({ state: 'exact', text: 'about 1,200 casualties a day' });
  });

  it('is moved, not changed, when whitespace inside and around the quote changed', () => {
    const text = original.replace(/ /g, '  ');
    const result = anchorTarget(text, A.casualtiesPhrase);
    expect(result).toEqual({ state: 'moved', ...at(text, 'about  1,200  casualties  a  day') });
    expect(anchorTarget(text, A.peskovSaid)).toMatchObject({ state: 'moved', text: 'said' });
    expect(anchorTarget(text, A.britishSentence)).toMatchObject({ state: 'moved' });
  });

  it('a paragraph break turned into a space is not an edit', () => {
    const text = original.replace(/\n\n/g, ' ');
    expect(anchorTarget(text, A.lastWords)).toMatchObject({ state: 'moved', text: 'since September.' });
    expect(anchorTarget(text, A.officialsSaid)).toMatchObject({ state: 'moved', text: 'said' });
  });
});

describe('anchorAnnotations over several texts', () => {
  const html = sampleVersion();
  const { article, page } = pageTexts(html);
  const ids = (names: Name[]) => names.map((name) => ({ id: name, target: A[name] }));
  /** anchorAnnotations' results (in the annotations' order) by id. */
  const anchorById = (texts: string[], annotations: { id: string; target: Target }[]) => {
    const results = anchorAnnotations(texts, annotations);
    return new Map(annotations.map(({ id }, i) => [id, results[i]]));
  };

  it('gives every annotation one result, in order, the article first on a tie', () => {
    expect(anchorAnnotations([article, page], ids(['casualties', 'peskovSaid', 'casualties'])).map((r) => r.state !== 'orphan' && r.start)).toEqual([
      A.casualties.position.start,
      A.peskovSaid.position.start,
      A.casualties.position.start,
    ]);
    const results = anchorById([article, page], ids(['peskovSaid', 'casualties']));
    expect(results.get('peskovSaid')).toMatchObject({ state: 'exact', textIndex: 0 });
    expect(results.get('casualties')).toMatchObject({ state: 'exact', textIndex: 0 });
  });

  it('finds a passage outside the article in the whole page’s text', () => {
    const author = targetIn(page, 'has covered Ukraine for 15 years', '15 years');
    const results = anchorById([article, page], [{ id: 'author', target: author }, ...ids(['natoSaid'])]);
    expect(results.get('author')).toEqual({ state: 'exact', textIndex: 1, start: author.position.start, end: author.position.end, text: '15 years' });
    expect(results.get('natoSaid')).toMatchObject({ state: 'exact', textIndex: 0 });
  });

  it('prefers exact in a later text over moved in the first', () => {
    const results = anchorById(['Live: ' + original, original], ids(['natoSaid']));
    expect(results.get('natoSaid')).toEqual({ state: 'exact', textIndex: 1, start: A.natoSaid.position.start, end: A.natoSaid.position.end, text: 'said' });
    expect(anchorById(['Live: ' + original, 'Other text.'], ids(['natoSaid'])).get('natoSaid')).toMatchObject({ state: 'moved', textIndex: 0, start: A.natoSaid.position.start + 6 });
  });

  it('prefers moved in one text over changed in another', () => {
    const edited = versionText(...VERSIONS.figureEdited);
    const shifted = 'Intro. ' + original;
    const results = anchorById([edited, shifted], ids(['casualties']));
    expect(results.get('casualties')).toMatchObject({ state: 'moved', textIndex: 1, text: '1,200' });
    expect(anchorById([edited], ids(['casualties'])).get('casualties')).toMatchObject({ state: 'changed', textIndex: 0 });
    expect(anchorById(['Nothing here.'], ids(['casualties'])).get('casualties')).toEqual({ state: 'orphan' });
  });
});

describe('orphans are not found by resemblance', () => {
  it('a deleted figure does not move to a similar figure with other context', () => {
    const text = original.replace('about 1,200 casualties a day in October', 'heavy casualties in October');
    // The context still brackets the place, so this is a change of text, shown as such.
    expect(anchorTarget(text, A.casualties)).toEqual({ state: 'orphan' });
    expect(anchorTarget(text, A.casualtiesPhrase)).toMatchObject({ state: 'changed', text: 'heavy casualties' });
  });

  it('a text edited elsewhere never moves a short quote onto a lookalike', () => {
    const text = versionText(deleteParagraph('2,300 residents'), insertParagraphBefore('15,000 to 20,000', 'Officials said 2,300 people left.'));
    expect(anchorTarget(text, A.residents)).toEqual({ state: 'orphan' });
    expect(anchorTarget(text, A.officialsSaid)).toEqual({ state: 'orphan' });
  });
});

describe('edits combined', () => {
  it('a figure corrected in a paragraph that also moved is changed at its new place', () => {
    const text = versionText(...VERSIONS.paragraphInserted, ...VERSIONS.figureEdited);
    expect(anchorTarget(text, A.casualties)).toEqual({ state: 'changed', ...at(text, 'about 1,400', '1,400'), diff: [{ op: 'removed', text: '1,200' }, { op: 'added', text: '1,400' }] });
    expect(anchorTarget(text, A.britishSentence)).toMatchObject({ state: 'changed', start: text.indexOf('The British Defense Ministry') });
  });

  it('a deleted long sentence is not found in a similar sentence about someone else', () => {
    const bank = target('The National Bank of Ukraine said it expects inflation of 12.5 percent this year');
    const text = versionText(
      deleteParagraph('National Bank of Ukraine'),
      insertParagraphBefore('Local officials said', 'In Warsaw, the National Bank of Poland said it expects inflation of 4.5 percent this year.'),
    );
    expect(anchorTarget(text, bank)).toEqual({ state: 'orphan' });
    expect(anchorTarget(text, A.bankSaid)).toEqual({ state: 'orphan' });
    expect(anchorTarget(text, A.inflation)).toEqual({ state: 'orphan' });
  });

  it('a long sentence whose words changed where only one side of its context stands is changed', () => {
    const bank = target('The National Bank of Ukraine said it expects inflation of 12.5 percent this year');
    const text = versionText(replaceText("Ukraine's economy has also been hit. The National Bank of Ukraine said it expects inflation of 12.5 percent", 'Kyiv’s central bank, the National Bank of Ukraine, said it expects inflation of 13.5 percent'));
    expect(anchorTarget(text, bank)).toMatchObject({
      state: 'changed',
      text: 'the National Bank of Ukraine, said it expects inflation of 13.5 percent this year',
      diff: [
        { op: 'removed', text: 'The' },
        { op: 'added', text: 'the' },
        { op: 'same', text: ' National Bank of Ukraine' },
        { op: 'added', text: ',' },
        { op: 'same', text: ' said it expects inflation of ' },
        { op: 'removed', text: '12.5' },
        { op: 'added', text: '13.5' },
        { op: 'same', text: ' percent this year' },
      ],
    });
  });
});

describe('random edits (deterministic)', () => {
  // For 1,500 random annotations and edits: a found quote is always the annotated passage
  // (never other words), and a passage whose quote and context the edit left alone is always found.
  it('never puts an annotation on other words, never loses an untouched one', () => {
    const words = [...original.matchAll(/\S+/g)];
    const inserts = ['Officials said 4,000 troops moved. ', 'He said ', '1,000', ' and ', 'The Kremlin said nothing. ', ''];
    let seed = 11;
    const rnd = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const problems: string[] = [];
    const states: Record<string, number> = {};
    for (let i = 0; i < 1500; i++) {
      const w = Math.floor(rnd() * (words.length - 16));
      const n = rnd() < 0.6 ? 1 + Math.floor(rnd() * 3) : 5 + Math.floor(rnd() * 10);
      let start = words[w].index!;
      let end = words[w + n - 1].index! + words[w + n - 1][0].length;
      const figure = original.slice(start, end).match(/\d[\d,.]*\d|\d/);
      if (figure && rnd() < 0.5) [start, end] = [start + figure.index!, start + figure.index! + figure[0].length];
      const t = describeSpan(original, start, end);
      const a = Math.floor(rnd() * original.length);
      const b = Math.min(original.length, a + Math.floor(rnd() * 200));
      const insert = inserts[Math.floor(rnd() * inserts.length)];
      const text = original.slice(0, a) + insert + original.slice(b);
      const delta = insert.length - (b - a);
      const result = anchorTarget(text, t);
      states[result.state] = (states[result.state] ?? 0) + 1;
      const where = `${JSON.stringify(t.quote.exact)} edit [${a},${b})→${JSON.stringify(insert)}: ${JSON.stringify(result)}`;
      if (result.state === 'exact' || result.state === 'moved') {
        const back = result.start < a ? result.start : result.start >= a + insert.length ? result.start - delta : -1;
        if (back !== start) problems.push(`jumped: ${where}`);
      }
      if (b < start - 40 && result.state !== 'exact' && (result.state !== 'moved' || result.start !== start + delta)) problems.push(`lost (edit before): ${where}`);
      if (a > end + 40 && result.state !== 'exact') problems.push(`lost (edit after): ${where}`);
    }
    expect(problems).toEqual([]);
    // All four outcomes occur, so the check above is not vacuous.
    expect(Object.keys(states).sort()).toEqual(['changed', 'exact', 'moved', 'orphan']);
  });
});
