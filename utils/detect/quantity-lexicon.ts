import type { Language } from '../model/claim';

/**
 * Words around a figure, per language, as data. Hedges make a figure
 * approximate; time words make it a date, a time or a duration (not a
 * quantity); currencies and percent words fix its unit.
 */

export const HEDGES_BEFORE: Record<Language, string[]> = {
  en: [
    'some', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'more than', 'less than',
    'fewer than', 'over', 'under', 'at least', 'at most', 'up to', 'as many as', 'as much as', 'as few as',
    'as little as', 'below', 'above', 'an estimated', 'estimated', 'close to', 'upwards of', 'in excess of',
    'just over', 'just under', 'well over', 'more than a', 'an approximate', 'approx.', 'circa', 'maybe',
    'perhaps', 'possibly', 'an average of', 'on average', 'no fewer than', 'no more than', 'no less than',
  ],
  ru: [
    'около', 'более', 'свыше', 'почти', 'примерно', 'приблизительно', 'порядка', 'не менее', 'не более',
    'менее', 'как минимум', 'по меньшей мере', 'по крайней мере', 'более чем', 'больше', 'меньше',
    'не меньше', 'не больше', 'чуть более', 'чуть менее', 'почти что', 'около', 'ориентировочно', 'по оценкам',
  ],
  uk: [
    'понад', 'близько', 'майже', 'приблизно', 'щонайменше', 'не менше', 'не більше', 'більше', 'менше',
    'як мінімум', 'принаймні', 'орієнтовно', 'більш ніж', 'менш ніж', 'щонайбільше', 'за оцінками',
  ],
};

export const HEDGES_AFTER: Record<Language, string[]> = {
  en: ['or more', 'or so', 'or fewer', 'or less', 'plus', 'odd'],
  ru: ['с лишним', 'и более', 'или больше', 'с небольшим'],
  uk: ['з гаком', 'і більше', 'або більше', 'з лишком'],
};

/** Words that open a range whose second figure follows "and" / "до" / "до". */
export const RANGE_OPENERS: Record<Language, string[]> = {
  en: ['between'],
  ru: ['от', 'между'],
  uk: ['від', 'між'],
};

/** Words before "X to Y" that make it a change of value, not a range ("down by 30 to 126", "с 10 до 20"). */
export const CHANGE_OPENERS: Record<Language, string[]> = {
  en: ['by', 'from'],
  ru: ['с', 'со', 'на'],
  uk: ['з', 'із', 'зі', 'на'],
};

export const CURRENCY_SYMBOLS: Record<string, { currency: string; unit: string }> = {
  $: { currency: 'USD', unit: 'dollar' },
  US$: { currency: 'USD', unit: 'dollar' },
  '€': { currency: 'EUR', unit: 'euro' },
  '£': { currency: 'GBP', unit: 'pound' },
  '₽': { currency: 'RUB', unit: 'ruble' },
  '₴': { currency: 'UAH', unit: 'hryvnia' },
  '¥': { currency: 'JPY', unit: 'yen' },
};

/** Currency names after a figure; the unit is the English singular for all three languages' forms. */
export const CURRENCY_WORDS: Array<[string, string, string]> = [
  // [forms, currency, unit]
  ['dollar dollars', 'USD', 'dollar'],
  ['euro euros', 'EUR', 'euro'],
  ['ruble rubles rouble roubles', 'RUB', 'ruble'],
  ['hryvnia hryvnias hryvnas hryvnya', 'UAH', 'hryvnia'],
  ['yuan renminbi', 'CNY', 'yuan'],
  ['доллар доллара долларов доллары долларам долларами долларах долл', 'USD', 'доллар'],
  ['долар долара доларів долари доларам доларами доларах дол', 'USD', 'долар'],
  ['евро', 'EUR', 'евро'],
  ['євро', 'EUR', 'євро'],
  ['рубль рубля рублей рубли рублям рублями рублях руб', 'RUB', 'рубль'],
  ['рублів рублі', 'RUB', 'рубль'],
  ['гривна гривны гривну гривен гривнам гривнами', 'UAH', 'гривна'],
  ['гривня гривні гривню гривень гривнями грн', 'UAH', 'гривня'],
];

/** Percent and percentage-point words; the value is the unit name. */
export const PERCENT_WORDS: Array<[string, string]> = [
  ['%', 'percent'],
  ['percent', 'percent'],
  ['per cent', 'percent'],
  ['pct', 'percent'],
  ['pc', 'percent'],
  ['basis points', 'basis point'],
  ['basis point', 'basis point'],
  ['bps', 'basis point'],
  ['bp', 'basis point'],
  ['percentage points', 'percentage point'],
  ['percentage point', 'percentage point'],
  ['процентных пункта', 'процентный пункт'],
  ['процентных пунктов', 'процентный пункт'],
  ['процентов процента процент', 'процент'],
  ['відсоткових пункти', 'відсотковий пункт'],
  ['відсоткових пунктів', 'відсотковий пункт'],
  ['відсотків відсотки відсоток відсотка', 'відсоток'],
];

/**
 * Time words: a figure counting them is a date, time, duration or age.
 * Kept apart from units so that "17 years" or "три недели" is never a claim.
 */
