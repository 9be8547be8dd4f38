/**
 * The baseline: the findings a team knew of when it adopted privacy-lint, in a file it commits
 * (`privacy-baseline.json`), so that a run reports only what is new. `check --update-baseline` writes it;
 * `check --baseline FILE` leaves out the findings it knows and reports its entries that match nothing any more
 * (stale: fixed, or changed beyond recognition); the ESLint plugin reads the same file (settings.privacy.baseline).
 *
 * Entries are matched by fingerprint (fingerprint.ts: rule, file and message, no line), with files relative to
 * the baseline's own folder, so the file means the same wherever the tool runs and survives line shifts. The file
 * is sorted (file, rule, fingerprint) and holds no line numbers or dates, so a diff of it reads as "these findings
 * were added, these fixed". `author` and `reason` are for a reviewer to fill in; an update keeps them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Finding } from '../checks/check.js';
import { compareDiagnostics, type ManifestDiagnostic } from '../manifest/diagnostics.js';
import { schemaDiagnostics } from '../manifest/schema-issues.js';
import { ManifestSource } from '../manifest/source.js';
import { posixRelative } from '../paths.js';
import { cmp } from '../engine/labels.js';
import { fingerprints } from './fingerprint.js';
import type { CheckResult } from './run.js';

const EntrySchema = z.strictObject({
  fingerprint: z.string().regex(/^[0-9a-f]{32}:\d+$/, { error: 'is not a fingerprint: write it as privacy-lint does (32 hex digits, ":", a number)' }),
  rule: z.string(),
  file: z.string(),
  items: z.array(z.string()),
  message: z.string(),
  author: z.string().optional().describe('Who reviewed this entry (for a reviewer to fill in).'),
  reason: z.string().optional().describe('Why it may stay (for a reviewer to fill in).'),
});

const BaselineSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  findings: z.array(EntrySchema),
});

export type BaselineEntry = z.infer<typeof EntrySchema>;
export type BaselineFile = z.infer<typeof BaselineSchema>;

export interface Baseline {
  /** The file (absolute). */
  file: string;
  entries: BaselineEntry[];
}

const COMMENT = 'privacy-lint baseline: findings known before adoption. check --baseline reports only findings not listed here; check --update-baseline rewrites it. Fill in author and reason when you review an entry.';

/** A baseline file that cannot be used: its problems as file:line:col diagnostics (the CLI exits 2). */
export class BaselineError extends Error {
  override name = 'BaselineError';
  constructor(readonly diagnostics: readonly ManifestDiagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
  }
}

/** Reads and checks a baseline file; problems throw a BaselineError naming the file as `shown`. */
export function readBaseline(file: string, shown = file): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError([diagnostic(shown, code === 'ENOENT' ? 'no such file; write it with "privacy-lint check --update-baseline --baseline FILE"' : `cannot be read: ${code ?? (e as Error).message}`)]);
  }
  return parseBaseline(text, file, shown);
}

export function parseBaseline(text: string, file: string, shown = file): Baseline {
  const source = new ManifestSource(shown, text);
  if (source.document.errors.length > 0) {
    const e = source.document.errors[0]!;
    const { line, column } = source.positionOfOffset(e.pos[0]);
    throw new BaselineError([{ ...diagnostic(shown, `not valid JSON: ${e.message.split('\n')[0]}; fix it, or write it again with --update-baseline`), line, column }]);
  }
  const raw: unknown = source.document.toJS();
  const parsed = BaselineSchema.safeParse(raw);
  if (!parsed.success) throw new BaselineError(schemaDiagnostics(parsed.error.issues, BaselineSchema, raw, source).sort(compareDiagnostics));
  return { file, entries: parsed.data.findings };
}

/** What a baseline makes of a run's findings. */
export interface BaselineOutcome {
  /** Findings the baseline does not know: the ones to report. */
  fresh: Finding[];
  /** How many findings it knew. */
  known: number;
  /** Its entries that match no finding (of the rules that ran). */
  stale: BaselineEntry[];
}

