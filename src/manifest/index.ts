export { parseManifest, loadManifest, readManifest, findManifest, MANIFEST_NAMES, type Manifest, type ParseResult } from './load.js';
export { ManifestError, formatDiagnostic, formatPath, type ManifestDiagnostic, type Severity, type KeyPath } from './diagnostics.js';
export { ManifestSchema, type ManifestData, type DataItem, type Purpose, type Retention, type Recipient, type Processor, type DataClass } from './schema.js';
export { parseDuration, durationInDays, type Duration } from './duration.js';
