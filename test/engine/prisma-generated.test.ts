/**
 * A generated Prisma client (fixtures/engine/sources-prisma, issue #13 item 4): the model types `prisma generate` writes to
 * node_modules/.prisma/client describe the app's own models, so their members are sources by the project's rules.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFixtureOnce, missingAndExtra } from './harness.js';

const FIXTURE = 'engine/sources-prisma';

describe('engine: a generated Prisma client as a source', { timeout: 60_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra(FIXTURE)).toEqual({ missing: [], extra: [] });
  });

  it('the client resolves to the generated declarations (nothing unresolved)', () => {
    const { model, program } = analyzeFixtureOnce(FIXTURE);
    expect(model.unresolvedPackages).toEqual([]);
    expect(program.getSourceFiles().some((f) => f.fileName.endsWith('/node_modules/.prisma/client/index.d.ts'))).toBe(true);
  });
});
