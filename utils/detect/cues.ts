import type { Language } from '../model/claim';
import { verbForms, type Lang, type VerbRow } from './lexicon/morphology';
import { perLanguage } from './per-language';
import { RU_ACCORDING, RU_VERBS } from './lexicon/ru';
import { UK_ACCORDING, UK_VERBS } from './lexicon/uk';

/**
 * Reporting cues as data. Each row: the forms as written, the dictionary form
 * reported as `cue`, and how the cue behaves:
 *
 * - `verb`: a finite verb; the speaker is its subject, usually before it.
 *   `invert` lets the speaker follow it ("…," said Saakyan / "— заявил Песков").
 * - `participle`: "saying", "adding", "заявив": the speaker is the subject of
 *   the clause the participle hangs on.
 * - `according`: "according to", "по словам": the speaker follows.
 * - `cite`: "cited X as saying": the speaker follows when "as saying" does.
 * - `strict`: the verb has other senses ("added five companies", "wrote a
 *   book"), so it needs a visible quote or clause to count.
 * - `noun`: the form is also a noun ("reports", "claims"), so it needs a
 *   subject right before it.
 */
export type CueKind = 'verb' | 'participle' | 'according' | 'cite' | 'call';

export interface CueEntry {
  lemma: string;
  kind: CueKind;
  invert?: boolean;
  strict?: boolean;
  noun?: boolean;
  /** Russian/Ukrainian verbs whose object follows them ("требует консультации", "призвал Сенат"): the speaker stands before, never after. */
  object?: boolean;
}

type Row = [forms: string, lemma: string, kind: CueKind, flags?: string];

const ENGLISH: Row[] = [
  ['said says say', 'say', 'verb', 'invert'],
  ['saying', 'say', 'participle'],
  ['told tells tell', 'tell', 'verb'],
  ['stated', 'state', 'verb', 'invert'],
  ['announced announces announce', 'announce', 'verb', 'invert'],
  ['announcing', 'announce', 'participle'],
  ['reported', 'report', 'verb'],
  ['reports report', 'report', 'verb', 'noun'],
  ['claimed', 'claim', 'verb'],
  ['claims claim', 'claim', 'verb', 'noun'],
  ['claiming', 'claim', 'participle'],
  ['assessed assesses assess', 'assess', 'verb'],
  ['estimated', 'estimate', 'verb', 'strict'],
  ['estimates', 'estimate', 'verb', 'noun strict'],
  ['confirmed confirms confirm', 'confirm', 'verb'],
  ['confirming', 'confirm', 'participle'],
  ['denied denies deny', 'deny', 'verb'],
  ['denying', 'deny', 'participle'],
  ['accused accuses accuse', 'accuse', 'verb'],
  ['accusing', 'accuse', 'participle'],
  ['rejected rejects reject', 'reject', 'verb'],
  ['warned', 'warn', 'verb'],
  ['warns warn', 'warn', 'verb', 'noun'],
  ['warning', 'warn', 'participle', 'strict'],
  ['added adds', 'add', 'verb', 'invert strict'],
  ['adding', 'add', 'participle', 'strict'],
  ['wrote writes written', 'write', 'verb', 'invert strict'],
  ['writing', 'write', 'participle', 'strict'],
  ['noted notes', 'note', 'verb', 'invert strict'],
  ['noting', 'note', 'participle'],
  ['insisted insists insist', 'insist', 'verb', 'invert'],
  ['insisting', 'insist', 'participle'],
  ['acknowledged acknowledges acknowledge', 'acknowledge', 'verb'],
  ['acknowledging', 'acknowledge', 'participle'],
  ['argued argues argue', 'argue', 'verb', 'invert'],
  ['arguing', 'argue', 'participle'],
  ['demanded', 'demand', 'verb'],
  ['demands demand', 'demand', 'verb', 'noun'],
  ['demanding', 'demand', 'participle'],
  ['explained explains', 'explain', 'verb', 'invert strict'],
  ['tweeted', 'tweet', 'verb', 'invert'],
  ['tweets', 'tweet', 'verb', 'invert noun'],
  ['urged urges urge', 'urge', 'verb'],
  ['urging', 'urge', 'participle'],
  ['alleged alleges allege', 'allege', 'verb', 'strict'],
  ['alleging', 'allege', 'participle'],
  ['testified testifies', 'testify', 'verb'],
  ['revealed reveals', 'reveal', 'verb'],
  ['recalled recalls', 'recall', 'verb', 'invert strict'],
  ['suggested suggests', 'suggest', 'verb', 'strict'],
  ['admitted admits admit', 'admit', 'verb'],
  ['believes believe', 'believe', 'verb', 'strict'],
  ['charged', 'charge', 'verb', 'strict'],
  ['asked', 'ask', 'verb', 'invert strict'],
  ['stressed stresses', 'stress', 'verb', 'invert'],
  ['stressing', 'stress', 'participle'],
  ['emphasized emphasised', 'emphasize', 'verb', 'invert'],
  ['predicted', 'predict', 'verb', 'strict'],
  ['declared', 'declare', 'verb', 'strict'],
  ['disclosed', 'disclose', 'verb'],
  ['conceded', 'concede', 'verb', 'invert'],
  ['maintained', 'maintain', 'verb', 'strict'],
  ['countered', 'counter', 'verb', 'invert'],
  ['replied', 'reply', 'verb', 'invert'],
  ['responded', 'respond', 'verb', 'strict invert'],
  ['contended contends', 'contend', 'verb', 'invert strict'],
  ['asserted asserts', 'assert', 'verb', 'invert strict'],
  ['complained complains', 'complain', 'verb', 'invert strict'],
  ['remarked', 'remark', 'verb', 'invert strict'],
  ['commented', 'comment', 'verb', 'invert strict'],
  ['observed', 'observe', 'verb', 'invert strict'],
  ['pointed out', 'point out', 'verb', 'invert strict'],
  ['clarified', 'clarify', 'verb', 'invert strict'],
  ['reiterated reiterates', 'reiterate', 'verb', 'invert'],
  ['cautioned cautions', 'caution', 'verb', 'invert strict'],
  ['hinted hints', 'hint', 'verb', 'strict'],
  ['speculated', 'speculate', 'verb', 'invert strict'],
  ['recounted', 'recount', 'verb', 'invert strict'],
  ['according to', 'according to', 'according'],
  ['cited', 'cite', 'cite'],
  ['citing', 'cite', 'participle'],
  ['quoted', 'quote', 'cite'],
  ['quoting', 'quote', 'according'],
  ['called', 'call', 'call'],
];

