/**
 * A message is a text with `{name}` placeholders, or, when it counts
 * something, one text per plural form of the language (Intl.PluralRules):
 * English has one/other, Russian and Ukrainian one/few/many/other
 * ("1 утверждение", "2 утверждения", "5 утверждений", "1,5 утверждения").
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralForms;

/** A Slavic catalogue must give every plural form. */
export type SlavicPlural = Required<PluralForms>;

/** The placeholders of a text: "{shown} of {count}" → ["count", "shown"]. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}
