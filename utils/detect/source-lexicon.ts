import type { Language } from '../model/claim';
import { perLanguage } from './per-language';

/**
 * Closed word classes the source finder needs, per language: where a
 * speaker's noun phrase stops, which words sit between speaker and cue, and
 * which words turn a cue into something else (a passive, a modal, a negation).
 */
export interface SourceLexicon {
  pronouns: Set<string>;
  firstPerson: Set<string>;
  relatives: Set<string>;
  /** Words that open a clause: the speaker's phrase never reaches back over them. */
  boundaries: Set<string>;
  /** Auxiliaries and adverbs between speaker and cue ("has", "also", "later"). */
  between: Set<string>;
  passive: Set<string>;
  modal: Set<string>;
  negation: Set<string>;
  /** Verbs whose infinitive complement is no claim ("declined to say", "plans to announce"). */
  noClaimBeforeTo: Set<string>;
  determiners: Set<string>;
  prepositions: Set<string>;
  /** Addressees between an inverted cue and its speaker ("заявил журналистам Песков"). */
  addressees: Set<string>;
  /** Function words that may head a source after an inverted cue ("сообщили в Минобороны"). */
  sourcePrepositions: Set<string>;
  timeWords: Set<string>;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const SOURCE_LEXICON: Record<Language, SourceLexicon> = perLanguage({
  en: () => ({
    pronouns: set('he she they it'),
    firstPerson: set('i we you'),
    relatives: set('who which'),
    boundaries: set('that after before when while because as although though if since where whereas but so than whether unless until once or and how why what amid despite'),
    between: set('however though too nonetheless nevertheless instead likewise always usually often sometimes rarely twice once has have had also meanwhile later earlier previously then again first further recently repeatedly publicly reportedly just already now today yesterday once still separately initially originally subsequently formally officially privately openly only even never ever frequently often last week month year on in at this tuesday monday wednesday thursday friday saturday sunday'),
    passive: set('was were is are be been being get got gets'),
    modal: set('can could would might may must should will shall cannot ’d \'d'),
    negation: set('not never no'),
    noClaimBeforeTo: set('declined refused failed expected planned plans plan wants want wanted hoped hopes set due going scheduled likely unlikely unwilling reluctant able unable about ready asked'),
    determiners: set('the a an this these those its his her their our my your such any some no every each another'),
    prepositions: set('amid with of for in on by from about over after despite against among without under into'),
    addressees: set(''),
    sourcePrepositions: set(''),
    timeWords: set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec week month year weekend morning afternoon evening night time day statement interview'),
  }),
  ru: () => ({
    pronouns: set('он она оно они его ее её их'),
    firstPerson: set('я мы вы'),
    relatives: set('который которая которое которые кто'),
    boundaries: set('что чтобы когда если как но а поскольку хотя пока где и или ли так потому после перед временем'),
    between: set('также тоже уже ранее позже позднее впоследствии неоднократно накануне вчера сегодня официально публично впервые вновь снова вскоре откровенно открыто прямо лично честно коротко кратко подробно отдельно дополнительно в во на понедельник вторник среду четверг пятницу субботу воскресенье'),
    passive: set('был была было были'),
    modal: set('может могут должен должна могли мог'),
    negation: set('не'),
    noClaimBeforeTo: set(''),
    determiners: set('этот эта эти его ее её их'),
    prepositions: set('в во на с со о об по к у из от для при без'),
    addressees: set('журналистам репортерам корреспонденту корреспондентам изданию агентству телеканалу газете радио'),
    sourcePrepositions: set('в во'),
    timeWords: set('понедельник вторник среду четверг пятницу субботу воскресенье января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
  }),
  uk: () => ({
    pronouns: set('він вона воно вони його її їхніми їх'),
    firstPerson: set('я ми ви'),
    relatives: set('який яка яке які котрий хто'),
    boundaries: set('що щоб коли якщо як але а бо оскільки хоча поки де і й та або чи тому після перед часом'),
    between: set('також теж вже уже раніше пізніше згодом неодноразово напередодні вчора сьогодні офіційно публічно вперше знову невдовзі відверто відкрито прямо особисто чесно коротко стисло детально окремо додатково у в на понеділок вівторок середу четвер пʼятницю суботу неділю'),
    passive: set('був була було були'),
    modal: set('може можуть має мають міг могла'),
    negation: set('не'),
    noClaimBeforeTo: set(''),
    determiners: set('цей ця ці його її їхній їх'),
    prepositions: set('в у на з зі із про по до від для при без'),
    addressees: set('журналістам репортерам кореспонденту кореспондентам виданню агентству телеканалу газеті радіо'),
    sourcePrepositions: set('в у'),
    timeWords: set('понеділок вівторок середу четвер суботу неділю січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'),
  }),
});

/** Head nouns that say what kind of speaker a phrase names. */
export const VAGUE_HEADS = set('media reports report press sources observers critics experts analysts commentators outlets newspapers some many others сми эксперты аналитики наблюдатели критики источники змі експерти аналітики спостерігачі критики джерела');
export const ANONYMOUS_MARKERS = /\b(?:anonymous|unnamed|anonymity|familiar with|briefed on|who asked not|who declined|to be named|on condition|not authori[sz]ed|insider|insiders)\b|(?:^|\s)(?:an?|one|two|three|several|some)\s+(?:\S+\s+){0,4}?(?:official|officials|source|sources|person|people|diplomat|diplomats|officer|aide|aides)\b|(?:^|\s)(?:источник|источники|собеседник|джерело|джерела|співрозмовник)/i;
export const OFFICIAL_HEADS = set('official officials spokesman spokeswoman spokesperson minister president secretary ambassador commander prosecutor prosecutors police governor mayor senator chief director attorney authorities authority general envoy representative chairman chairwoman head leader premier chancellor lawmaker lawmakers legislator diplomat officer мид министр президент пресс-секретарь спикер губернатор мэр глава посол командующий прокурор прокуратура представитель чиновник чиновники міністр речник голова посол прокурор представник посадовець посадовці мер');
export const ORGANISATION_HEADS = set('nations union ministry agency office department government court company organization organisation organizations military command committee council house service bank university army forces party commission institute union group association network newspaper news ngo fund police kremlin pentagon nato un eu staff corporation firm министерство ведомство правительство суд компания агентство служба штаб армия партия комитет совет кремль минобороны мвд мчс фсб міністерство відомство уряд суд компанія агентство служба штаб армія партія комітет рада зсу сбу мвс');
export const PLACE_NAMES = set('russia china ukraine us u.s. uk britain iran israel beijing moscow kyiv kiev washington pyongyang seoul tehran turkey france germany japan india nato eu kremlin pentagon london paris berlin brussels sweden россия китай украина москва киев кремль сша україна росія київ китай');
/** Groups that speak, demand and call on others in Russian and Ukrainian news ("правозахисники закликають"). */
export const GROUP_SPEAKERS = set('демонстранты протестующие правозащитники активисты лидеры депутаты сенаторы власти оппозиция жители родственники врачи военные дипломаты демонстранти протестувальники правозахисники активісти лідери депутати сенатори влада опозиція мешканці жителі родичі лікарі військові дипломати');
/** Titles before a name, stripped to find the name a pronoun later stands for. */
export const TITLE_WORDS = set('president vice deputy foreign prime minister secretary press white house ambassador dr dr. mr mr. mrs mrs. ms ms. rep rep. sen sen. gov gov. gen gen. general spokesman spokeswoman chief director commander analyst senior international correspondent us u.s. state attorney judge justice lieutenant colonel captain major sergeant');