function toMap(rows: Row[]): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  for (const [forms, lemma, kind, flags = ''] of rows) {
    const list = kind === 'according' || forms === 'pointed out' ? [forms] : forms.split(' ');
    for (const form of list) {
      map.set(form, { lemma, kind, invert: flags.includes('invert'), strict: flags.includes('strict'), noun: flags.includes('noun') });
    }
  }
  return map;
}

/**
 * Russian and Ukrainian cues from the stem tables in ./lexicon: every finite
 * form is a verb whose speaker may stand before or after it, every gerund or
 * participle hangs on its clause's subject, and the phrases name their
 * speaker after them.
 */
function slavicMap(lang: Lang, verbs: VerbRow[], according: [string, string][]): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  for (const row of verbs) {
    const strict = row.flags?.includes('strict') ?? false;
    const object = row.flags?.includes('object') ?? false;
    const { finite, gerunds, impersonal } = verbForms(row, lang);
    // An imperfective-only verb names its impersonal by its own reflexive ("говорится" → говориться).
    const impersonalLemma = row.past || row.future ? row.lemma : `${row.lemma}ся`;
    for (const form of impersonal) map.set(form, { lemma: impersonalLemma, kind: 'verb', invert: true, strict: false, noun: false });
    for (const form of finite) map.set(form, { lemma: row.lemma, kind: 'verb', invert: !object, strict, noun: false, object });
    for (const form of gerunds) if (!map.has(form)) map.set(form, { lemma: row.lemma, kind: 'participle', invert: false, strict, noun: false });
  }
  for (const [phrase, lemma] of according) map.set(phrase, { lemma, kind: 'according', invert: false, strict: false, noun: false });
  return map;
}

export const CUES: Record<Language, Map<string, CueEntry>> = perLanguage({
  en: () => toMap(ENGLISH),
  ru: () => slavicMap('ru', RU_VERBS, RU_ACCORDING),
  uk: () => slavicMap('uk', UK_VERBS, UK_ACCORDING),
});
