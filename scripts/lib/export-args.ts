import { EXPORT_FORMATS, type ExportFormat } from '../../utils/export';
import type { Publisher } from '../../utils/export/claim-review';
import { isWebUrl } from '../../utils/export/safe';

/** The command line of `npm run export` (scripts/export.ts), read without side effects so it is tested directly. */
export const USAGE = `usage: npm run --silent export -- --format ${EXPORT_FORMATS.join('|')} [--publisher NAME --publisher-url URL] FILE.claimlens.json`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ExportArgs {
  format: ExportFormat;
  publisher?: Publisher;
  file: string;
}

/** Reads `--name value` and `--name=value` options and one file argument. */
export function parseExportArgs(argv: string[]): ExportArgs {
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!['format', 'publisher', 'publisher-url'].includes(name)) throw new UsageError(`unknown option --${name}`);
    if (values.has(name)) throw new UsageError(`--${name} given twice`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    values.set(name, value);
  }
  const format = values.get('format');
  if (!format) throw new UsageError('--format is required');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (one of ${EXPORT_FORMATS.join(', ')})`);
  if (files.length !== 1) throw new UsageError(files.length ? `one file at a time (got ${files.length})` : 'no file given');
  const name = values.get('publisher')?.trim();
  const url = values.get('publisher-url')?.trim();
  if (url !== undefined && !isWebUrl(url)) throw new UsageError(`--publisher-url must be an http(s) address, not "${url}"`);
  if (url !== undefined && !name) throw new UsageError('--publisher-url needs --publisher NAME');
  if (values.has('publisher') && !name) throw new UsageError('--publisher needs a name');
  return { format: format as ExportFormat, file: files[0], ...(name ? { publisher: { name, url: url ?? '' } } : {}) };
}