/**
 * Splits `findings` (a subset of `result`'s, e.g. after --quiet) into known and new. Fingerprints are numbered
 * over all of `result`'s findings and suppressed findings, in order, so ESLint (which leaves eslint-disable to the
 * linter) and the CLI number them alike. Stale entries are judged against `result.findings`, for the rules in `ran`.
 */
export function applyBaseline(baseline: Baseline, result: CheckResult, ran: ReadonlySet<string>): BaselineOutcome {
  const prints = fingerprintsOf(result, dirname(baseline.file));
  const listed = new Set(baseline.entries.map((e) => e.fingerprint));
  const current = new Set(result.findings.map((f) => prints.get(f)!));
  const fresh = result.findings.filter((f) => !listed.has(prints.get(f)!));
  const stale = baseline.entries.filter((e) => ran.has(e.rule) && !current.has(e.fingerprint));
  return { fresh, known: result.findings.length - fresh.length, stale };
}

/** Each finding's fingerprint (findings and suppressed ones numbered together, in the order checkModel sorts them). */
export function fingerprintsOf(result: CheckResult, root: string): Map<Finding, string> {
  const all = [...result.findings, ...result.suppressed.map((s) => s.finding)].sort(compareForPrints);
  const prints = fingerprints(all, root);
  return new Map(all.map((f, i) => [f, prints[i]!]));
}

/**
 * The baseline for `result`: an entry per finding, keeping the author and reason of entries that still match, and
 * the entries of rules that did not run (check --rule) as they were.
 */
export function updatedBaseline(previous: Baseline | undefined, file: string, result: CheckResult, ran: ReadonlySet<string>): BaselineFile {
  const root = dirname(file);
  const prints = fingerprintsOf(result, root);
  const before = new Map((previous?.entries ?? []).map((e) => [e.fingerprint, e]));
  const entries: BaselineEntry[] = result.findings.map((f) => {
    const fingerprint = prints.get(f)!;
    const old = before.get(fingerprint);
    return {
      fingerprint,
      rule: f.ruleId,
      file: posixRelative(root, f.location.file),
      items: [...f.dataItems].sort(),
      message: shortMessage(f.message),
      ...(old?.author !== undefined ? { author: old.author } : {}),
      ...(old?.reason !== undefined ? { reason: old.reason } : {}),
    };
  });
  const kept = (previous?.entries ?? []).filter((e) => !ran.has(e.rule));
  const unique = new Map([...kept, ...entries].map((e) => [e.fingerprint, e]));
  const findings = [...unique.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint));
  return { $comment: COMMENT, version: 1, findings };
}

export function writeBaseline(file: string, content: BaselineFile): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, baselineText(content));
}

/** Two-space JSON with each entry's item list on one line, so one finding is a handful of lines in a diff. */
export function baselineText(content: BaselineFile): string {
  const text = JSON.stringify(content, null, 2).replace(/\[\n\s+("(?:[^"\\\n]|\\.)*"(?:,\n\s+"(?:[^"\\\n]|\\.)*")*)\n\s+\]/g, (_, list: string) => `[${list.split(/,\n\s+/).join(', ')}]`);
  return `${text}\n`;
}

/** The message's first sentence, at most 160 characters: enough for a reviewer to recognise the finding. */
export function shortMessage(message: string): string {
  const first = /^.*?[.!?](?=\s|$)/.exec(message)?.[0] ?? message;
  return first.length <= 160 ? first : `${first.slice(0, 159)}…`;
}

function compareForPrints(a: Finding, b: Finding): number {
  return a.location.line - b.location.line || a.location.column - b.location.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message);
}

function diagnostic(file: string, message: string): ManifestDiagnostic {
  return { severity: 'error', file, path: [], message, code: 'baseline' };
}
