/**
 * Rule fixtures carry their expectations inline: `// expect: privacy/<rule>[, privacy/<rule>]` on the line
 * where the finding is (the sink call's first line, the store declaration), or
 * `// expect-next-annotation: privacy/valid-annotations` above a JSDoc block whose tag is wrong.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runChecks, type Finding } from '../../src/results/run.js';
import { loadManifest } from '../../src/manifest/load.js';
import { FIXTURES, analyzeFixture } from '../engine/harness.js';

export function findingsOf(dir: string): { findings: Finding[]; root: string } {
  const { model, root } = analyzeFixture(dir);
  return { findings: runChecks(model, loadManifest(join(root, 'privacy.yaml')).data), root };
}

export function describeFindings(findings: readonly Finding[], root: string): string[] {
  return [...new Set(findings.map((f) => `${relative(root, f.location.file)}:${f.location.line} ${f.ruleId}`))].sort();
}

export function expectedFindings(files: readonly string[], root: string): string[] {
  const out: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const at = (n: number, rules: string) => rules.split(/[,\s]+/).filter(Boolean).forEach((r) => out.push(`${relative(root, file)}:${n} ${r}`));
      const same = /\/\/ expect: ((?:privacy\/[\w-]+[,\s]*)+)/.exec(line);
      if (same) at(i + 1, same[1]!);
      const next = /\/\/ expect-next-annotation: ((?:privacy\/[\w-]+[,\s]*)+)/.exec(line);
      if (next) {
        const tagLine = lines.findIndex((l, j) => j > i && /@(personal|privacyEvent|retention)\b/.test(l));
        at(tagLine + 1, next[1]!);
      }
    });
  }
  return out.sort();
}

export function compareFindingsOf(dir: string): { missing: string[]; extra: string[]; findings: Finding[]; root: string } {
  const { model, root } = analyzeFixture(dir);
  const findings = runChecks(model, loadManifest(join(root, 'privacy.yaml')).data);
  const actual = describeFindings(findings, root);
  const expected = expectedFindings(model.files, root);
  return { missing: expected.filter((e) => !actual.includes(e)), extra: actual.filter((a) => !expected.includes(a)), findings, root };
}

export { FIXTURES };
