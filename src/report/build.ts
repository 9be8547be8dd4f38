/**
 * buildReport: the review report as a pure view of what `check` already knows: the engine's Model, the
 * findings after suppressions, and the manifest with its policy gaps. Nothing here looks at the AST;
 * party matching and retention judgements reuse the checks' own functions, so the report cannot
 * disagree with `check`. Source files are read only for the findings' excerpts (once each).
 */
import { RULE_NAMES, type Finding } from '../results/run.js';
import { Policy } from '../checks/policy.js';
import type { Model } from '../engine/model.js';
import { formatPath, type ManifestDiagnostic } from '../manifest/diagnostics.js';
import type { ManifestData } from '../manifest/schema.js';
import { toReported } from '../results/result.js';
import { posixRelative } from '../paths.js';
import { VERSION } from '../version.js';
import { arrivals } from './arrivals.js';
import { excerpt, fileReader, type ReadSource } from './excerpt.js';
import { flowGraph } from './graph.js';
import { inventory, itemOrder } from './inventory.js';
import { recordRows } from './record.js';
import { partyRows } from './parties.js';
import { cmp, comparePlaces, place, placeKey, uniqueSorted } from './places.js';
import type { Drift, InventoryRow, PartyRow, Report, ReportFinding, ReportGap, Verdict } from './types.js';
import { plural } from '../words.js';

export interface ReportInput {
  model: Model;
  /** The findings as `check` reports them (checkModel's, after suppressions). */
  findings: readonly Finding[];
  /** The findings suppression comments cover, with their reasons (checkModel's `suppressed`). */
  suppressed?: ReadonlyArray<{ finding: Finding; reason: string }>;
  manifest: ManifestData;
  /** The manifest's policy gaps (Manifest.warnings), as `validate` lists them. */
  gaps: readonly ManifestDiagnostic[];
  /** Paths in the report are relative to this folder. */
  cwd: string;
  /** The analysed tsconfig.json and the manifest file (absolute or relative to cwd). */
  tsconfig: string;
  /** Every tsconfig analysed (absolute or relative to cwd), references first; default: `tsconfig`. */
  projects?: readonly string[];
  /** Files not analysed beyond the Model's `skipped` (a file TypeScript could not parse). */
  notAnalysed?: ReadonlyArray<{ file: string; reason: string }>;
  manifestFile: string;
  /** Reads a source file for excerpts (default: the file system, each file once). */
  readSource?: ReadSource;
}

export function buildReport(input: ReportInput): Report {
  const { model, manifest, cwd } = input;
  const policy = new Policy(manifest);
  const all = arrivals(model, policy);
  const ids = itemOrder(model, policy);
  const read = input.readSource ?? fileReader();
  const rows = inventory(ids, all, model, policy, cwd, read);
  const parties = partyRows(all, policy, cwd);
  const findings = input.findings.map((f) => reportFinding(f, cwd, read));
  const gaps = input.gaps.filter((g) => g.severity === 'warning').map((g) => reportGap(g, cwd));
  return {
    version: 1,
    tool: { name: 'privacy-lint', version: VERSION },
    project: {
      tsconfig: posixRelative(cwd, input.tsconfig),
      projects: (input.projects ?? [input.tsconfig]).map((p) => posixRelative(cwd, p)),
      manifest: posixRelative(cwd, input.manifestFile),
      controller: manifest.controller.name,
      ...(manifest.controller.service ? { service: manifest.controller.service } : {}),
      files: model.files.length,
    },
    verdict: verdict(findings, gaps.length),
    inventory: rows,
    parties,
    graph: flowGraph(ids, all, model, input.findings),
    findings,
    record: recordRows(manifest, rows, gaps),
    suppressed: (input.suppressed ?? []).map((s) => ({ ...reportFinding(s.finding, cwd, read), reason: s.reason })),
    gaps,
    drift: drift(rows, parties, model, policy, cwd),
    skipped: [...(input.notAnalysed ?? []), ...model.skipped].map((s) => ({ file: s.file.startsWith('(') ? s.file : posixRelative(cwd, s.file), reason: s.reason })).sort((a, b) => cmp(a.file, b.file)),
    unresolvedPackages: [...model.unresolvedPackages].sort(),
  };
}


export const docsOf = (ruleId: string): string => `docs/rules/${ruleId.replace(/^privacy\//, '')}.md`;

function reportFinding(f: Finding, cwd: string, read: ReadSource): ReportFinding {
  const r = toReported(f, cwd);
  return { ...r, excerpt: excerpt(read(f.location.file), f.location.line, f.location.endLine), docs: docsOf(f.ruleId) };
}

function reportGap(g: ManifestDiagnostic, cwd: string): ReportGap {
  return {
    code: g.code,
    message: g.message,
    ...(g.article ? { article: g.article } : {}),
    file: posixRelative(cwd, g.file),
    line: g.line ?? 1,
    column: g.column ?? 1,
    path: formatPath(g.path),
  };
}

function verdict(findings: readonly ReportFinding[], gaps: number): Verdict {
  const count = (rule: string, severity: 'error' | 'warning') => findings.filter((f) => f.ruleId === rule && f.severity === severity).length;
  const byRule = RULE_NAMES.map((name) => {
    const rule = `privacy/${name}`;
    return { rule, errors: count(rule, 'error'), warnings: count(rule, 'warning'), docs: docsOf(rule) };
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const rules = byRule.filter((r) => r.errors + r.warnings > 0).length;
  const found =
    findings.length === 0
      ? 'No findings'
      : `${[errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ')} in ${plural(rules, 'rule')}`;
  const summary = `${found}; ${gaps === 0 ? 'no policy gaps' : plural(gaps, 'policy gap')}.`;
  return { status: errors > 0 ? 'fail' : warnings > 0 || gaps > 0 ? 'warn' : 'pass', summary, errors, warnings, byRule, gaps };
}

function drift(rows: readonly InventoryRow[], parties: readonly PartyRow[], model: Model, policy: Policy, cwd: string): Drift {
  const observed = (r: InventoryRow) => r.stores.length + r.parties.length + r.logs.length + r.responses.length + r.collectedAt.length > 0;
  const known = new Set(policy.m.dataItems.map((i) => i.id));
  const undeclared = [
    ...model.annotations.filter((a) => a.tag === 'personal').flatMap((a) => a.ids.filter((id) => !known.has(id)).map((id) => ({ id, at: place(a.location, cwd) }))),
    ...model.flows.flatMap((f) => f.labels.filter((l) => !known.has(l.item)).map((l) => ({ id: l.item, at: place(l.steps[0]?.location ?? f.location, cwd) }))),
  ];
  return {
    declaredNotObserved: rows.filter((r) => r.declared && !observed(r)).map((r) => r.id),
    observedNotDeclared: uniqueSorted(undeclared, (u) => `${u.id}|${placeKey(u.at)}`, (a, b) => cmp(a.id, b.id) || comparePlaces(a.at, b.at)),
    partiesNotObserved: parties.filter((p) => p.role !== 'undeclared' && p.at.length === 0).map((p) => p.id),
    partiesNotDeclared: parties.filter((p) => p.role === 'undeclared').map((p) => p.id),
  };
}
