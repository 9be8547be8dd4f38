// The benchmark's other pure parts: reading GNU time's output, comparing findings with the generator's
// expectations, the ESLint configs and edits of the warm loop, and the check --cache row's detection.
import { describe, expect, it } from 'vitest';
import { cacheSupport, touchText } from '../../bench/run/cache.mjs';
import { editText, flatConfig, pickWarmFile } from '../../bench/run/eslint-config.mjs';
import { compareFindings, describeComparison } from '../../bench/run/findings.mjs';
import { parseTimeOutput } from '../../bench/run/measure.mjs';

describe('parseTimeOutput', () => {
  it("reads /usr/bin/time -f '%e %U %S %M'", () => {
    expect(parseTimeOutput('2.84 4.14 0.28 273596\n')).toEqual({ wallS: 2.84, userS: 4.14, sysS: 0.28, maxRssKiB: 273596 });
  });

  it('skips the line GNU time adds when the command exits non-zero (check exits 1 on findings)', () => {
    expect(parseTimeOutput('Command exited with non-zero status 1\n3.72 5.39 0.39 347180\n')).toEqual({ wallS: 3.72, userS: 5.39, sysS: 0.39, maxRssKiB: 347180 });
  });

  it('gives undefined when there is nothing to read', () => {
    expect(parseTimeOutput('')).toBeUndefined();
    expect(parseTimeOutput('Command terminated by signal 9\n')).toBeUndefined();
  });
});

describe('compareFindings', () => {
  const a = { ruleId: 'privacy/no-plaintext-password', file: 'src/a.ts', line: 10 };
  const b = { ruleId: 'privacy/require-retention', file: 'src/db/schema-003.ts', line: 23 };

  it('matches by rule, file and line, in any order', () => {
    const c = compareFindings([a, b], [b, a]);
    expect(c).toEqual({ expected: 2, actual: 2, matched: 2, missing: [], extra: [], ok: true });
    expect(describeComparison(c)).toBe('ok 2/2');
  });

  it('reports a finding on another line, or of another rule, as one missing and one extra', () => {
    const c = compareFindings([a, b], [{ ...a, line: 11 }, { ...b, ruleId: 'privacy/no-undeclared-collection' }]);
    expect(c.ok).toBe(false);
    expect(c.missing).toEqual(['privacy/no-plaintext-password src/a.ts:10', 'privacy/require-retention src/db/schema-003.ts:23']);
    expect(c.extra).toEqual(['privacy/no-plaintext-password src/a.ts:11', 'privacy/no-undeclared-collection src/db/schema-003.ts:23']);
    expect(describeComparison(c)).toBe('MISMATCH 0/2, 2 missing, 2 extra');
  });

  it('is not ok when the engine finds nothing (fast and wrong)', () => {
    expect(compareFindings([a], []).ok).toBe(false);
    expect(describeComparison(undefined)).toBe('n/a');
  });
});

describe('the ESLint side', () => {
  const tseslint = { configs: { recommendedTypeChecked: [{ name: 'typescript-eslint/base' }, { name: 'typescript-eslint/recommended-type-checked' }] } };
  const plugin = { configs: { recommended: { name: 'privacy-lint/recommended', plugins: {}, rules: { 'privacy/a': 'error', 'privacy/b': 'warn' } } } };

  it('lints with recommendedTypeChecked and projectService, and adds our rules with the manifest option only when asked', () => {
    const without = flatConfig({ root: '/p', manifest: '/p/privacy.yaml', tseslint });
    expect(without).toEqual([
      ...tseslint.configs.recommendedTypeChecked,
      { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: '/p' } } },
    ]);
    const withOurs = flatConfig({ root: '/p', manifest: '/p/privacy.yaml', tseslint, plugin });
    expect(withOurs.slice(0, 3)).toEqual(without);
    expect(withOurs[3]).toEqual({ name: 'privacy-lint/recommended', plugins: {}, rules: { 'privacy/a': ['error', { manifest: '/p/privacy.yaml' }], 'privacy/b': ['warn', { manifest: '/p/privacy.yaml' }] } });
  });

  it('edits a file differently each time and knows the line of the appended floating promise', () => {
    const one = editText('a\nb\n', 1);
    expect(one).toEqual({ text: 'a\nb\n// bench edit 1\nPromise.resolve(1);\n', line: 4 });
    expect(editText('a\nb', 2)).toEqual({ text: 'a\nb\n// bench edit 2\nPromise.resolve(2);\n', line: 4 });
    expect(editText('a\n', 3).text).not.toBe(editText('a\n', 4).text);
  });

  it('picks the median-sized service file, ties broken by path', () => {
    const files = [
      { path: 'src/x/x.service.ts', size: 300 },
      { path: 'src/b/b.service.ts', size: 200 },
      { path: 'src/a/a.service.ts', size: 200 },
      { path: 'src/huge.dto.ts', size: 250 },
      { path: 'src/y/y.service.ts', size: 100 },
    ];
    expect(pickWarmFile(files)).toBe('src/a/a.service.ts');
    expect(pickWarmFile([{ path: 'src/a.ts', size: 1 }, { path: 'src/b.ts', size: 2 }, { path: 'src/c.ts', size: 3 }])).toBe('src/b.ts');
    expect(pickWarmFile([])).toBeUndefined();
  });
});

describe('the check --cache row', () => {
  it('runs only when check --help lists --cache, and uses a cache-folder flag when there is one', () => {
    expect(cacheSupport('  --output FILE  write there\n  --quiet  errors only\n')).toBeNull();
    expect(cacheSupport('  --cache-dir DIR  where\n')).toBeNull();
    expect(cacheSupport('  --cache          keep per-file facts on disk\n')).toEqual({ dirFlag: null });
    expect(cacheSupport('  --cache          keep facts\n  --cache-dir DIR  where (default .privacy-lint-cache)\n')).toEqual({ dirFlag: '--cache-dir' });
    expect(cacheSupport('[--cache] [--cache-location FILE]')).toEqual({ dirFlag: '--cache-location' });
  });

  it('changes one file by appending a comment', () => {
    expect(touchText('a\n')).toBe('a\n// bench: one-file change\n');
    expect(touchText('a')).toBe('a\n// bench: one-file change\n');
  });
});
