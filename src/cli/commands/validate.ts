import { readManifest } from '../../manifest/load.js';
import { formatDiagnostic } from '../../manifest/diagnostics.js';
import { commandFlags } from '../args.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { displayPath, manifestPath } from '../paths.js';
import { plural } from '../../words.js';

export const validateHelp = `Usage: privacy-lint validate [--manifest privacy.yaml]

Checks the privacy manifest: errors (syntax, unknown keys, wrong values, dangling references)
as file:line:col, then the policy's gaps as warnings with the article behind each (from the
manifest's jurisdictions), every "TODO" mark left in the file among them.
Exit code: 2 when the manifest has errors, 0 otherwise (warnings do not fail).
`;

export async function validate(argv: string[], io: Io): Promise<number> {
  const values = commandFlags('validate', argv, {
    manifest: { type: 'string' },
  }, validateHelp, io);
  if (!values) return EXIT.ok;
  const path = manifestPath(io.cwd, values.manifest);
  const file = displayPath(io.cwd, path);
  const result = readManifest(path);
  const diagnostics = result.diagnostics.map((d) => ({ ...d, file: displayPath(io.cwd, d.file) }));
  for (const d of diagnostics) io.out(`${formatDiagnostic(d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors > 0) {
    io.err(`${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}: the manifest cannot be used until the errors are fixed\n`);
    return EXIT.usage;
  }
  const todos = diagnostics.filter((d) => d.code === 'gap/todo').length;
  io.err(`${file}: valid (manifest v1), ${plural(warnings, 'policy gap')}${todos > 0 ? ` (${plural(todos, 'open TODO')})` : ''}\n`);
  return EXIT.ok;
}
