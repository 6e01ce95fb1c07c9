import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../utils/detect/index';
import type { AttributionClaim, Language, SourceType } from '../../../utils/model/claim';

function attributions(text: string, lang: Language): AttributionClaim[] {
  return detectClaims(text, { lang }).filter((c): c is AttributionClaim => c.type === 'attribution');
}

/** [sentence, cue as written, dictionary form, speaker as written (undefined: none), source type] */
type Row = [sentence: string, cue: string, lemma: string, source: string | undefined, type: SourceType];

const ENGLISH: Row[] = [
  ['Ukrainian analyst Oleh Saakyan told reporters that the front was stable.', 'told', 'tell', 'Ukrainian analyst Oleh Saakyan', 'person'],
  ['"The front is stable," said Saakyan, a co-founder of the group.', 'said', 'say', 'Saakyan', 'unknown'],
  ['"The front is stable," Saakyan said.', 'said', 'say', 'Saakyan', 'unknown'],
  ['The war will last years, according to the Pentagon.', 'according to', 'according to', 'the Pentagon', 'organisation'],
  ['Prices rose, according to media reports.', 'according to', 'according to', 'media reports', 'vague'],
  ['Yonhap cited the Joint Chiefs of Staff as saying that 3,000 troops left.', 'cited', 'cite', 'the Joint Chiefs of Staff', 'organisation'],
  ['A Ukrainian military intelligence official told Current Time that losses were big.', 'told', 'tell', 'A Ukrainian military intelligence official', 'anonymous'],
  ['The JCS assessed that the deployment included equipment.', 'assessed', 'assess', 'The JCS', 'organisation'],
  ['Russia has demanded that Western countries stop military aid.', 'demanded', 'demand', 'Russia', 'organisation'],
  ['Chris Tang, the city’s police commissioner, said in an interview that officers were restrained.', 'said', 'say', 'Chris Tang, the city’s police commissioner', 'person'],
  ['The disease is fatal if untreated, says the World Health Organization.', 'says', 'say', 'the World Health Organization', 'organisation'],
  ['The economy is slowing, officials say.', 'say', 'say', 'officials', 'official'],
  ['Police spokesman Ivan Petrov denied that shots were fired.', 'denied', 'deny', 'Police spokesman Ivan Petrov', 'person'],
  ['The ministry warned that prices could rise.', 'warned', 'warn', 'The ministry', 'organisation'],
  ['Sources told CNN that the trip was routine.', 'told', 'tell', 'Sources', 'vague'],
  ['Jeff Sanborn, president of Chapter & Verse, a Spokane agency, said he liked it.', 'said', 'say', 'Jeff Sanborn, president of Chapter & Verse, a Spokane agency', 'person'],
  ['A spokesperson who did not wish to be named because of agency policy said the plan was sound.', 'said', 'say', 'A spokesperson who did not wish to be named because of agency policy', 'anonymous'],
  ['Markets fell, with analysts warning that rates would rise.', 'warning', 'warn', 'analysts', 'vague'],
  ['A group of physicians, alarmed by the deaths, is urging the agency to act.', 'urging', 'urge', 'A group of physicians', 'organisation'],
  ['Israeli Prime Minister Benjamin Netanyahu, however, said he was moved.', 'said', 'say', 'Israeli Prime Minister Benjamin Netanyahu', 'person'],
  ['“It is sound,” says veteran industry analyst Ken Doctor.', 'says', 'say', 'veteran industry analyst Ken Doctor', 'person'],
  ['The 56-year-old said after his appointment: "I am excited."', 'said', 'say', 'The 56-year-old', 'unknown'],
  ['Paganini and his team wrote in the new paper, which was published online.', 'wrote', 'write', 'Paganini and his team', 'unknown'],
  ['The U.S. Attorney’s Office said in a statement.', 'said', 'say', 'The U.S. Attorney’s Office', 'organisation'],
  ['The minister was quoted as saying that talks had failed.', 'quoted', 'quote', 'The minister', 'official'],
  ['“We had issues,” Mayer, Disney’s chairman, said Tuesday at the conference.', 'said', 'say', 'Mayer, Disney’s chairman', 'official'],
];

