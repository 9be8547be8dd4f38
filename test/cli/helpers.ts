import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';

export interface Ran {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process, as `privacy-lint ...args` in `cwd`. */
export async function cli(args: string[], cwd: string): Promise<Ran> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), cwd, colour: false };
  const code = await run(args, io);
  return { code, out, err };
}

export const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
