export { describeImport, ImportDataError, mergeImport, prepareImport, toUtc, type DroppedLink, type ImportReport, type MergeCounts } from './merge';
export { unknownFields, unknownHeaderFields, type UnknownField } from './unknown-fields';
export { looksLikeW3c, recordsFromW3c, W3cImportError } from './w3c';
/** The import entry point: reads a JSON export of any version or a Claimlens W3C export (then `importAnnotations` in utils/db). */
export { parseEnvelope, ImportError, type ParsedEnvelope } from '../export/envelope';
