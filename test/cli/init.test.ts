/**
 * `privacy-lint init` on fixtures/init-app: the draft validates, names what the code shows (items by
 * kind with their Type.member pairs, SDKs as processors), leaves the rest as TODOs, never overwrites
 * without --force, and is byte-identical from run to run.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/load.js';
import type { ManifestData } from '../../src/manifest/schema.js';
import { ROOT, cli, type Ran } from './helpers.js';

const PROJECT = join(ROOT, 'fixtures/init-app/tsconfig.json');
const tempDir = () => mkdtempSync(join(tmpdir(), 'privacy-lint-init-'));
const draftIn = (dir: string, ...extra: string[]) => cli(['init', '--project', PROJECT, '--output', join(dir, 'privacy.yaml'), ...extra], dir);

describe('privacy-lint init', () => {
  let ran: Ran;
  let text: string;
  let data: ManifestData;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    ran = await draftIn(dir);
    text = readFileSync(join(dir, 'privacy.yaml'), 'utf8');
    const parsed = parseManifest(text);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    data = parsed.manifest!.data;
  }, 60_000);

  const item = (id: string) => data.dataItems.find((i) => i.id === id);

  it('exits 0, writes nothing to stdout and a summary to stderr', () => {
    expect(ran.code).toBe(0);
    expect(ran.out).toBe('');
    expect(ran.err).toMatch(/^scanned 6 files of .*fixtures\/init-app\/tsconfig\.json: 10 data items, 3 processors \(2 overseas\)\n/);
    expect(ran.err).toMatch(/\nwrote privacy\.yaml: a draft with \d+ TODOs and \d+ policy gaps\n/);
    expect(ran.err).toContain('next: edit privacy.yaml, then run "privacy-lint validate"\n');
  });

  it('starts with the draft header and the schema modeline', () => {
    expect(text.startsWith('# privacy.yaml: a DRAFT written by "privacy-lint init"')).toBe(true);
    expect(text).toContain('# yaml-language-server: $schema=node_modules/privacy-lint/docs/privacy-manifest.schema.json\n');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('drafts one item per kind found, with class, label and category from the kind', () => {
    expect(data.dataItems.map((i) => i.id)).toEqual([
      'address', 'birth_date', 'card_number', 'email', 'ip_address', 'loyalty_tier', 'name', 'password', 'phone', 'rrn',
    ]);
    expect(item('email')).toEqual({
      id: 'email', label: 'Email address', class: 'ordinary', kind: 'email', category: 'contact', match: { types: ['SignupDto.email'] },
    });
    expect(item('password')).toMatchObject({ class: 'credential', kind: 'password', match: { types: ['SignupDto.password'] } });
    expect(item('phone')).toMatchObject({ kind: 'phone', match: { types: ['SignupDto.phoneNumber'] } });
    expect(item('name')?.match?.types).toEqual(['Member.name', 'PaymentInfo.customerName']);
    expect(item('ip_address')).toMatchObject({ class: 'auto_collected', match: { types: ['Member.ipAddress'] } });
    expect(item('card_number')).toMatchObject({ class: 'financial', match: { types: ['PaymentInfo.cardNumber'] } });
  });

  it('uses @personal tags: a kind id becomes that kind, any other id an ordinary item with a TODO', () => {
    expect(item('rrn')).toMatchObject({ kind: 'kr.rrn', class: 'unique_identifier', handling: 'never', match: { types: ['Member.residentNumber'] } });
    expect(item('loyalty_tier')).toEqual({ id: 'loyalty_tier', class: 'ordinary', match: { types: ['SignupDto.tier'] } });
    expect(text).toContain('# TODO: "@personal loyalty_tier" names no built-in kind');
  });

  it('finds zod schema keys and parameters, and lists where each item was seen', () => {
    expect(item('address')?.match).toBeUndefined();
    expect(text).toContain('  # seen at:\n  #   src/schemas.ts:6 ShippingSchema.address (zod)\n  #   src/schemas.ts:7 ShippingSchema.zipCode (zod)\n  - id: address\n');
    expect(text).toContain('#   src/monitoring.ts:6 reportSignupError(userEmail)\n');
    expect(text).toContain('#   src/member.ts:6 Member.residentNumber (@personal rrn)\n');
  });

  it('does not draft near-miss names or members of declaration files', () => {
    for (const near of ['fileName', 'hostname', 'emailVerified', 'rememberMe', 'nickname', 'deviceId']) expect(text).not.toMatch(new RegExp(`\\b${near}\\b`));
    expect(item('device_id')).toBeUndefined();
    expect(text).not.toContain('globals.d.ts');
  });

  it('drafts processors from package.json and imports, with overseas transfers outside KR', () => {
    const processors = data.processors as Exclude<ManifestData['processors'], 'unspecified' | undefined>;
    expect(processors.map((p) => [p.id, p.country, p.recognise?.packages])).toEqual([
      ['mixpanel', 'US', ['mixpanel']],
      ['sentry', 'US', ['@sentry/node']],
      ['toss_payments', 'KR', ['@tosspayments/tosspayments-sdk']],
    ]);
    expect(processors[1]).toMatchObject({ items: [], task: 'TODO: what do you entrust to Sentry (Functional Software, Inc.)?' });
    expect(processors[1]?.recognise?.hosts).toContain('*.sentry.io');
    expect(data.overseasTransfers).toEqual([
      { to: 'mixpanel', country: 'US', items: [], basis: 'unspecified' },
      { to: 'sentry', country: 'US', items: [], basis: 'unspecified' },
    ]);
    expect(text).toContain('  # found: @sentry/node (package.json, src/monitoring.ts:1)\n');
    expect(text).toContain('items: [] # TODO: which data items reach Toss Payments Co., Ltd.?\n');
    expect(text).not.toContain('datadog'); // devDependencies are tools, not processors
  });

  it('leaves what only a person can answer as TODOs with values that validate as gaps', () => {
    const ids = data.dataItems.map((i) => i.id);
    expect(data.controller).toEqual({ name: 'TODO: organisation name', jurisdictions: 'unspecified' });
    expect(text).toMatch(/jurisdictions: unspecified # TODO: which law is the service under: .*the code suggests KR \(Korean text in 1 file, won amounts \(KRW, ₩, 원\) in 1 file\)\n/);
    expect(data.purposes).toEqual([{ id: 'service', basis: 'unspecified', items: { required: ids } }]);
    expect(data.retention).toEqual([{ id: 'service', items: ids, end: 'unspecified' }]);
    expect(data.officer).toEqual([]);
    expect(data.automaticCollection).toEqual({ items: ['ip_address'] });
    expect(data.security).toEqual({ passwordHash: { accept: ['argon2id', 'scrypt', 'bcrypt', 'pbkdf2'] } });
    for (const key of ['purposes', 'retention', 'recipients', 'overseasTransfers', 'children', 'officer']) {
      expect(text).toMatch(new RegExp(`# TODO: [^\\n]*\\n(?:#[^\\n]*\\n)*${key}:`));
    }
    // every TODO the draft writes is a gap validate counts and locates; the summary says as many
    const todos = parseManifest(text).diagnostics.filter((d) => d.code === 'gap/todo');
    const marked = text.split('\n').map((l, i) => [l, i + 1] as const).filter(([l]) => /TODO:/.test(l) && !l.startsWith('#   -') && !l.startsWith('#     '));
    expect(todos.map((d) => d.line)).toEqual(marked.map(([, n]) => n));
    expect(ran.err).toContain(`a draft with ${todos.length} TODOs`);
    const gaps = parseManifest(text).diagnostics.map((d) => d.code);
    expect(gaps).toEqual(expect.arrayContaining(['gap/unspecified-retention', 'gap/no-officer-contact', 'gap/children-unspecified']));
    expect(text).not.toMatch(/&a\d|\*a\d/); // no YAML anchors: each list stands on its own
  });

  it('is byte-identical across runs and output folders', async () => {
    const other = tempDir();
    expect((await draftIn(other)).code).toBe(0);
    expect(readFileSync(join(other, 'privacy.yaml'), 'utf8')).toBe(text);
  });

  it('never overwrites without --force, and overwrites with it', async () => {
    const again = tempDir();
    const file = join(again, 'privacy.yaml');
    writeFileSync(file, 'version: 1\n');
    const refused = await draftIn(again);
    expect(refused).toEqual({ code: 2, out: '', err: 'privacy.yaml already exists; pass --force to overwrite it, or --output FILE\n' });
    expect(readFileSync(file, 'utf8')).toBe('version: 1\n');
    const forced = await draftIn(again, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a missing tsconfig exits 2 with one line naming the path and the fix', async () => {
    const empty = tempDir();
    const r = await cli(['init'], empty);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: "tsconfig.json: no such file; run in the project's folder, or pass --project path/to/tsconfig.json\n",
    });
  });

  it('accepts a project folder, and explains itself with --help', async () => {
    const r = await cli(['init', '--project', 'fixtures/init-app', '--output', join(tempDir(), 'p.yaml')], ROOT);
    expect(r.code).toBe(0);
    const help = await cli(['init', '--help'], ROOT);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: privacy-lint init \[--project tsconfig\.json\] \[--output privacy\.yaml\] \[--force\]/);
  });
});

describe('privacy-lint init on a project without personal data', () => {
  it('still writes a valid draft, with a placeholder item to replace', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'tsconfig.json'), '{ "include": ["src"] }\n');
    writeFileSync(join(dir, 'src/index.ts'), 'export function add(a: number, b: number): number {\n  return a + b;\n}\n');
    const r = await cli(['init'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain('scanned 1 file of tsconfig.json: 0 data items, 0 processors (0 overseas)\n');
    const text = readFileSync(join(dir, 'privacy.yaml'), 'utf8');
    expect(parseManifest(text).manifest?.data.dataItems).toEqual([{ id: 'todo_item', class: 'ordinary' }]);
    expect(text).toContain('# TODO: no personal data found by name or @personal tag; replace this with your items\n');
    expect(text).toContain('# TODO: no known SDK found');
  });
});
