/** Where a command writes: results to out, progress and problems to err. Injected so tests run in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether err is a terminal (for colour); tests and CI get plain text. */
  colour: boolean;
  /** Whether stdout is a terminal: `report` writes files instead of printing a document there. */
  tty?: boolean;
}

export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    tty: Boolean(process.stdout.isTTY),
  };
}
