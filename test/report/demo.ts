/**
 * The demo app analysed once per test file, as `privacy-lint report` does it (analyzeProject, checkModel
 * after suppressions, the manifest's gaps), with paths relative to the repository root.
 */
import { join } from 'node:path';
import { checkModel, type CheckResult } from '../../src/results/run.js';
import type { Model } from '../../src/engine/model.js';
import { analyzeProject } from '../../src/engine/project.js';
import { loadManifest, type Manifest } from '../../src/manifest/load.js';
import { buildReport } from '../../src/report/build.js';
import type { Report } from '../../src/report/types.js';
import { ROOT } from '../cli/helpers.js';

export { ROOT };
export const DEMO_TSCONFIG = 'fixtures/demo-app/tsconfig.json';
export const DEMO_MANIFEST = 'fixtures/demo-app/privacy.yaml';

export interface DemoAnalysis extends CheckResult {
  model: Model;
  manifest: Manifest;
  report: Report;
}

export function analyseDemo(): DemoAnalysis {
  const manifest = loadManifest(join(ROOT, DEMO_MANIFEST));
  const { model } = analyzeProject(join(ROOT, DEMO_TSCONFIG), manifest.data);
  const checked = checkModel(model, manifest.data);
  return { model, manifest, ...checked, report: demoReport(model, manifest, checked) };
}

/** The demo's Report from a Model (analyseDemo's, or a test's variant of it) and its checks' result. */
export function demoReport(model: Model, manifest: Manifest, { findings, suppressed }: CheckResult): Report {
  return buildReport({ model, findings, suppressed, manifest: manifest.data, gaps: manifest.warnings, cwd: ROOT, tsconfig: DEMO_TSCONFIG, manifestFile: join(ROOT, DEMO_MANIFEST) });
}
