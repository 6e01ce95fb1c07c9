export { describeImport, ImportDataError, mergeImport, prepareImport, toUtc, type DroppedLink, type ImportReport, type MergeCounts } from './merge';
export { unknownFields, unknownHeaderFields, type UnknownField } from './unknown-fields';
