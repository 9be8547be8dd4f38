import { type CheckRun, type ReportedFinding, toReported } from '../results/result.js';

/**
 * ESLint-stylish text, grouped by file; each finding with the flow that led to it; then the summary, the projects
 * analysed and every file not analysed (or not completely) with why.
 */
export function formatText(run: CheckRun, options: { colour?: boolean } = {}): string {
  const c = (code: string, s: string) => (options.colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  const byFile = new Map<string, ReportedFinding[]>();
  for (const f of run.findings.map((x) => toReported(x, run.cwd))) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(c('4', file));
    for (const f of findings) {
      const pos = `${f.line}:${f.column}`.padEnd(8);
      const sev = f.severity === 'error' ? c('31', 'error  ') : c('33', 'warning');
      out.push(`  ${pos} ${sev}  ${f.message}  ${c('2', f.ruleId)}`);
      const steps = f.flow.filter((s) => !(s.file === f.file && s.line === f.line));
      steps.forEach((s, i) => out.push(c('2', `  ${' '.repeat(8)} ${i === 0 ? 'flow:' : '     '} ${s.file}:${s.line}:${s.column} ${s.note}`)));
    }
    out.push('');
  }
  const errors = run.findings.filter((f) => f.severity === 'error').length;
  const warnings = run.findings.length - errors;
  const n = run.findings.length;
  const missed = run.stats.notAnalysed;
  out.push(
    n === 0
      ? `No privacy findings in ${run.stats.files} files${missed.length > 0 ? ' analysed' : ''} (${(run.stats.durationMs / 1000).toFixed(1)} s).`
      : c(errors > 0 ? '31' : '33', `✖ ${n} problem${n === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${run.stats.files} files (${(run.stats.durationMs / 1000).toFixed(1)} s)`),
  );
  if (run.baseline) {
    const { file, known, stale } = run.baseline;
    out.push(`Baseline ${file}: ${known} known finding${known === 1 ? '' : 's'} not shown${stale.length > 0 ? `; ${stale.length} stale entr${stale.length === 1 ? 'y' : 'ies'} (fixed or changed: run with --update-baseline to remove ${stale.length === 1 ? 'it' : 'them'})` : ''}.`);
  }
  if (run.changedSince !== undefined) out.push(`Only findings touching what changed since ${run.changedSince}.`);
  const projects = run.stats.projects;
  if (projects.length > 0) out.push(c('2', `Projects: ${projects.length <= 5 ? projects.join(', ') : `${projects.slice(0, 5).join(', ')} and ${projects.length - 5} more`}.`));
  if (missed.length > 0) {
    out.push(c('33', `Not analysed (${missed.length}):`));
    for (const s of missed) out.push(`  ${s.file}: ${s.reason}`);
  }
  return `${out.join('\n')}\n`;
}
