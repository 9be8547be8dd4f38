/**
 * Errors the CLI knows how to report: one line each, exit code 2. Anything else is a bug and is
 * rethrown with its stack so it can be reported.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A configuration problem already formatted as lines (manifest diagnostics, a missing tsconfig). */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
