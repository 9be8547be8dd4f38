import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import privacy from '../../src/plugin.js';

/** The user's setup type-checks (tsc -p tsconfig.json covers this file) with ESLint's defineConfig and with tseslint.config. */
describe('configs in a typed eslint.config.ts', () => {
  it('fit defineConfig and tseslint.config', () => {
    const withEslint = defineConfig(tseslint.configs.recommendedTypeChecked, privacy.configs.recommended, {
      languageOptions: { parserOptions: { projectService: true } },
    });
    const withTseslint = tseslint.config(tseslint.configs.recommendedTypeChecked, privacy.configs.strict, {
      languageOptions: { parserOptions: { projectService: true } },
    });
    const manual = defineConfig({ plugins: { privacy }, rules: { 'privacy/no-personal-data-in-logs': ['warn', { manifest: 'policy/privacy.yaml' }] } });
    for (const configs of [withEslint, withTseslint, manual]) expect(configs.some((c) => (c.plugins?.['privacy'] as unknown) === privacy)).toBe(true);
  });
});
