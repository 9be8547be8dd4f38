import { ConfigError } from './errors.js';

/** Where a command writes: results to out, progress and problems to err. Injected so tests run in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether err is a terminal (for colour); tests and CI get plain text. */
  colour: boolean;
  /** Whether stdout is a terminal: `report` writes files instead of printing a document there. */
  tty?: boolean;
  /** --debug: internal errors (and files that could not be analysed because of one) with their stack traces. */
  debug?: boolean;
  /** Whether stderr is a terminal: progress is shown there only then (never with --quiet, never on stdout). */
  progress?: boolean;
}

export function processIo(): Io {
  return {
    out: (t) => write(process.stdout, 'stdout', t),
    err: (t) => write(process.stderr, 'stderr', t),
    cwd: process.cwd(),
    colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    tty: Boolean(process.stdout.isTTY),
    progress: Boolean(process.stderr.isTTY),
  };
}

/** A write to stdout or stderr; one that fails at once (a full disk behind a redirect) is a configuration error, exit 2. */
function write(stream: NodeJS.WriteStream, name: string, text: string): void {
  try {
    stream.write(text);
  } catch (e) {
    throw new ConfigError([`privacy-lint: cannot write to ${name} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the disk and where ${name} is redirected`]);
  }
}
