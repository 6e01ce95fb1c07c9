/**
 * Exports a Claimlens file in any export format, with the extension's code:
 *   npm run --silent export -- --format json|w3c|claimreview|csv|markdown \
 *     [--publisher NAME --publisher-url URL] FILE.claimlens.json
 * The file is a JSON export of any version (older ones are upgraded on read)
 * or a Claimlens W3C export. Its records are taken as an import would store
 * them (times in UTC, the newest of a duplicated id, only http(s) links), so
 * the output is what the extension exports after importing the file. What
 * was left out is said on stderr. The export goes to stdout.
 * A missing or malformed file or a bad option: a message on stderr, nothing
 * on stdout, exit status 2.
 */
import { readFileSync } from 'node:fs';
import { buildExport, EXPORT_FORMATS, type ExportFormat } from '../utils/export';
import type { Publisher } from '../utils/export/claim-review';
import { parseEnvelope } from '../utils/export/envelope';
import { isWebUrl } from '../utils/export/safe';
import { prepareImport } from '../utils/import/merge';

const USAGE = `usage: npm run --silent export -- --format ${EXPORT_FORMATS.join('|')} [--publisher NAME --publisher-url URL] FILE.claimlens.json`;

class UsageError extends Error {}

interface Options {
  format: ExportFormat;
  publisher?: Publisher;
  file: string;
}

/** Reads `--name value` and `--name=value` options and one file argument. */
export function parseArgs(argv: string[]): Options {
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

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function main(argv: string[]): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`export: ${message(error)}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    process.stderr.write(`export: cannot read ${options.file}: ${message(error)}\n`);
    return 2;
  }
  let output: string;
  try {
    const envelope = parseEnvelope(text);
    const { annotations, duplicates, droppedLinks } = prepareImport(envelope.annotations);
    if (duplicates) process.stderr.write(`export: ${duplicates} duplicate record(s) skipped (the newest of each id was used)\n`);
    for (const link of droppedLinks) process.stderr.write(`export: link dropped from ${link.id}, not http(s): ${link.url.slice(0, 80)}\n`);
    if (envelope.unknownFields.length) process.stderr.write(`export: unknown fields not exported: ${envelope.unknownFields.map((f) => f.field).join(', ')}\n`);
    output = buildExport(options.format, annotations, envelope.scope, new Date(), { publisher: options.publisher }).content;
  } catch (error) {
    process.stderr.write(`export: ${options.file} is not a Claimlens export: ${message(error)}\n`);
    return 2;
  }
  process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
