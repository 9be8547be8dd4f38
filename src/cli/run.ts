/**
 * The CLI's dispatcher: picks the command, maps known errors to exit code 2 with one line each, and any other
 * error to exit code 3 with one line saying it is a bug and how to report it (the stack trace with --debug).
 */
import { ManifestError, formatDiagnostic } from '../manifest/diagnostics.js';
import { BaselineError } from '../results/baseline.js';
import { didYouMean } from '../manifest/suggest.js';
import { check } from './commands/check.js';
import { init } from './commands/init.js';
import { report } from './commands/report.js';
import { validate } from './commands/validate.js';
import { ConfigError, EXIT, UsageError, internalErrorLine } from './errors.js';
import type { Io } from './io.js';
import { displayPath } from '../paths.js';
import { VERSION } from '../version.js';

type Command = (argv: string[], io: Io) => Promise<number>;
const COMMANDS: Record<string, Command> = { check, validate, report, init };

export const HELP = `privacy-lint ${VERSION}: checks TypeScript code against your privacy policy (privacy.yaml).

Usage: privacy-lint <command> [options]

Commands:
  check [--project …] [--manifest …]   check the code against the manifest (--format text|json|sarif|codequality)
  validate [--manifest privacy.yaml]   check the manifest; list the policy's gaps
  report [--format html|md|json|policy] [--output DIR]
                                       the privacy review report (inventory, parties, data flow, findings)
  init [--project tsconfig.json]       draft privacy.yaml from what the code shows

Run "privacy-lint <command> --help" for a command's options. --debug (any command): the stack trace of an
internal error. Exit codes: 0 ok, 1 findings, 2 usage, configuration or manifest error, 3 internal error
(a bug: please report it). Docs: docs/cli.md.
`;

export async function run(args: string[], io: Io): Promise<number> {
  // --debug is accepted by every command, anywhere on the line.
  const debug = args.includes('--debug');
  const argv = args.filter((a) => a !== '--debug');
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  try {
    if (!command) {
      throw new UsageError(`privacy-lint: unknown command "${name}"${didYouMean(name, Object.keys(COMMANDS))}; run "privacy-lint --help"`);
    }
    return await command(rest, debug ? { ...io, debug } : io);
  } catch (e) {
    if (e instanceof UsageError) io.err(`${e.message}\n`);
    else if (e instanceof ConfigError) io.err(`${e.lines.join('\n')}\n`);
    else if (e instanceof ManifestError) {
      for (const d of e.diagnostics.filter((x) => x.severity === 'error')) io.err(`${formatDiagnostic({ ...d, file: displayPath(io.cwd, d.file) })}\n`);
      io.err('The manifest has errors; "privacy-lint validate" lists them all.\n');
    } else if (e instanceof BaselineError) {
      for (const d of e.diagnostics) io.err(`${formatDiagnostic(d)}\n`);
    } else {
      io.err(`${internalErrorLine(e)}\n`);
      if (debug) io.err(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      return EXIT.internal;
    }
    return EXIT.usage;
  }
}
