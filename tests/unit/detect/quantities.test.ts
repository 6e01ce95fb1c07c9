import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../utils/detect/index';
import type { Language, QuantityClaim } from '../../../utils/model/claim';

function quantities(text: string, lang: Language): QuantityClaim[] {
  return detectClaims(text, { lang }).filter((c): c is QuantityClaim => c.type === 'quantity');
}

type Row = [sentence: string, span: string, value: number, unit: string | null, approx: boolean, extra?: Partial<QuantityClaim>];

const ENGLISH: Row[] = [
  ['Officials counted 3,000 troops at the border.', '3,000', 3000, 'troop', false],
  ['They moved some 300 armored vehicles north.', 'some 300', 300, 'vehicle', true],
  ['Russia brought more than 120 artillery systems.', 'more than 120', 120, 'system', true],
  ['Officials counted 3.000 troops at the border.', '3.000', 3000, 'troop', false],
  ['Officials counted 3\u202F000 troops at the border.', '3\u202F000', 3000, 'troop', false],
  ['Officials counted 3\u00A0000 troops at the border.', '3\u00A0000', 3000, 'troop', false],
  ['The rate rose to 2.75 percent.', '2.75 percent', 2.75, 'percent', false],
  ['Prices climbed 12% in a year.', '12%', 12, 'percent', false],
  ['Turnout fell 4 per cent.', '4 per cent', 4, 'percent', false],
  ['The gap narrowed by 3 percentage points.', '3 percentage points', 3, 'percentage point', false],
  ['Inflation eased to 5pc in May.', '5pc', 5, 'percent', false],
  ['The $6.99-a-month service launched.', '$6.99', 6.99, 'dollar', false, { currency: 'USD' }],
  ['The bank raised rates by 25 basis points.', '25 basis points', 25, 'basis point', false],
  ['The deal is worth $8.8 billion.', '$8.8 billion', 8.8e9, 'dollar', false, { currency: 'USD' }],
  ['Fines reached €2.5m last year.', '€2.5m', 2.5e6, 'euro', false, { currency: 'EUR' }],
  ['The club paid £40 million for him.', '£40 million', 4e7, 'pound', false, { currency: 'GBP' }],
  ['Revenue hit $3bn.', '$3bn', 3e9, 'dollar', false, { currency: 'USD' }],
  ['The ticket costs 500 rubles.', '500 rubles', 500, 'ruble', false, { currency: 'RUB' }],
  ['Pensions rose by 1,000 hryvnias.', '1,000 hryvnias', 1000, 'hryvnia', false, { currency: 'UAH' }],
  ['Some 3,000 or more soldiers were sent.', 'Some 3,000 or more', 3000, 'soldier', true],
  ['About 40 people were hurt.', 'About 40', 40, 'person', true],
  ['More than 200 villages lost power.', 'More than 200', 200, 'village', true],
  ['At least 12 people died.', 'At least 12', 12, 'person', true],
  ['Up to 90 percent of cases are mild.', 'Up to 90 percent', 90, 'percent', true],
  ['Nearly 17.3 million cars were sold.', 'Nearly 17.3 million', 17.3e6, 'car', true],
  ['Police detained 10,000 to 12,000 protesters.', '10,000 to 12,000', 10000, 'protester', false, { high: 12000 }],
  ['Police detained 10,000-12,000 protesters.', '10,000-12,000', 10000, 'protester', false, { high: 12000 }],
  ['Between 40 and 50 boats sank.', 'Between 40 and 50', 40, 'boat', false, { high: 50 }],
  ['Farm purchases of $40-50 billion were promised.', '$40-50 billion', 4e10, 'dollar', false, { high: 5e10, currency: 'USD' }],
  ['An 11,000-strong contingent arrived.', '11,000-strong', 11000, 'contingent', false],
  ['A 55-kilometer convoy stalled.', '55-kilometer', 55, 'kilometer', false],
  ['Three people were arrested.', 'Three', 3, 'person', false],
  ['Police found a dozen rifles.', 'a dozen', 12, 'rifle', false],
  ['Hundreds of demonstrators blocked roads.', 'Hundreds', 100, 'demonstrator', true],
  ['Thousands of people marched.', 'Thousands', 1000, 'person', true],
  ['It leaked hundreds of thousands of files.', 'hundreds of thousands', 100000, 'file', true],
  ['Dozens of homes burned.', 'Dozens', 12, 'home', true],
  ['Twenty-five villages were flooded.', 'Twenty-five', 25, 'village', false],
  ['Output has tripled since the war.', 'tripled', 3, null, false],
  ['The bank cut rates by a quarter-point.', 'a quarter-point', 0.25, 'percentage point', false],
  ['Nationally, 3248 cases were reported.', '3248', 3248, 'case', false],
  ['Gambill told a few thousand teachers to go home.', 'a few thousand', 3000, 'teacher', true],
  ['The fund raised $10K in a day.', '$10K', 10000, 'dollar', false, { currency: 'USD' }],
  ['It costs Rs 500 per month.', 'Rs 500', 500, 'rupee', false, { currency: 'INR' }],
  ['Some half a million people fled.', 'Some half a million', 500000, 'person', true],
  ['A hundred thousand people marched.', 'A hundred thousand', 100000, 'person', false],
  ['More than a dozen people died.', 'More than a dozen', 12, 'person', true],
  ['Several dozen protesters gathered.', 'Several dozen', 36, 'protester', true],
];

