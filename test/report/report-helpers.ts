/**
 * The one place tests build a Report by hand. `emptyReport` is a Report on no code at all (what buildReport
 * gives for an empty project); every hand-made report of the reporters' tests is that Report with the fields
 * the test is about given: the realistic samples (sample-report.ts for HTML, policy-sample.ts for the policy
 * draft) and the small ones in the Markdown and HTML tests. `inventoryRow` and `reportFinding` fill in the
 * parts of a row and a finding that a sample leaves empty.
 */
import type { InventoryRow, Report, ReportFinding } from '../../src/report/types.js';

/** The fields to give: `project` is merged into the default project, every other field replaces its default. */
export type ReportParts = Omit<Partial<Report>, 'project'> & { project?: Partial<Report['project']> };

export function emptyReport(parts: ReportParts = {}): Report {
  const { project, ...rest } = parts;
  return {
    version: 1,
    tool: { name: 'privacy-lint', version: '0.0.0-test' },
    project: { tsconfig: 'tsconfig.json', manifest: 'privacy.yaml', controller: 'Test', files: 0, ...project },
    verdict: { status: 'pass', summary: 'No findings; no policy gaps.', errors: 0, warnings: 0, byRule: [], gaps: 0 },
    inventory: [],
    parties: [],
    graph: { nodes: [], edges: [] },
    findings: [],
    gaps: [],
    drift: { declaredNotObserved: [], observedNotDeclared: [], partiesNotObserved: [], partiesNotDeclared: [] },
    skipped: [],
    unresolvedPackages: [],
    ...rest,
  };
}

/** A declared item's row, with no evidence but what `parts` gives. */
export function inventoryRow(id: string, parts: Partial<InventoryRow> = {}): InventoryRow {
  return { id, declared: true, recognisedBy: [], collectedAt: [], stores: [], parties: [], logs: [], responses: [], retention: [], ...parts };
}

/** A finding with no flow and no excerpt unless given, and its rule's page as `docs`. */
export function reportFinding(f: Omit<ReportFinding, 'flow' | 'excerpt' | 'docs'> & Partial<Pick<ReportFinding, 'flow' | 'excerpt'>>): ReportFinding {
  return { ...f, flow: f.flow ?? [], excerpt: f.excerpt ?? [], docs: `docs/rules/${f.ruleId.replace(/^privacy\//, '')}.md` };
}
