/**
 * The ESLint plugin, exported at `privacy-lint/eslint`:
 *   import privacy from 'privacy-lint/eslint';          (an ESM config)
 *   const privacy = require('privacy-lint/eslint');     (a CommonJS config: the plugin itself, no .default)
 *   export default [..., privacy.configs.recommended, { languageOptions: { parserOptions: { projectService: true } } }];
 * The configs are derived from rule meta (as eslint-plugin-unicorn does): `recommended` turns on the rules
 * whose docs.recommended is true at their check's severity, or at the level the manifest's `rules:` section gives
 * them (the manifest nearest to the working directory, read when the config is first used: the same levels as
 * `privacy-lint check`); `strict` turns on every rule as an error.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { Rule } from 'eslint';
import { rules, type PrivacyRules } from './eslint/rules.js';
import { findManifest, readManifest } from './manifest/load.js';
import { ruleLevels, severityUnder, type RuleLevel } from './results/levels.js';
import { checkByName, type RuleName, type Severity } from './results/run.js';
import { VERSION } from './version.js';

type RuleId = `privacy/${keyof PrivacyRules}`;

/**
 * A flat config, typed loosely on purpose (as typescript-eslint types its own configs) so that it fits both
 * ESLint's `defineConfig` and `tseslint.config`, whose Config types differ.
 */
export interface PrivacyConfig {
  name: string;
  plugins: { privacy: { meta: { name: string; version: string } } };
  rules: Partial<Record<RuleId, TSESLint.SharedConfig.RuleLevel>>;
}

/**
 * The rules are typed as ESLint's own RuleModule so that `plugins: { privacy }` fits ESLint's `defineConfig`
 * (typescript-eslint's RuleModule type does not); `rules` from './eslint/rules.js' keeps the precise types.
 */
export interface PrivacyPlugin {
  meta: { name: string; version: string };
  rules: Record<keyof PrivacyRules, Rule.RuleModule>;
  configs: { recommended: PrivacyConfig; strict: PrivacyConfig };
}

const level = (s: Severity): TSESLint.SharedConfig.RuleLevel => (s === 'warning' ? 'warn' : 'error');

function config(name: string, pick: (rule: keyof PrivacyRules) => TSESLint.SharedConfig.RuleLevel | undefined): PrivacyConfig {
  const entries = (Object.keys(rules) as Array<keyof PrivacyRules>).flatMap((r) => {
    const l = pick(r);
    return l ? [[`privacy/${r}` satisfies RuleId, l] as const] : [];
  });
  return { name: `privacy-lint/${name}`, plugins: { privacy: plugin }, rules: Object.fromEntries(entries) };
}

const plugin: PrivacyPlugin = {
  meta: { name: 'privacy-lint', version: VERSION },
  rules: rules as unknown as PrivacyPlugin['rules'],
  configs: {} as PrivacyPlugin['configs'],
};

/**
 * `recommended` for a manifest: each recommended rule at the level the manifest's `rules:` gives it (off: left out),
 * else at its check's severity. Without a manifest, or with one that cannot be read, the defaults (the rules
 * then report the manifest's problem themselves).
 */
export function recommendedFor(manifestFile: string | undefined): PrivacyConfig {
  const loaded = manifestFile === undefined ? undefined : readManifest(manifestFile).manifest;
  const levels = loaded ? ruleLevels(loaded.data) : new Map<RuleName, RuleLevel>();
  return config('recommended', (r) => {
    if (!rules[r].meta.docs?.recommended) return undefined;
    const severity = severityUnder(levels, r, checkByName(r)!.severity);
    return severity ? level(severity) : undefined;
  });
}

// Read on each use (ESLint reads a config once per load), so a changed manifest counts at the next load.
Object.defineProperty(plugin.configs, 'recommended', { enumerable: true, get: (): PrivacyConfig => recommendedFor(findManifest(process.cwd())) });
plugin.configs.strict = config('strict', () => 'error');

export default plugin;
// Node's require(esm) (20.19+) returns this export instead of the namespace, so CommonJS configs need no `.default`.
export { plugin as 'module.exports' };