const RUSSIAN: Row[] = [
  ['В учениях участвуют 3 000 военных.', '3 000', 3000, 'военный', false],
  ['В учениях участвуют 3\u00A0000 военных.', '3\u00A0000', 3000, 'военный', false],
  ['Инфляция составила 7,4%.', '7,4%', 7.4, 'percent', false],
  ['Эвакуированы около 500 жителей.', 'около 500', 500, 'житель', true],
  ['Пострадали более 40 человек.', 'более 40', 40, 'человек', true],
  ['Собрано свыше 1,2 млн подписей.', 'свыше 1,2 млн', 1.2e6, 'подписей', true],
  ['Ущерб оценивается в 3 млрд рублей.', '3 млрд рублей', 3e9, 'рубль', false, { currency: 'RUB' }],
  ['Бюджет программы — 250 тыс. долларов.', '250 тыс. долларов', 250000, 'доллар', false, { currency: 'USD' }],
  ['На митинг пришли три тысячи человек.', 'три тысячи', 3000, 'человек', false],
  ['На улицы вышли сотни людей.', 'сотни', 100, 'человек', true],
  ['Уволены десятки тысяч сотрудников.', 'десятки тысяч', 10000, 'сотрудников', true],
  ['Задержаны не менее 15 участников.', 'не менее 15', 15, 'участников', true],
  ['Поставки выросли вдвое.', 'вдвое', 2, null, false],
  ['Цена составит от 100 до 150 рублей.', 'от 100 до 150 рублей', 100, 'рубль', false, { high: 150, currency: 'RUB' }],
  ['Погибли двадцать пять человек.', 'двадцать пять', 25, 'человек', false],
  ['Выручка составила 1,5 млрд руб. за год.', '1,5 млрд руб', 1.5e9, 'рубль', false, { currency: 'RUB' }],
  ['На улицы вышли несколько сотен человек.', 'несколько сотен', 300, 'человек', true],
  ['Около сотни домов остались без света.', 'Около сотни', 100, 'домов', true],
];

const UKRAINIAN: Row[] = [
  ['Евакуйовано 3 000 мешканців.', '3 000', 3000, 'мешканець', false],
  ['Інфляція сягнула 12,8%.', '12,8%', 12.8, 'percent', false],
  ['Постраждали понад 60 людей.', 'понад 60', 60, 'людина', true],
  ['Зібрано близько 2 млн гривень.', 'близько 2 млн гривень', 2e6, 'гривня', true, { currency: 'UAH' }],
  ['Програма коштує 500 тис. доларів.', '500 тис. доларів', 500000, 'долар', false, { currency: 'USD' }],
  ['На мітинг прийшли три тисячі людей.', 'три тисячі', 3000, 'людина', false],
  ['Без світла залишилися тисячі родин.', 'тисячі', 1000, 'родина', true],
  ['Сотні волонтерів допомагали.', 'Сотні', 100, 'волонтерів', true],
  ['Затримано щонайменше 7 осіб.', 'щонайменше 7', 7, 'осіб', true],
  ['Ціни зросли вдвічі.', 'вдвічі', 2, null, false],
  ['Було збито п’ять дронів.', 'п’ять', 5, 'дронів', false],
  ['Пенсія становить 4 500 ₴.', '4 500 ₴', 4500, 'hryvnia', false, { currency: 'UAH' }],
  ['Кількасот людей вийшли на акцію.', 'Кількасот', 300, 'людина', true],
  ['Прибуток склав 150 тис. доларів.', '150 тис. доларів', 150000, 'долар', false, { currency: 'USD' }],
];

