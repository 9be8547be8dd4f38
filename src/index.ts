/**
 * privacy-lint's public API: the manifest loader, and the Personal<> brand type for marking personal
 * data in code. (The analyzer, reporters and ESLint plugin join this surface as they land.)
 */
export {
  parseManifest,
  loadManifest,
  readManifest,
  findManifest,
  MANIFEST_NAMES,
  ManifestError,
  formatDiagnostic,
  ManifestSchema,
  parseDuration,
  durationInDays,
} from './manifest/index.js';
export type {
  Manifest,
  ManifestData,
  ManifestDiagnostic,
  ParseResult,
  DataItem,
  Purpose,
  Retention,
  Recipient,
  Processor,
  DataClass,
  Duration,
} from './manifest/index.js';
export { VERSION } from './version.js';

declare const personal: unique symbol;

/**
 * Marks a type as personal data of the manifest's item `Id`:
 * `type Email = Personal<string, 'email'>`. It changes nothing at run time and stays assignable
 * from and to `T`, so adopting it never forces a cast; the analyzer reads the brand through the checker.
 */
export type Personal<T, Id extends string = string> = T & { readonly [personal]?: Id };
