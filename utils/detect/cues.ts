import type { Language } from '../model/claim';

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

const RUSSIAN: Row[] = [
  ['заявил заявила заявили заявило заявляет заявляют заявлял заявляла заявляли', 'заявить', 'verb', 'invert'],
  ['заявив', 'заявить', 'participle'],
  ['сообщил сообщила сообщили сообщило сообщает сообщают сообщал сообщала сообщали', 'сообщить', 'verb', 'invert'],
  ['сообщив', 'сообщить', 'participle'],
  ['сказал сказала сказали', 'сказать', 'verb', 'invert'],
  ['говорит говорят говорил говорила говорили', 'говорить', 'verb', 'invert'],
  ['говорится', 'говориться', 'verb', 'invert'],
  ['отметил отметила отметили отмечает отмечают отмечал отмечала отмечали', 'отметить', 'verb', 'invert'],
  ['отметив', 'отметить', 'participle'],
  ['подчеркнул подчеркнула подчеркнули подчеркивает подчеркивал подчеркивала подчеркивали', 'подчеркнуть', 'verb', 'invert'],
  ['подчеркнув', 'подчеркнуть', 'participle'],
  ['добавил добавила добавили', 'добавить', 'verb', 'invert strict'],
  ['добавив', 'добавить', 'participle'],
  ['пояснил пояснила пояснили', 'пояснить', 'verb', 'invert'],
  ['рассказал рассказала рассказали рассказывал рассказывала рассказывали', 'рассказать', 'verb', 'invert'],
  ['написал написала написали пишет пишут', 'написать', 'verb', 'invert strict'],
  ['уточнил уточнила уточнили', 'уточнить', 'verb', 'invert'],
  ['признал признала признали', 'признать', 'verb', 'invert'],
  ['предупредил предупредила предупредили', 'предупредить', 'verb', 'invert'],
  ['потребовал потребовала потребовали', 'потребовать', 'verb', 'invert'],
  ['опроверг опровергла опровергли', 'опровергнуть', 'verb', 'invert'],
  ['подтвердил подтвердила подтвердили', 'подтвердить', 'verb', 'invert'],
  ['объявил объявила объявили', 'объявить', 'verb', 'invert'],
  ['утверждает утверждают утверждал утверждала', 'утверждать', 'verb', 'invert'],
  ['считает считают', 'считать', 'verb', 'invert strict'],
  ['оценил оценила оценили', 'оценить', 'verb', 'invert strict'],
  ['передает передаёт', 'передавать', 'verb', 'invert'],
  ['по словам', 'по словам', 'according'],
  ['по его словам', 'по словам', 'according'],
  ['по ее словам', 'по словам', 'according'],
  ['по её словам', 'по словам', 'according'],
  ['по их словам', 'по словам', 'according'],
  ['по данным', 'по данным', 'according'],
  ['по информации', 'по информации', 'according'],
  ['по мнению', 'по мнению', 'according'],
  ['по оценкам', 'по оценкам', 'according'],
  ['согласно', 'согласно', 'according'],
  ['как сообщает', 'как сообщает', 'according'],
  ['как сообщили', 'как сообщает', 'according'],
  ['как пишет', 'как пишет', 'according'],
  ['цитирует', 'цитировать', 'verb', 'invert'],
];

const UKRAINIAN: Row[] = [
  ['заявив заявила заявили заявило заявляє заявляють заявляв заявляла заявляли', 'заявити', 'verb', 'invert'],
  ['заявивши', 'заявити', 'participle'],
  ['повідомив повідомила повідомили повідомило повідомляє повідомляють повідомляв повідомляла повідомляли', 'повідомити', 'verb', 'invert'],
  ['повідомивши', 'повідомити', 'participle'],
  ['сказав сказала сказали', 'сказати', 'verb', 'invert'],
  ['каже кажуть казав казала', 'казати', 'verb', 'invert'],
  ['йдеться', 'йтися', 'verb', 'invert'],
  ['зазначив зазначила зазначили зазначає зазначають зазначав зазначала зазначали', 'зазначити', 'verb', 'invert'],
  ['зазначивши', 'зазначити', 'participle'],
  ['наголосив наголосила наголосили наголошує наголошував наголошувала наголошували', 'наголосити', 'verb', 'invert'],
  ['наголосивши', 'наголосити', 'participle'],
  ['додав додала додали', 'додати', 'verb', 'invert strict'],
  ['додавши', 'додати', 'participle'],
  ['пояснив пояснила пояснили', 'пояснити', 'verb', 'invert'],
  ['розповів розповіла розповіли розповідав розповідала розповідали', 'розповісти', 'verb', 'invert'],
  ['написав написала написали пише пишуть', 'написати', 'verb', 'invert strict'],
  ['уточнив уточнила уточнили', 'уточнити', 'verb', 'invert'],
  ['визнав визнала визнали', 'визнати', 'verb', 'invert'],
  ['попередив попередила попередили', 'попередити', 'verb', 'invert'],
  ['вимагав вимагала вимагали вимагає', 'вимагати', 'verb', 'invert'],
  ['спростував спростувала спростували', 'спростувати', 'verb', 'invert'],
  ['підтвердив підтвердила підтвердили', 'підтвердити', 'verb', 'invert'],
  ['оголосив оголосила оголосили', 'оголосити', 'verb', 'invert'],
  ['стверджує стверджують стверджував', 'стверджувати', 'verb', 'invert'],
  ['вважає вважають', 'вважати', 'verb', 'invert strict'],
  ['передає', 'передавати', 'verb', 'invert'],
  ['за словами', 'за словами', 'according'],
  ['за його словами', 'за словами', 'according'],
  ['за її словами', 'за словами', 'according'],
  ['за їхніми словами', 'за словами', 'according'],
  ['за їх словами', 'за словами', 'according'],
  ['за даними', 'за даними', 'according'],
  ['за інформацією', 'за інформацією', 'according'],
  ['на думку', 'на думку', 'according'],
  ['за оцінками', 'за оцінками', 'according'],
  ['згідно з', 'згідно з', 'according'],
  ['як повідомляє', 'як повідомляє', 'according'],
  ['як повідомили', 'як повідомляє', 'according'],
  ['як пише', 'як пише', 'according'],
];

function toMap(rows: Row[]): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  for (const [forms, lemma, kind, flags = ''] of rows) {
    const list = kind === 'according' || forms.startsWith('как ') || forms.startsWith('як ') || forms === 'pointed out' ? [forms] : forms.split(' ');
    for (const form of list) {
      map.set(form, { lemma, kind, invert: flags.includes('invert'), strict: flags.includes('strict'), noun: flags.includes('noun') });
    }
  }
  return map;
}

export const CUES: Record<Language, Map<string, CueEntry>> = {
  en: toMap(ENGLISH),
  ru: toMap(RUSSIAN),
  uk: toMap(UKRAINIAN),
};