const RUSSIAN: Row[] = [
  ['Министр финансов Антон Силуанов заявил, что бюджет сбалансирован.', 'заявил', 'заявить', 'Министр финансов Антон Силуанов', 'person'],
  ['«Бюджет сбалансирован», — заявил Силуанов.', 'заявил', 'заявить', 'Силуанов', 'unknown'],
  ['По словам министра, бюджет сбалансирован.', 'По словам', 'по словам', 'министра', 'official'],
  ['По данным Росстата, безработица снизилась.', 'По данным', 'по данным', 'Росстата', 'unknown'],
  ['Как сообщает РИА Новости, переговоры продолжатся.', 'Как сообщает', 'как сообщает', 'РИА Новости', 'organisation'],
  ['Об этом сообщили в Минздраве.', 'сообщили', 'сообщить', 'в Минздраве', 'unknown'],
  ['Источник в правительстве сообщил, что решение принято.', 'сообщил', 'сообщить', 'Источник в правительстве', 'anonymous'],
  ['Эксперты считают, что цены вырастут.', 'считают', 'считать', 'Эксперты', 'vague'],
  ['Как отметил глава МИД Сергей Лавров, Москва открыта к диалогу.', 'отметил', 'отметить', 'глава МИД Сергей Лавров', 'person'],
  ['Об этом в понедельник заявил вице-премьер Александр Новак.', 'заявил', 'заявить', 'вице-премьер Александр Новак', 'person'],
  ['В Кремле ситуацию не комментируют, сообщает «Интерфакс».', 'сообщает', 'сообщить', 'Интерфакс', 'unknown'],
  ['Удар нанесен по складу, говорится в сообщении Минобороны.', 'говорится', 'говориться', 'в сообщении Минобороны', 'organisation'],
  ['— Мы готовы к переговорам, — сказал он.', 'сказал', 'сказать', 'он', 'pronoun'],
  ['Ранее в ведомстве заявляли о перехвате ста дронов.', 'заявляли', 'заявить', 'ведомстве', 'organisation'],
];

const UKRAINIAN: Row[] = [
  ['Міністр фінансів Сергій Марченко заявив, що бюджет збалансований.', 'заявив', 'заявити', 'Міністр фінансів Сергій Марченко', 'person'],
  ['«Бюджет збалансований», — сказав Марченко.', 'сказав', 'сказати', 'Марченко', 'unknown'],
  ['За словами міністра, бюджет збалансований.', 'За словами', 'за словами', 'міністра', 'official'],
  ['За даними Держстату, безробіття знизилося.', 'За даними', 'за даними', 'Держстату', 'unknown'],
  ['Як повідомляє Укрінформ, переговори тривають.', 'Як повідомляє', 'як повідомляє', 'Укрінформ', 'unknown'],
  ['Про це повідомили у МВС.', 'повідомили', 'повідомити', 'у МВС', 'organisation'],
  ['Джерело в уряді повідомило, що рішення ухвалене.', 'повідомило', 'повідомити', 'Джерело в уряді', 'anonymous'],
  ['Експерти вважають, що ціни зростуть.', 'вважають', 'вважати', 'Експерти', 'vague'],
  ['Про це повідомляє «Українська правда».', 'повідомляє', 'повідомити', 'Українська правда', 'unknown'],
  ['Атаку відбито, йдеться у повідомленні Генштабу.', 'йдеться', 'йтися', 'у повідомленні Генштабу', 'unknown'],
  ['Як зазначив міністр закордонних справ Андрій Сибіга, Україна готова до переговорів.', 'зазначив', 'зазначити', 'міністр закордонних справ Андрій Сибіга', 'person'],
  ['Ситуація під контролем, повідомив журналістам голова ОВА Олег Синєгубов.', 'повідомив', 'повідомити', 'голова ОВА Олег Синєгубов', 'person'],
];

describe.each([
  ['en', ENGLISH],
  ['ru', RUSSIAN],
  ['uk', UKRAINIAN],
] as const)('attributions in %s', (lang, rows) => {
  it.each(rows)('%s', (sentence, cue, lemma, source, type) => {
    const found = attributions(sentence, lang);
    expect(found.map((c) => c.text)).toEqual([cue]);
    const [claim] = found;
    expect(claim.cue).toBe(lemma);
    expect(claim.source?.text).toBe(source);
    if (claim.source) expect(sentence.slice(claim.source.start, claim.source.end)).toBe(claim.source.text);
    expect(claim.sourceType).toBe(type);
  });
});

