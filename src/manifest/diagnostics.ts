/**
 * Manifest diagnostics: every problem names the file, the 1-based line and column, the key path and
 * what to do, formatted as `privacy.yaml:12:5: purposes[0].items.required[2]: unknown data item "emial"
 * (did you mean "email"?)`. Errors make a manifest unusable; warnings are policy gaps.
 */
export type Severity = 'error' | 'warning';
export type KeyPath = ReadonlyArray<string | number>;

export interface ManifestDiagnostic {
  severity: Severity;
  /** Path of the manifest file as given by the caller. */
  file: string;
  /** 1-based; absent when the problem has no position (a missing file). */
  line?: number;
  column?: number;
  /** The key path, e.g. ['purposes', 0, 'items', 'required', 2]. */
  path: KeyPath;
  message: string;
  /** Stable identifier of the kind of problem, e.g. 'unknown-key', 'gap/no-retention'. */
  code: string;
  /** The legal article behind a policy gap, e.g. "PIPA Art 30(1)7". */
  article?: string;
}

/** `purposes[0].items.required[2]`; keys that are not identifiers are quoted. */
export function formatPath(path: KeyPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export function formatDiagnostic(d: ManifestDiagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const path = d.path.length > 0 ? `${formatPath(d.path)}: ` : '';
  const article = d.article ? ` (${d.article})` : '';
  return `${where}: ${d.severity === 'warning' ? 'warning: ' : ''}${path}${d.message}${article}`;
}

export function compareDiagnostics(a: ManifestDiagnostic, b: ManifestDiagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.message.localeCompare(b.message)
  );
}

/** Thrown by loadManifest when the manifest has errors; carries every diagnostic, warnings included. */
export class ManifestError extends Error {
  readonly diagnostics: readonly ManifestDiagnostic[];
  constructor(diagnostics: readonly ManifestDiagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(errors.map(formatDiagnostic).join('\n'));
    this.name = 'ManifestError';
    this.diagnostics = diagnostics;
  }
}
