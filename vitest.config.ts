import { defineConfig } from 'vitest/config';

// Engine tests build real TypeScript Programs over fixtures that import real packages: seconds each on
// a 2-core machine, so the per-test limit is generous. Speed is measured in bench/, not here.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
  },
});
