import { describe, expect, it } from 'vitest';
import { CHECKS, RULE_NAMES } from '../../src/results/run.js';
import { rules } from '../../src/eslint/rules.js';
import plugin from '../../src/plugin.js';
import { VERSION } from '../../src/version.js';

describe('the ESLint plugin object', () => {
  it('has meta, one rule per check and the two configs', () => {
    expect(plugin.meta).toEqual({ name: 'privacy-lint', version: VERSION });
    expect(Object.keys(plugin.rules).sort()).toEqual([...RULE_NAMES].sort());
    expect(plugin.rules).toBe(rules);
    expect(Object.keys(plugin.configs).sort()).toEqual(['recommended', 'strict']);
  });

  it.each(CHECKS.map((c) => [c.name, c] as const))('%s: rule meta comes from the check', (name, check) => {
    const rule = rules[name];
    expect(rule.name).toBe(name);
    expect(rule.meta.type).toBe('problem');
    expect(rule.meta.docs).toEqual({
      description: check.description,
      recommended: true,
      requiresTypeChecking: true,
      manifestKeys: check.manifestKeys,
      url: `https://github.com/privacy-lint/privacy-lint/blob/v${VERSION}/docs/rules/${name}.md`,
    });
    expect(rule.meta.messages.finding).toBe('{{message}}');
    expect(rule.meta.defaultOptions).toEqual([{}]);
    expect(rule.meta.schema).toEqual([expect.objectContaining({ type: 'object', additionalProperties: false })]);
  });

  it('recommended: the rules whose docs.recommended is true, at their check severity', () => {
    const expected = Object.fromEntries(
      CHECKS.filter((c) => rules[c.name].meta.docs?.recommended).map((c) => [`privacy/${c.name}`, c.severity === 'warning' ? 'warn' : 'error']),
    );
    expect(plugin.configs.recommended.rules).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(8);
  });

  it('strict: every rule as an error', () => {
    expect(plugin.configs.strict.rules).toEqual(Object.fromEntries(RULE_NAMES.map((n) => [`privacy/${n}`, 'error'])));
  });

  it('registers itself under the `privacy` namespace, so ESLint rule ids are the CLI ruleIds', () => {
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) {
      expect(config.plugins).toEqual({ privacy: plugin });
      expect(config.name).toMatch(/^privacy-lint\//);
    }
    expect(Object.keys(plugin.configs.strict.rules)).toEqual(CHECKS.map((c) => `privacy/${c.name}`));
  });
});
