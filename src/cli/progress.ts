/**
 * Progress on a terminal: after about two seconds, one line on stderr, rewritten in place, says the phase and how
 * far it is ("reading packages/api/tsconfig.json: 1,234 files", "analysing …: 120 of 340 files"). Nothing when
 * stderr is not a terminal, with --quiet, or for runs that end sooner; stdout (JSON, SARIF) is never touched. The
 * engine is synchronous, so the line is redrawn from its progress callbacks, at most ten times a second.
 */
import type { ProgressEvent } from '../engine/project.js';
import type { Io } from './io.js';
import { displayPath } from './paths.js';

export interface Progress {
  update(event: ProgressEvent): void;
  /** Clears the line (before anything else is written to stderr). */
  clear(): void;
}

const AFTER_MS = 2000;
const EVERY_MS = 100;

export function progress(io: Io, enabled: boolean, now: () => number = () => performance.now()): Progress {
  const started = now();
  let last = -Infinity;
  let shown = false;
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    update(event) {
      if (!enabled) return;
      const t = now();
      if (t - started < AFTER_MS || t - last < EVERY_MS) return;
      last = t;
      const project = displayPath(io.cwd, event.project);
      const text = event.phase === 'program' ? `reading ${project}: ${n(event.files)} files` : `analysing ${project}: ${n(event.done)} of ${n(event.total)} files`;
      io.err(`\r\x1b[2Kprivacy-lint: ${text}…`);
      shown = true;
    },
    clear() {
      if (shown) io.err('\r\x1b[2K');
      shown = false;
    },
  };
}
