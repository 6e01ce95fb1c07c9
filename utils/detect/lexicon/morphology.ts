/**
 * A small table-driven morphology for Russian and Ukrainian reporting verbs:
 * each verb is a row of stems, each stem carries an ending class, and the
 * classes below spell out the forms news text uses (past tense in every
 * gender and number, present or future third person, reflexive impersonal
 * forms, gerunds, active participles). Listing stems instead of forms keeps
 * the lexicon short and complete: a verb added once gets all its forms.
 */

export type Lang = 'ru' | 'uk';

/**
 * One verb as data: `lemma` is reported as the cue. Stems (all optional):
 * - `past`: past-tense stem of the perfective ("заяви" → заявил/заявив, заявила, …), which also makes its gerund (заявив/заявивши);
 * - `future`: "stem/class" of the perfective's future ("заяв/и" → заявит);
 * - `ipfPast`: past-tense stem of the imperfective ("заявля" → заявлял/заявляв, …);
 * - `present`: "stem/class" of the imperfective's present ("заявля/е" → заявляет, заявляют, заявляя);
 * - `forms`: irregular forms written out ("опроверг", "передаёт").
 * Flags: `strict` (other senses: needs a visible quote or clause), `refl` (the
 * imperfective has an impersonal reflexive: "отмечается", "зазначається"),
 * `object` (an object follows the verb, "требует консультации": the speaker
 * must stand before it or the cue is no claim).
 */
export interface VerbRow {
  lemma: string;
  past?: string;
  future?: string;
  ipfPast?: string;
  present?: string;
  forms?: string;
  flags?: string;
}

/** Generated forms of one row, split by how they behave as cues. */
export interface VerbForms {
  finite: string[];
  gerunds: string[];
  /** Reflexive impersonal forms ("говорится", "зазначається"): one sense only, so never strict. */
  impersonal: string[];
}

/** Past-tense endings: masculine, feminine, neuter, plural. */
const PAST: Record<Lang, string[]> = { ru: ['л', 'ла', 'ло', 'ли'], uk: ['в', 'ла', 'ло', 'ли'] };
const PAST_REFLEXIVE: Record<Lang, string[]> = { ru: ['лось'], uk: ['лося', 'лось'] };
/** Perfective gerunds from the past stem ("заявив", "заявивши"); Russian also has active participles ("заявивший"). */
const PAST_GERUND: Record<Lang, string[]> = { ru: ['в', 'вши'], uk: ['вши'] };
const PAST_PARTICIPLE: Record<Lang, string[]> = { ru: ['вший', 'вшая', 'вшие', 'вшего', 'вшей'], uk: [] };

/**
 * Present/future classes: [third singular, third plural, gerund, reflexive third singular].
 * Russian: е (сообща/е → сообщает, сообщают, сообщая, сообщается), у (пиш/у → пишет, пишут),
 * и (говор/и → говорит, говорят, говоря, говорится), ж (сообщ/ж → сообщит, сообщат).
 * Ukrainian: є (повідомля/є → повідомляє, повідомляють, повідомляючи, повідомляється),
 * е (каж/е → каже, кажуть, кажучи), и (говор/и → говорить, говорять, говорячи, говориться),
 * ж (крич/ж → кричить, кричать, кричачи).
 */
const PRESENT: Record<Lang, Record<string, [string, string, string, string]>> = {
  ru: {
    е: ['ет', 'ют', 'я', 'ется'],
    у: ['ет', 'ут', '', 'ется'],
    и: ['ит', 'ят', 'я', 'ится'],
    ж: ['ит', 'ат', 'а', 'ится'],
  },
  uk: {
    є: ['є', 'ють', 'ючи', 'ється'],
    е: ['е', 'уть', 'учи', 'еться'],
    и: ['ить', 'ять', 'ячи', 'иться'],
    ж: ['ить', 'ать', 'ачи', 'иться'],
  },
};

function splitStem(spec: string, lang: Lang): [string, [string, string, string, string]] {
  const [stem, cls] = spec.split('/');
  const endings = PRESENT[lang][cls];
  if (!endings) throw new Error(`Unknown ${lang} verb class "${cls}" in "${spec}"`);
  return [stem, endings];
}

/** Every form of a row, in the order finite forms then gerunds. */
export function verbForms(row: VerbRow, lang: Lang): VerbForms {
  const finite: string[] = [];
  const gerunds: string[] = [];
  const impersonal: string[] = [];
  const refl = row.flags?.includes('refl') ?? false;
  if (row.past) {
    for (const e of PAST[lang]) finite.push(row.past + e);
    for (const e of PAST_GERUND[lang]) gerunds.push(row.past + e);
    for (const e of PAST_PARTICIPLE[lang]) gerunds.push(row.past + e);
  }
  if (row.ipfPast) {
    for (const e of PAST[lang]) finite.push(row.ipfPast + e);
    // The impersonal past: "сообщалось", "зазначалося".
    if (refl) for (const e of PAST_REFLEXIVE[lang]) impersonal.push(row.ipfPast + e);
  }
  if (row.future) {
    // A perfective's future: third person singular and plural ("заявит", "призовут").
    const [stem, [sg, pl]] = splitStem(row.future, lang);
    finite.push(stem + sg, stem + pl);
    if (lang === 'ru' && sg === 'ет' && pl === 'ут') finite.push(stem + 'ёт'); // "призовёт", "подчеркнёт"
  }
  if (row.present) {
    const [stem, [sg, pl, gerund, reflexive]] = splitStem(row.present, lang);
    finite.push(stem + sg, stem + pl);
    if (lang === 'ru' && sg === 'ет' && pl === 'ут') finite.push(stem + 'ёт');
    if (gerund) gerunds.push(stem + gerund);
    if (refl) impersonal.push(stem + reflexive);
  }
  for (const form of (row.forms ?? '').split(' ').filter(Boolean)) {
    // Irregular forms: a gerund ends like one ("передавая", "кажучи", "пославшись"); the rest are finite.
    if (/(?:вши|вшись|ючи|ячи|учи|ачи|вая|ив|ав|ув|нув)$/.test(form) && !(lang === 'uk' && /[иаую]в$/.test(form))) gerunds.push(form);
    else finite.push(form);
  }
  return { finite: [...new Set(finite)], gerunds: [...new Set(gerunds)], impersonal: [...new Set(impersonal)] };
}
