import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../utils/detect/index';
import { CUES } from '../../utils/detect/cues';
import { verbForms } from '../../utils/detect/lexicon/morphology';
import { unitLemma } from '../../utils/detect/lexicon/unit-lemmas';
import type { AttributionClaim, QuantityClaim } from '../../utils/model/claim';

/**
 * Ukrainian detection on sentences of real news from Voice of America's
 * Ukrainian service (holosameryky.com, public domain).
 */
function attributions(text: string): Array<[string, string | undefined]> {
  return detectClaims(text, { lang: 'uk' })
    .filter((c): c is AttributionClaim => c.type === 'attribution')
    .map((c) => [c.text, c.source?.text]);
}

function quantities(text: string): Array<[string, number | null, string | null]> {
  return detectClaims(text, { lang: 'uk' })
    .filter((c): c is QuantityClaim => c.type === 'quantity')
    .map((c) => [c.text, c.value, c.unit]);
}

describe('Ukrainian verb morphology', () => {
  it('spells every past, present, gerund and impersonal form of a pair from its stems', () => {
    const forms = verbForms({ lemma: 'зазначити', past: 'зазначи', future: 'зазнач/и', ipfPast: 'зазнача', present: 'зазнача/є', flags: 'refl' }, 'uk');
    expect(forms.finite).toEqual(expect.arrayContaining(['зазначив', 'зазначила', 'зазначило', 'зазначили', 'зазначить', 'зазначав', 'зазначає', 'зазначають']));
    expect(forms.gerunds).toEqual(expect.arrayContaining(['зазначивши', 'зазначаючи']));
    expect(forms.impersonal).toEqual(['зазначалося', 'зазначалось', 'зазначається']);
  });

  it('knows the reporting verbs of news in all their forms', () => {
    for (const form of ['звинуватила', 'закликають', 'назвало', 'відзначивши', 'кажучи', 'остерігають', 'вказується', 'висловилася', 'відкидає', 'зауважив']) expect(CUES.uk.has(form), form).toBe(true);
    for (const phrase of ['за повідомленням', 'згідно до', 'з посиланням на', 'за попередніми даними']) expect(CUES.uk.get(phrase)?.kind, phrase).toBe('according');
  });
});

describe('Ukrainian attributions in real news sentences', () => {
  it.each([
    ['Регулярна координація між Україною та США має велике значення. Про це в інтерв\'ю Російській службі "Голосу Америки" заявив речник Державного департаменту США Нед Прайс.', [['заявив', 'речник Державного департаменту США Нед Прайс']]],
    ['Наводячи приклад такої триваючої координації між країнами, Прайс наголосив, що офіційному візиту Ентоні Блінкена до України передувала телефонна розмова Джо Байдена із Володимиром Зеленським.', [['наголосив', 'Прайс']]],
    ['"США підтримують нашого партнера Україну. Ми підтримуємо народ України перед обличчям цієї агресії", - сказав Прайс.', [['сказав', 'Прайс']]],
  ] as const)('%s', (sentence, expected) => {
    expect(attributions(sentence)).toEqual(expected);
  });
});

describe('Ukrainian number phrases (forms of the language, not sentences)', () => {
  it('reads collective numerals and "two and a half million" as figures', () => {
    expect(quantities('щонайменше шестеро людей')).toEqual([['щонайменше шестеро', 6, 'людина']]);
    expect(quantities('понад два з половиною мільйони родин')).toEqual([['понад два з половиною мільйони', 2.5e6, 'родина']]);
  });

  it('reads a tenth of a percent, and a round four-digit count before a counted noun', () => {
    expect(quantities('зріс на одну десяту відсотка')).toEqual([['одну десяту відсотка', 0.1, 'відсоток']]);
    expect(quantities('контингент із 1000 військовослужбовців у 2000 році')).toEqual([['1000', 1000, 'військовослужбовець']]);
  });

  it('takes a clock time for no figure', () => {
    expect(quantities('о 11.30 за київським часом')).toEqual([]);
    expect(quantities('до 11.30 доларів')).toEqual([['11.30 доларів', 11.3, 'долар']]);
  });

  it('names counted nouns in dictionary form', () => {
    expect(['військових', 'солдатів', 'доларів', 'людей', 'мешканців', 'відсотків', 'кілометрів'].map((w) => unitLemma(w, 'uk'))).toEqual(['військовий', 'солдат', 'долар', 'людина', 'мешканець', 'відсоток', 'кілометр']);
  });
});
