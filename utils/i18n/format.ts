import type { Language } from './languages';

// Intl objects are costly to build and used for every row: one per language and options.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it: "3,000" / "3 000" (no-break space), "3.2" / "3,2". */
export function formatNumber(language: Language, value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 6 }): string {
  const id = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(id);
  if (!format) numberFormats.set(id, (format = new Intl.NumberFormat(language, options)));
  return format.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, withTime: boolean): Intl.DateTimeFormat {
  const id = `${language}|${withTime}`;
  let format = dateFormats.get(id);
  if (!format) {
    const day = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
    dateFormats.set(id, (format = new Intl.DateTimeFormat(language, withTime ? { ...day, hour: '2-digit', minute: '2-digit' } : day)));
  }
  return format;
}

/** A day as the language writes it: "11/27/2026", "27.11.2026". */
export function formatDate(language: Language, date: Date | string): string {
  return dateFormat(language, false).format(new Date(date));
}

/** A day and a time: "11/27/2026, 10:00 AM", "27.11.2026, 10:00". */
export function formatDateTime(language: Language, date: Date | string): string {
  return dateFormat(language, true).format(new Date(date));
}
