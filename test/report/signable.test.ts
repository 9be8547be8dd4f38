/**
 * What an officer must be able to sign (issue 16's "done when"), end to end through the CLI on the demo app:
 * `init` then the Korean policy draft without edits states no TODO as a fact and validate counts every TODO
 * mark init wrote; the demo manifest under `jurisdictions: [EU]` cites no PIPA article in check, validate or
 * report.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli } from '../cli/helpers.js';

const PROJECT = join(ROOT, 'fixtures/demo-app/tsconfig.json');
const tempDir = () => mkdtempSync(join(tmpdir(), 'privacy-lint-signable-'));

/** Lines of the draft's body (after the legend) that carry a mark from the code. */
const backedLines = (md: string) => md.split('\n').filter((l) => !l.startsWith('>') && l.includes('✅'));

describe('init on the demo, then the Korean draft without edits', () => {
  let manifest: string;
  let draft: string;
  let validated: string;

  beforeAll(async () => {
    const dir = tempDir();
    manifest = join(dir, 'privacy.yaml');
    const init = await cli(['init', '--project', PROJECT, '--output', manifest], dir);
    expect(init.code).toBe(0);
    const v = await cli(['validate', '--manifest', manifest], dir);
    validated = v.out + v.err;
    const report = await cli(['report', '--project', PROJECT, '--manifest', manifest, '--format', 'policy', '--lang', 'ko'], dir);
    expect(report.code).not.toBe(2);
    draft = report.out;
  }, 120_000);

  it('validate counts every TODO mark init wrote, each located', () => {
    const text = readFileSync(manifest, 'utf8');
    // The header comment explains the marks; every other line with "TODO" is one question.
    const header = text.split('\n').findIndex((l) => !l.startsWith('#') && l.trim() !== '');
    const marks = text.split('\n').slice(header).filter((l) => /\bTODO\b/.test(l)).length;
    expect(marks).toBeGreaterThan(10);
    expect(validated).toContain(`(${marks} open TODOs)`);
    expect(validated.split('\n').filter((l) => /:\d+:\d+: warning: .*TODO/.test(l))).toHaveLength(marks);
  });

  it('places no ✅ on any statement (every entry init wrote is still a question)', () => {
    expect(backedLines(draft)).toEqual([]);
    expect(draft).toMatch(/이 초안의 표시: ✅ 0 ·/);
  });

  it('never says "no third party" from the recipients TODO, and shows the unfilled name as such', () => {
    expect(draft).not.toContain('제3자에게 제공하지 않습니다');
    expect(draft).not.toContain('TODO: organisation name');
    expect(draft.split('\n')[0]).toBe('# ［개인정보처리자 이름 미기재］ 개인정보 처리방침 (초안)');
  });

  it('cites no law while the jurisdictions are a TODO', () => {
    expect(draft).not.toMatch(/「개인정보 보호법|GDPR/);
    expect(draft).toContain('(매니페스트: `controller.jurisdictions`)');
  });
});

describe('the demo manifest under jurisdictions: [EU]', () => {
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    const dir = tempDir();
    const text = readFileSync(join(ROOT, 'fixtures/demo-app/privacy.yaml'), 'utf8');
    expect(text).toContain('jurisdictions: [KR]');
    // Beside the demo's sources, so the manifest's relative paths still resolve.
    const manifest = join(ROOT, 'fixtures/demo-app', `privacy.eu-${process.pid}.yaml`);
    writeFileSync(manifest, text.replace('jurisdictions: [KR]', 'jurisdictions: [EU]'));
    try {
      const run = async (name: string, args: string[]) => {
        const r = await cli(args, dir);
        expect(r.code, `${name}: ${r.err}`).not.toBe(2);
        outputs[name] = r.out + r.err;
      };
      await run('check', ['check', '--project', PROJECT, '--manifest', manifest, '--format', 'json']);
      await run('validate', ['validate', '--manifest', manifest]);
      await run('report json', ['report', '--project', PROJECT, '--manifest', manifest, '--format', 'json']);
      await run('report html', ['report', '--project', PROJECT, '--manifest', manifest, '--format', 'html']);
      await run('policy en', ['report', '--project', PROJECT, '--manifest', manifest, '--format', 'policy']);
      await run('policy ko', ['report', '--project', PROJECT, '--manifest', manifest, '--format', 'policy', '--lang', 'ko']);
    } finally {
      (await import('node:fs')).rmSync(manifest, { force: true });
    }
  }, 300_000);

  it('cites no PIPA article anywhere, and cites the GDPR', () => {
    for (const [name, out] of Object.entries(outputs)) {
      expect(out, name).not.toMatch(/PIPA|개인정보 보호법|Art 28-8|제28조의8|PIPC notice/);
    }
    for (const name of ['check', 'report json', 'policy en', 'policy ko']) expect(outputs[name], name).toContain('GDPR');
  });
});
