import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue #15 item 5: the README's user section runs as written. Its shell lines, its ESLint configs (ESM and
 * CommonJS packages) and its TypeScript sample are copied into a fresh scratch project that installs the packed
 * tarball, and run there. Only two things are adapted: `npm install … privacy-lint` installs the tarball, and the
 * `--changed-since origin/main` line gets an origin/main (the scratch repository has no remote).
 */
const ROOT = new URL('..', import.meta.url).pathname;
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const USER_SECTION = README.slice(0, README.indexOf('## Working on privacy-lint'));

interface Block {
  lang: string;
  text: string;
}
function blocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! }));
}
const all = blocks(USER_SECTION);
/** The shell lines of the README's sh blocks, comments cut. */
const shellLines = all.filter((b) => b.lang === 'sh').flatMap((b) => b.text.split('\n')).map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
const config = (name: string) => {
  const b = all.find((x) => x.lang === 'js' && x.text.startsWith(`// ${name}\n`));
  if (!b) throw new Error(`the README has no js block starting with "// ${name}"`);
  return b.text;
};

const SOURCE = `export interface Member {
  id: number;
  email: string;
  phone: string;
}

export function signup(member: Member): number {
  console.log('new member', member.email);
  return member.id;
}
`;

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

describe('the README, run as written in a fresh project', () => {
  it('quick start, baseline, example manifest, TypeScript sample, and the ESLint configs in CommonJS and ESM packages', { timeout: 600_000 }, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'privacy-lint-readme-'));
    // dist is built by `npm test` before vitest; --ignore-scripts keeps npm pack from building it again.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', scratch, '--loglevel=error'], { cwd: ROOT, stdio: 'pipe' });
    const tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith('.tgz'))!);
    const project = join(scratch, 'app');
    mkdirSync(join(project, 'src'), { recursive: true });
    // A CommonJS package (no "type"), as `npm init` makes it.
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2)}\n`);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ['src'] }));
    writeFileSync(join(project, 'src/members.ts'), SOURCE);
    writeFileSync(join(project, '.gitignore'), 'node_modules/\n');

    const sh = (line: string): Ran => {
      const r = spawnSync('sh', ['-c', line], { cwd: project, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_prefer_offline: 'true', npm_config_loglevel: 'error' } });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const run = (prefix: string): Ran => {
      const line = shellLines.find((l) => l.startsWith(prefix));
      if (!line) throw new Error(`the README has no shell line starting with "${prefix}"; it has:\n${shellLines.join('\n')}`);
      return sh(line);
    };
    const said = (r: Ran) => `${r.stdout}\n${r.stderr}`;

    // npm install --save-dev privacy-lint typescript: privacy-lint from the tarball.
    const install = shellLines.find((l) => l.startsWith('npm install --save-dev privacy-lint'))!;
    let r = sh(install.replace(/\bprivacy-lint\b/, tarball));
    expect(r.status, said(r)).toBe(0);

    r = run('npx privacy-lint init');
    expect(r.status, said(r)).toBe(0);
    expect(readFileSync(join(project, 'privacy.yaml'), 'utf8')).toMatch(/id: email/);
    r = run('npx privacy-lint validate');
    expect(r.status, said(r)).toBe(0);
    expect(r.stderr).toMatch(/privacy\.yaml: valid \(manifest v1\)/);
    r = run('npx privacy-lint check');
    expect(r.status, said(r)).toBe(1);
    expect(r.stdout).toMatch(/src\/members\.ts[\s\S]*8:3\s+error\s+`email`[\s\S]*privacy\/no-personal-data-in-logs/);
    r = run('npx privacy-lint report');
    expect(r.status, said(r)).toBe(1);
    expect(readFileSync(join(project, 'privacy-report/privacy-report.html'), 'utf8')).toMatch(/^<!doctype html>/i);

    // The shipped files the README points at.
    const schemaLine = all.find((b) => b.lang === 'yaml' && b.text.startsWith('# yaml-language-server:'))!.text;
    expect(existsSync(join(project, /\$schema=(\S+)/.exec(schemaLine)![1]!))).toBe(true);
    expect(existsSync(join(project, 'node_modules/privacy-lint/docs/examples/privacy.yaml'))).toBe(true);

    // The baseline, in a git repository whose main branch stands in for origin/main.
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: project, stdio: 'pipe' });
    r = run('npx privacy-lint check --update-baseline');
    expect(r.status, said(r)).toBe(0);
    expect(r.stderr).toContain('wrote privacy-baseline.json (1 finding)');
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'adopt privacy-lint');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    r = run('npx privacy-lint check --baseline privacy-baseline.json');
    expect(r.status, said(r)).toBe(0);
    expect(r.stdout).toContain('1 known finding');
    r = run('npx privacy-lint check --baseline privacy-baseline.json --changed-since origin/main');
    expect(r.status, said(r)).toBe(0);

    // The TypeScript sample type-checks against the installed package.
    writeFileSync(join(project, 'src/signup.ts'), `${all.find((b) => b.lang === 'ts')!.text}export type { SignupDto };\n`);
    r = sh('npx tsc --noEmit -p tsconfig.json');
    expect(r.status, said(r)).toBe(0);
    rmSync(join(project, 'src/signup.ts'));

    // ESLint: the install line the README gives, then each config as written.
    r = sh(/`(npm install --save-dev eslint typescript-eslint)`/.exec(USER_SECTION)![1]!);
    expect(r.status, said(r)).toBe(0);
    const eslint = (file: string, text: string): Ran => {
      for (const f of readdirSync(project)) if (f.startsWith('eslint.config.')) rmSync(join(project, f));
      writeFileSync(join(project, file), text);
      return sh('npx eslint --format json .');
    };
    const messages = (r: Ran) => (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; message: string }> }>)
      .flatMap((f) => f.messages.map((m) => `${f.filePath.slice(project.length + 1)}:${m.line} ${m.ruleId}`));
    const expected = ['src/members.ts:8 privacy/no-personal-data-in-logs'];

    // A CommonJS package: eslint.config.mjs and eslint.config.cjs.
    const esm = config('eslint.config.mjs');
    r = eslint('eslint.config.mjs', esm);
    expect(r.status, said(r)).toBe(1);
    expect(messages(r)).toEqual(expected);
    r = eslint('eslint.config.cjs', config('eslint.config.cjs'));
    expect(r.status, said(r)).toBe(1);
    expect(messages(r)).toEqual(expected);

    // An ESM package ("type": "module"): the same config as eslint.config.js.
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ ...pkg, type: 'module' }, null, 2));
    r = eslint('eslint.config.js', esm.replace('// eslint.config.mjs', '// eslint.config.js'));
    expect(r.status, said(r)).toBe(1);
    expect(messages(r)).toEqual(expected);
  });
});