describe('pronoun speakers', () => {
  it.each([
    ['en', 'South Korean spokesman Lee Sung Joon said the drone was crude. “It looks cumbersome,” he said.', 'he', 'Lee Sung Joon'],
    ['en', 'Press Secretary Stephanie Grisham said the trip was routine. Later she added that he was healthy.', 'she', 'Stephanie Grisham'],
    ['ru', 'Пресс-секретарь Кремля Дмитрий Песков заявил, что встреча возможна. Он также отметил, что дата не выбрана.', 'Он', 'Дмитрий Песков'],
    ['uk', 'Речник МЗС Георгій Тихий заявив, що зустріч можлива. «Дата ще не визначена», — додав він.', 'він', 'Георгій Тихий'],
  ] as const)('[%s] resolves "%s" to the last named speaker', (lang, text, pronoun, name) => {
    const last = attributions(text, lang).at(-1)!;
    expect(last.source?.text).toBe(pronoun);
    expect(last.sourceType).toBe('pronoun');
    expect(last.resolved).toBe(name);
  });
});

describe('speakers around asides and coordinated verbs', () => {
  it('reads a speaker through a bracketed aside', () => {
    const [claim] = attributions('Home Depot (ticker: HD) reported that sales rose.', 'en');
    expect(claim.source?.text).toBe('Home Depot');
  });
  it('gives a coordinated verb the subject of its clause', () => {
    const [claim] = attributions('Swift took to social media and accused the label of bullying.', 'en');
    expect(claim.text).toBe('accused');
    expect(claim.source?.text).toBe('Swift');
  });
  it('gives "said" after "and" the subject of the reported clause it joins', () => {
    const found = attributions('State media reported that Kim was satisfied with the drones and said production would grow.', 'en');
    expect(found.map((c) => [c.text, c.source?.text])).toEqual([
      ['reported', 'State media'],
      ['said', 'Kim'],
    ]);
  });
});

describe('one claim per cue', () => {
  it('keeps "cited … as saying" as one claim', () => {
    const found = attributions('Yonhap cited the JCS as saying that troops left.', 'en');
    expect(found.map((c) => c.text)).toEqual(['cited']);
  });
  it('counts a restating "he added" as its own claim', () => {
    const found = attributions('"We will win," Zelensky said. "We have no choice," he added.', 'en');
    expect(found.map((c) => c.text)).toEqual(['said', 'added']);
  });
});

describe('content', () => {
  it('delimits a quote before the speaker', () => {
    const text = '"The front is stable," Saakyan said.';
    const [claim] = attributions(text, 'en');
    expect(claim.content?.text).toBe('"The front is stable,"');
  });
  it.each([
    ['According to the United Nations, at least 1.2 million people need food aid.', 'at least 1.2 million people need food aid'],
    ['Prices rose sharply, according to the ministry.', 'Prices rose sharply'],
  ])('delimits what "according to" vouches for: %s', (text, content) => {
    const [claim] = attributions(text, 'en');
    expect(claim.content?.text).toBe(content);
  });
  it('delimits the reported clause after the cue', () => {
    const [claim] = attributions('The ministry said that prices would rise.', 'en');
    expect(claim.content?.text).toBe('prices would rise');
  });
});

/** Reporting verbs that carry no reported content, and texts that only look like cues. */
const NOT_ATTRIBUTIONS: Array<[Language, string]> = [
  ['en', 'He said nothing about the deal.'],
  ['en', 'She declined to say when the talks would resume.'],
  ['en', 'The reported deployment surprised observers.'],
  ['en', 'We can say that the war changed everything.'],
  ['en', 'The deal was first reported in February.'],
  ['en', 'A group called Hamas claimed nothing.'],
  ['en', 'The so-called peace plan stalled.'],
  ['en', 'NASA was adding five companies to the program.'],
  ['en', 'Reporting by Jane Doe; editing by John Smith.'],
  ['en', 'Photo: Reuters / Jane Doe'],
  ['ru', 'В восьмидесятых годах певица заявила о себе на весь мир.'],
  ['ru', 'Я пишу о еде (потом добавил путешествия).'],
];

describe('not attributions', () => {
  it.each(NOT_ATTRIBUTIONS)('[%s] %s', (lang, sentence) => {
    expect(attributions(sentence, lang).map((c) => c.text)).toEqual([]);
  });
});
