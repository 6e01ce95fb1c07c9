import type { Language } from '../../model/claim';
import { perLanguage } from '../per-language';

/**
 * Dictionary forms of the nouns news figures count, so that "військових",
 * "военных" and "військовий" group as one unit across pages. Rows are a
 * lemma, its stem and an ending class (the case forms a figure governs:
 * nominative and genitive plural above all); irregular plurals are listed.
 */
type NounRow = [lemma: string, stem: string, cls: string, irregular?: string];

const ENDINGS: Record<'ru' | 'uk', Record<string, string[]>> = {
  ru: {
    hard: ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'],
    soft: ['ь', 'я', 'ю', 'ем', 'и', 'ей', 'ям', 'ями', 'ях'],
    fem: ['а', 'ы', 'и', 'е', 'у', 'ой', '', 'ам', 'ами', 'ах'],
    adj: ['ый', 'ого', 'ому', 'ым', 'ые', 'ых', 'ыми', 'ий', 'ие', 'их', 'им', 'ими', 'его', 'ему'],
    ец: ['ец', 'ца', 'цу', 'цем', 'цы', 'цев', 'цам', 'цами', 'цах'],
  },
  uk: {
    hard: ['', 'а', 'у', 'ові', 'ом', 'і', 'и', 'ів', 'ам', 'ами', 'ах'],
    soft: ['ь', 'я', 'ю', 'ем', 'і', 'ів', 'ям', 'ями', 'ях'],
    fem: ['а', 'и', 'і', 'у', 'ою', '', 'ам', 'ами', 'ах'],
    adj: ['ий', 'ого', 'ому', 'им', 'і', 'их', 'ими'],
    ець: ['ець', 'ця', 'цю', 'цем', 'ці', 'ців', 'цям', 'цями', 'цях'],
  },
};

const RU: NounRow[] = [
  ['человек', 'человек', 'hard', 'люди людей людям людьми людях'],
  ['военный', 'военн', 'adj'],
  ['военнослужащий', 'военнослужащ', 'adj'],
  ['солдат', 'солдат', 'hard'],
  ['боевик', 'боевик', 'hard', 'боевики'],
  ['житель', 'жител', 'soft'],
  ['погибший', 'погибш', 'adj'],
  ['раненый', 'ранен', 'adj'],
  ['убитый', 'убит', 'adj'],
  ['пострадавший', 'пострадавш', 'adj'],
  ['заложник', 'заложник', 'hard', 'заложники'],
  ['беженец', 'бежен', 'ец'],
  ['ребенок', 'ребенок', 'hard', 'ребёнок ребенка ребёнка дети детей детям детьми'],
  ['американец', 'американ', 'ец'],
  ['украинец', 'украин', 'ец'],
  ['россиянин', 'россиянин', 'hard', 'россияне россиян россиянам'],
  ['гражданин', 'гражданин', 'hard', 'граждане граждан гражданам'],
  ['работник', 'работник', 'hard', 'работники'],
  ['сотрудник', 'сотрудник', 'hard', 'сотрудники'],
  ['страна', 'стран', 'fem'],
  ['доллар', 'доллар', 'hard'],
  ['рубль', 'рубл', 'soft'],
  ['гривна', 'гривн', 'fem', 'гривен'],
  ['процент', 'процент', 'hard'],
  ['километр', 'километр', 'hard'],
  ['метр', 'метр', 'hard'],
  ['тонна', 'тонн', 'fem'],
  ['килограмм', 'килограмм', 'hard'],
  ['самолет', 'самолет', 'hard', 'самолёт самолёта самолётов самолёты'],
  ['танк', 'танк', 'hard', 'танки'],
  ['ракета', 'ракет', 'fem'],
  ['беспилотник', 'беспилотник', 'hard', 'беспилотники'],
];

const UK: NounRow[] = [
  ['людина', 'людин', 'fem', 'люди людей людям людьми'],
  ['військовий', 'військов', 'adj'],
  ['військовослужбовець', 'військовослужбов', 'ець'],
  ['солдат', 'солдат', 'hard'],
  ['бойовик', 'бойовик', 'hard', 'бойовики'],
  ['житель', 'жител', 'soft'],
  ['мешканець', 'мешкан', 'ець'],
  ['загиблий', 'загибл', 'adj'],
  ['поранений', 'поранен', 'adj'],
  ['убитий', 'убит', 'adj'],
  ['постраждалий', 'постраждал', 'adj'],
  ['заручник', 'заручник', 'hard', 'заручники'],
  ['біженець', 'біжен', 'ець'],
  ['дитина', 'дитин', 'fem', 'діти дітей дітям дітьми'],
  ['американець', 'американ', 'ець'],
  ['українець', 'україн', 'ець'],
  ['росіянин', 'росіянин', 'hard', 'росіяни росіян росіянам'],
  ['громадянин', 'громадянин', 'hard', 'громадяни громадян громадянам'],
  ['робітник', 'робітник', 'hard', 'робітники'],
  ['працівник', 'працівник', 'hard', 'працівники'],
  ['безробітний', 'безробітн', 'adj'],
  ['рятувальник', 'рятувальник', 'hard', 'рятувальники'],
  ['країна', 'країн', 'fem'],
  ['родина', 'родин', 'fem'],
  ['долар', 'долар', 'hard'],
  ['гривня', 'гривн', 'fem', 'гривня гривні гривень гривнею'],
  ['відсоток', 'відсот', 'hard', 'відсоток відсотка відсотки відсотків відсоткам'],
  ['кілометр', 'кілометр', 'hard'],
  ['метр', 'метр', 'hard'],
  ['тонна', 'тонн', 'fem'],
  ['кілограм', 'кілограм', 'hard'],
  ['літак', 'літак', 'hard', 'літаки'],
  ['танк', 'танк', 'hard', 'танки'],
  ['ракета', 'ракет', 'fem'],
  ['безпілотник', 'безпілотник', 'hard', 'безпілотники'],
];

function table(lang: 'ru' | 'uk', rows: NounRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [lemma, stem, cls, irregular] of rows) {
    const endings = ENDINGS[lang][cls];
    if (!endings) throw new Error(`Unknown ${lang} noun class "${cls}" for "${lemma}"`);
    // Stems ending in к/г/х take -и, not -ы, in Russian ("боевики"): listed as irregular where it matters.
    if (cls !== 'hard' || !/[кгх]$/.test(stem) || lang !== 'ru') for (const e of endings) if (!map.has(stem + e)) map.set(stem + e, lemma);
    else for (const e of endings) if (e !== 'ы' && !map.has(stem + e)) map.set(stem + e, lemma);
    for (const form of (irregular ?? '').split(' ').filter(Boolean)) map.set(form, lemma);
    map.set(lemma, lemma);
  }
  return map;
}

const LEMMAS: Record<Language, Map<string, string> | undefined> = perLanguage({ en: () => undefined, ru: () => table('ru', RU), uk: () => table('uk', UK) });

/** The dictionary form of a counted noun, or the word itself when the table does not know it. */
export function unitLemma(word: string, lang: Language): string {
  return LEMMAS[lang]?.get(word) ?? word;
}

/** True when the word is a case form of a noun news figures count ("військовослужбовців"): a figure before it is a count, not a year. */
export function isCountedNoun(word: string, lang: Language): boolean {
  return LEMMAS[lang]?.has(word) ?? false;
}
