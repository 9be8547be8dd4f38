import type { SinkSpec } from './types.js';

/**
 * Google Analytics through gtag.js: the `gtag('event', name, params)` / `gtag('set', 'user_data', {…})` global,
 * declared by @types/gtag.js or by the project itself (a project .d.ts is 'lib'), and the ga-gtag wrapper
 * (often untyped: recognised by its import specifier). The npm package named `gtag` is unrelated.
 */
export const GTAG_SINKS: readonly SinkSpec[] = [
  { name: 'gtag', kind: 'transfer', party: 'google_analytics', packages: ['gtag.js', 'lib', 'ga-gtag'], member: /^gtag$/, data: 'all' },
];
