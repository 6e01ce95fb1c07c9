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
import { buildExport } from '../utils/export';
import { parseEnvelope } from '../utils/export/envelope';
import { prepareImport } from '../utils/import/merge';
import { parseExportArgs, USAGE, type ExportArgs } from './lib/export-args';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function main(argv: string[]): number {
  let options: ExportArgs;
  try {
    options = parseExportArgs(argv);
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