describe.each([
  ['en', ENGLISH],
  ['ru', RUSSIAN],
  ['uk', UKRAINIAN],
] as const)('quantities in %s', (lang, rows) => {
  it.each(rows)('%s', (sentence, span, value, unit, approx, extra) => {
    const found = quantities(sentence, lang);
    expect(found.map((c) => c.text)).toEqual([span]);
    const [claim] = found;
    expect(claim.value).toBeCloseTo(value, 9);
    expect(claim.unit).toBe(unit);
    expect(claim.approx).toBe(approx);
    expect(sentence.slice(claim.start, claim.end)).toBe(span);
    if (extra?.high !== undefined) expect(claim.high).toBeCloseTo(extra.high, 9);
    else expect(claim.high).toBeUndefined();
    if (extra?.currency) expect(claim.currency).toBe(extra.currency);
  });
});

describe('hedges are kept as written', () => {
  it('lists every hedge word of a figure', () => {
    const [claim] = quantities('Some 3,000 or more soldiers were sent.', 'en');
    expect(claim.hedges).toEqual(['Some', 'or more']);
  });
  it('keeps Russian and Ukrainian hedges', () => {
    expect(quantities('Эвакуированы около 500 жителей.', 'ru')[0].hedges).toEqual(['около']);
    expect(quantities('Постраждали понад 60 людей.', 'uk')[0].hedges).toEqual(['понад']);
  });
});

/** Figures that are not claims: each sentence must yield no quantity at all. */
const NOT_QUANTITIES: Array<[Language, string]> = [
  ['en', 'The summit opened on March 27, 2025.'],
  ['en', 'Talks resumed on 15 November in Geneva.'],
  ['en', 'Kim visited Moscow in 2019 and 2023.'],
  ['en', 'He served for 17 years in the army.'],
  ['en', 'The talks will last three weeks.'],
  ['en', 'A 45-year-old man was detained.'],
  ['en', 'Carlineo Jr., 55, of Addison pleaded guilty.'],
  ['en', 'She finished third in the race.'],
  ['en', 'The Boeing 787 entered service late.'],
  ['en', 'Traffic jammed on the M2 highway.'],
  ['en', 'Call 555-123-4567 for details.'],
  ['en', 'Call +1 202 555 0143 for details.'],
  ['en', 'Watch from 0:00 0:02:23 0:00 onwards.'],
  ['en', 'The meeting starts at 10:30.'],
  ['en', 'Arsenal won 3-1 at home.'],
  ['en', 'The 1990s were different.'],
  ['en', 'He has one brother.'],
  ['en', 'Covid-19 spread quickly.'],
  ['en', 'The F-16 jets arrived.'],
  ['en', 'The new 5G network is live.'],
  ['en', 'The 12-month average fell.'],
  ['en', 'It is the third 90-day truce.'],
  ['en', 'The set supports 4K output.'],
  ['en', '6. Eat more fiber'],
  ['en', 'Binge eating is common (5).'],
  ['en', 'The show runs Oct. 28–29 in Chesapeake City.'],
  ['en', 'The LC 500 is a grand tourer.'],
  ['en', 'He has a few friends.'],
  ['en', 'Over a 13.8-billion-year period, stars formed.'],
  ['en', 'They lost 1-3 at home.'],
  ['en', 'He lives at 10 Downing Street.'],
  ['en', 'It starts at 2 a.m. daily.'],
  ['en', 'Since 9/11 things changed.'],
  ['en', 'The victim, 23, was taken to hospital.'],
  ['en', 'The new iPhone 11 sold well.'],
  ['ru', 'Встреча прошла 15 марта 2024 года.'],
  ['ru', 'Он работал там 5 лет.'],
  ['ru', 'Задержан 45-летний мужчина.'],
  ['ru', 'В небе заметили Су-35.'],
  ['ru', 'Начало в 10:30.'],
  ['ru', 'Звоните +7 (495) 123-45-67.'],
  ['ru', 'Указ подписан 24.02.2022 в 14:00.'],
  ['ru', 'В 2023-2024 годах реформа продолжилась.'],
  ['ru', 'Он умер в возрасте 45 лет.'],
  ['uk', 'Зустріч відбулася 24 лютого 2022 року.'],
  ['uk', 'Він працював там 3 роки.'],
  ['uk', 'Затримано 35-річного чоловіка.'],
  ['uk', 'Атака тривала 5 годин.'],
];

describe('not quantities', () => {
  it.each(NOT_QUANTITIES)('[%s] %s', (lang, sentence) => {
    expect(quantities(sentence, lang).map((c) => c.text)).toEqual([]);
  });
});
