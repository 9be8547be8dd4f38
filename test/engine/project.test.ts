import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeProject } from '../../src/engine/project.js';
import { loadManifest } from '../../src/manifest/load.js';
import { FIXTURES, analyzeFixture, describeFlows } from './harness.js';

/**
 * Two copies of TypeScript: the harness builds the Program with the `typescript` package (as
 * typescript-eslint does); the CLI path builds it with ts-morph's bundled copy. Same flows either way.
 */
describe('analyzeProject (ts-morph, the CLI path)', () => {
  it('finds the same flows as the typescript-package Program on the same fixture', () => {
    const root = join(FIXTURES, 'engine/basics');
    const viaMorph = analyzeProject(join(root, 'tsconfig.json'), loadManifest(join(root, 'privacy.yaml')).data);
    const viaTs = analyzeFixture('engine/basics');
    expect(describeFlows(viaMorph.model, root)).toEqual(describeFlows(viaTs.model, viaTs.root));
    expect(viaMorph.model.flows.length).toBeGreaterThan(20);
    expect(viaMorph.model.skipped).toEqual([]);
  });
});

describe('files that cannot be analysed', () => {
  it('are reported with the reason, and the rest of the project is still analysed', () => {
    const { model, root } = analyzeFixture('engine/broken');
    expect(model.skipped.map((s) => ({ ...s, file: s.file.slice(root.length + 1) }))).toEqual([
      { file: 'src/broken.ts', reason: "syntax error:1:36: ',' expected. (analysed as far as it parses)" },
    ]);
    expect(describeFlows(model, root)).toContain('src/good.ts:2 log email');
  });
});
