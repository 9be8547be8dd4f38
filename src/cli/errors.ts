/**
 * Errors the CLI knows how to report: one line each, exit code 2. Anything else is a bug: one line that says
 * so and how to report it, exit code 3 (run.ts), the stack trace only with --debug.
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

/**
 * 0 success (no error-level finding); 1 error-level findings; 2 usage, configuration or manifest error (and
 * with --fail-on-incomplete, files not analysed); 3 internal error (a bug), never 1, so CI cannot mistake a
 * crash for a result.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

export const ISSUES = 'https://github.com/privacy-lint/privacy-lint/issues';

/** The one line an internal error prints (the stack follows only with --debug). */
export function internalErrorLine(e: unknown): string {
  const message = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
  return `privacy-lint: internal error (a bug in privacy-lint, not in your code or manifest): ${message}. Please report it at ${ISSUES} with the command you ran; run it again with --debug to include the stack trace.`;
}