export const TIME_WORDS: Record<Language, string[]> = {
  en: [
    'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'hrs',
    'minute', 'minutes', 'min', 'mins', 'second', 'seconds', 'sec', 'secs', 'decade', 'decades', 'century',
    'centuries', 'a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'utc', 'bst', 'cet', 'et', 'pt', 'est', 'edt',
    'night', 'nights', 'weekend', 'weekends', 'season', 'seasons', 'innings',
  ],
  ru: [
    'год', 'года', 'году', 'годом', 'годов', 'годы', 'годах', 'лет', 'г', 'гг', 'месяц', 'месяца', 'месяцев',
    'месяцы', 'неделя', 'недели', 'недель', 'неделю', 'день', 'дня', 'дней', 'дни', 'сутки', 'суток', 'час',
    'часа', 'часов', 'минута', 'минуты', 'минут', 'минуту', 'секунда', 'секунды', 'секунд', 'век', 'века',
    'веков', 'столетие', 'столетия', 'десятилетие', 'десятилетия', 'квартал', 'квартала',
  ],
  uk: [
    'рік', 'року', 'роки', 'років', 'роком', 'р', 'рр', 'місяць', 'місяця', 'місяці', 'місяців', 'тиждень',
    'тижня', 'тижні', 'тижнів', 'день', 'дня', 'дні', 'днів', 'доба', 'доби', 'діб', 'година', 'години',
    'годину', 'годин', 'хвилина', 'хвилини', 'хвилин', 'хвилину', 'секунда', 'секунди', 'секунд', 'століття',
    'десятиліття', 'квартал', 'кварталу',
  ],
};

/** Hyphenated time adjectives: "45-year-old", "12-month", "45-летний", "45-річний". */
export const TIME_COMPOUND = /^-?(?:year|month|week|day|hour|minute|second|decade|centur)|^-?(?:летн|річн|месячн|місячн|дневн|денн|часов|годинн|недельн|тижнев)/i;

export const MONTHS: Record<Language, string[]> = {
  en: [
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ],
  ru: [
    'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября',
    'декабря', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
    'ноябрь', 'декабрь', 'янв', 'фев', 'мар', 'апр', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек',
  ],
  uk: [
    'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня',
    'листопада', 'грудня', 'січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень',
    'серпень', 'вересень', 'жовтень', 'листопад', 'грудень',
  ],
};

/** Words before a figure that make it a label, not a count ("No. 5", "page 12", "Article 5", "Covid-19"). */
export const LABEL_WORDS: Record<Language, string[]> = {
  en: ['no.', 'nos.', 'number', 'page', 'pages', 'p.', 'pp.', 'chapter', 'section', 'article', 'flight', 'route', 'highway', 'room', 'gate', 'platform', 'line', 'level', 'grade', 'episode', 'season', 'vol.', 'volume', 'version', 'model', 'type', 'category', 'ward', 'phase', 'stage', 'step', 'rank', 'ranked', 'aged', 'age', 'ages', 'tier', 'size', 'ss', 'act', 'resolution'],
  ru: ['№', 'номер', 'статья', 'статьи', 'статьей', 'пункт', 'часть', 'рейс', 'трасса', 'возрасте', 'версии', 'версия', 'модели'],
  uk: ['№', 'номер', 'стаття', 'статті', 'статтею', 'пункт', 'частина', 'рейс', 'траса', 'віці', 'версії', 'версія', 'моделі'],
};

/** Measurement units after a figure (multi-word first), mapped to a singular unit name. */
export const MEASURE_WORDS: Array<[string, string]> = [
  ['metric tons metric tonnes metric ton', 'metric ton'],
  ['square kilometers square kilometres square kilometer square miles square mile', 'square kilometer'],
  ['km kilometers kilometres kilometer kilometre', 'kilometer'],
  ['kg kilograms kilogrammes kilogram', 'kilogram'],
  ['mph', 'mile per hour'],
  ['км километров километра километр', 'километр'],
  ['кілометрів кілометри кілометр', 'кілометр'],
  ['кг килограммов килограмма', 'килограмм'],
  ['тонн тонны тонна', 'тонна'],
  ['тонн тони тонна', 'тонна'],
];

/** Irregular English plurals for the head noun. */
export const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', police: 'police', personnel: 'personnel', staff: 'staff', data: 'data', media: 'media',
  series: 'series', species: 'species', aircraft: 'aircraft', news: 'news',
};

/** Words after a figure that are not its head noun ("30 of", "200 new"), skipped or stopping the search. */
export const HEAD_SKIP = new Set([
  'new', 'more', 'additional', 'extra', 'other', 'further', 'such', 'of', 'the', 'our', 'their', 'its', 'his',
  'her', 'local', 'foreign', 'major', 'main', 'total', 'former', 'current', 'different', 'individual',
]);
export const HEAD_STOP = new Set([
  'to', 'in', 'on', 'at', 'and', 'or', 'but', 'for', 'from', 'with', 'by', 'as', 'than', 'that', 'which', 'who',
  'is', 'are', 'was', 'were', 'have', 'has', 'had', 'be', 'been', 'will', 'would', 'a', 'an', 'this', 'these',
  'those', 'it', 'they', 'he', 'she', 'we', 'i', 'not', 'said', 'says', 'last', 'this', 'next', 'each', 'per',
  'in', 'и', 'в', 'на', 'с', 'по', 'за', 'из', 'от', 'до', 'что', 'і', 'у', 'з', 'від', 'що', 'не',
]);

/** Words between a figure and its time unit that keep it a duration ("10 more days", "три полных года"). */
export const TIME_ADJECTIVES = [
  'more', 'fewer', 'straight', 'consecutive', 'additional', 'further', 'long', 'full', 'whole', 'business',
  'working', 'calendar', 'last', 'next', 'other', 'previous', 'lunar', 'light', 'полных', 'последних',
  'ближайших', 'повних', 'останніх', 'найближчих',
];
