import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import type { ManifestData } from '../../src/manifest/schema.js';
import { formatPolicy, POLICY_LANGS } from '../../src/reporters/policy.js';
import { ROOT } from '../cli/helpers.js';
import { analyseDemo, type DemoAnalysis } from '../report/demo.js';
import { sampleReport } from '../report/policy-sample.js';
import { emptyReport } from '../report/report-helpers.js';

const DEMO = join(ROOT, 'fixtures/demo-app/privacy.yaml');
const SEEDS = ['seed-000', 'seed-001', 'seed-002'];
const demo = (): ManifestData => loadManifest(DEMO).data;
const seed = (name: string): ManifestData => loadManifest(join(ROOT, 'fixtures/manifests', `${name}.privacy.yaml`)).data;

describe('formatPolicy snapshots', () => {
  for (const lang of POLICY_LANGS) {
    it(`demo manifest + hand-made report (${lang})`, async () => {
      await expect(formatPolicy(sampleReport(), demo(), lang)).toMatchFileSnapshot(`__snapshots__/policy/demo.${lang}.md`);
    });
    for (const name of SEEDS) {
      it(`${name} with no code analysed (${lang})`, async () => {
        await expect(formatPolicy(emptyReport({ project: { manifest: `${name}.privacy.yaml` } }), seed(name), lang)).toMatchFileSnapshot(`__snapshots__/policy/${name}.${lang}.md`);
      });
    }
  }
});

/** The body of one article ("## Article 3 (…)" up to the next heading), for focused assertions. */
function article(md: string, n: number): string {
  const parts = md.split(/^## /m);
  const found = parts.find((p) => p.startsWith(`Article ${n} (`) || p.startsWith(`제${n}조(`));
  if (!found) throw new Error(`no article ${n} in:\n${md}`);
  return found;
}

/** The line of an article that contains `text`. */
function lineWith(md: string, text: string): string {
  const line = md.split('\n').find((l) => l.includes(text));
  if (!line) throw new Error(`no line with ${JSON.stringify(text)} in:\n${md}`);
  return line;
}

describe('formatPolicy sections', () => {
  const en = [
    'Purposes of processing personal information', 'Personal information processed', 'Processing and retention periods',
    'Procedure and method of destruction', 'Provision of personal information to third parties', 'Consignment of personal information processing',
    'Overseas transfer of personal information', 'Rights and duties of data subjects and legal representatives, and how to exercise them',
    'Measures to ensure the safety of personal information', 'Installation, operation and refusal of devices that collect personal information automatically',
    'Privacy officer', 'Changes to this privacy policy',
  ];
  const ko = [
    '개인정보의 처리 목적', '처리하는 개인정보의 항목', '개인정보의 처리 및 보유 기간', '개인정보의 파기 절차 및 방법', '개인정보의 제3자 제공',
    '개인정보처리의 위탁', '개인정보의 국외 이전', '정보주체와 법정대리인의 권리·의무 및 행사방법', '개인정보의 안전성 확보조치',
    '개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항', '개인정보 보호책임자', '개인정보 처리방침의 변경',
  ];

  it('has every required article, numbered in the standard order, then the recommended ones, in both languages', () => {
    for (const m of [demo(), seed('seed-000'), seed('seed-002')]) {
      const headings = (lang: 'en' | 'ko') => formatPolicy(emptyReport(), m, lang).split('\n').filter((l) => l.startsWith('## '));
      // Under KR law the remedies (dispute mediation, reporting centres) are the one recommended article without manifest data.
      expect(headings('en')).toEqual([...en, 'Remedies for infringement of data subjects’ rights'].map((t, i) => `## Article ${i + 1} (${t})`));
      expect(headings('ko')).toEqual([...ko, '정보주체의 권익침해에 대한 구제방법'].map((t, i) => `## 제${i + 1}조(${t})`));
      const md = formatPolicy(emptyReport(), m, 'ko');
      expect(md.indexOf('**법령상 필수 기재사항**')).toBeLessThan(md.indexOf('## 제1조'));
      expect(md.indexOf('**권장 기재사항**')).toBeGreaterThan(md.indexOf('## 제12조'));
    }
  });

  it('writes the behavioural-information article only where the manifest lists trackers', () => {
    const m = demo();
    m.automaticCollection!.trackers = [{ host: 'www.google-analytics.com', purpose: 'Visit statistics', consentFlag: 'user.consents.analytics' }];
    const md = formatPolicy(emptyReport(), m, 'ko');
    expect(md).toContain('## 제13조(행태정보의 수집·이용·제공 및 거부 등에 관한 사항)');
    expect(md).toContain('- www.google-analytics.com: Visit statistics *(번역 필요)* ⚠️ 미확인');
    expect(md).toContain('## 제14조(정보주체의 권익침해에 대한 구제방법)');
    expect(formatPolicy(emptyReport(), demo(), 'ko')).not.toContain('행태정보');
  });

  it('starts with a legend saying it is a draft for a person to review, from the manifest and the code', () => {
    const md = formatPolicy(sampleReport(), demo(), 'ko');
    expect(md.split('\n')[0]).toBe('# Seoul Public Service Reservations 개인정보 처리방침 (초안)');
    expect(md).toMatch(/^> \*\*사람이 검토해야 하는 초안입니다\./m);
    expect(md).toContain('privacy-lint 0.0.0-test가 매니페스트 `fixtures/demo-app/privacy.yaml`과 소스 파일 21개');
    expect(formatPolicy(sampleReport(), demo(), 'en')).toMatch(/^> \*\*This is a draft for a person to review, not a finished policy\.\*\*/m);
  });

  it('marks a retention period with deletion evidence as backed, naming the job or handler and where it is', () => {
    const md = formatPolicy(sampleReport(), demo(), 'en');
    const reservation = article(md, 3).split(/^\d+\. /m).find((b) => b.startsWith('**`reservation_records`**'));
    expect(reservation).toContain('- period: 6 months after collection');
    expect(reservation).toContain('✅ backed by code (src/jobs/purge.ts:12) — deleted by the job scheduled “0 3 * * *”');
    expect(lineWith(article(formatPolicy(sampleReport(), demo(), 'ko'), 3), 'members.service.ts:41')).toBe(
      '   - ✅ 코드 확인 (src/members/members.service.ts:41) — 삭제 코드: ‘membership withdrawal’ 처리 코드',
    );
  });

  it('marks a retention period the code cuts short as contradicted, and one without deletion as not verified', () => {
    const md = article(formatPolicy(sampleReport(), demo(), 'en'), 3);
    expect(md).toContain('❌ contradicted by code — the code deletes it before this period ends (payments is deleted after 1 year (src/jobs/purge.ts:20)');
    const inquiry = md.split(/^\d+\. /m).find((b) => b.startsWith('**`inquiry_records`**'));
    expect(inquiry).toContain('⚠️ not verified — no handler, job or TTL that deletes it at the end of this period was found');
    expect(inquiry).not.toContain('✅');
  });

  it('marks a collected item as backed with the place it is collected, and one the code never collects as not verified', () => {
    const md = article(formatPolicy(sampleReport(), demo(), 'en'), 2);
    expect(lineWith(md, '(`password`)')).toBe('     - Password (`password`) ✅ backed by code (src/members/members.dto.ts:11) — collected in code');
    expect(lineWith(md, '(`health_note`)')).toContain('*(sensitive information)* ⚠️ not verified — no code collecting it was found');
    expect(lineWith(md, '`nickname`')).toBe('- `nickname` ❌ contradicted by code (src/members/members.dto.ts:14) — the code handles `nickname`, which this policy does not list');
  });

  it('warns about a processor no code sends to, and about declared items no code sends', () => {
    const md = article(formatPolicy(sampleReport(), demo(), 'en'), 6);
    const sentry = md.slice(md.indexOf('**Functional Software'));
    expect(sentry).toContain('⚠️ not verified — no code sending to it was found (the declaration may be stale)');
    const toss = md.slice(md.indexOf('**Toss Payments'), md.indexOf('**NICE'));
    expect(toss).toContain('✅ backed by code (src/payments/toss.client.ts:22) — the code sends name, email, card_number');
    expect(toss).toContain('⚠️ not verified — declared but not sent by any code found: refund_account');
    const ko6 = article(formatPolicy(sampleReport(), demo(), 'ko'), 6);
    expect(ko6.slice(ko6.indexOf('**Functional Software'))).toContain('⚠️ 미확인 — 이곳으로 보내는 코드를 찾지 못함');
  });

  it('marks an over-shared item as contradicted, with the call that sends it', () => {
    const md = article(formatPolicy(sampleReport(), demo(), 'en'), 6);
    const naver = md.slice(md.indexOf('**NAVER Cloud'), md.indexOf('**Functional Software'));
    expect(naver).toContain('❌ contradicted by code (src/notifications/sms.ts:18) — the code also sends name, which is not declared for it');
    expect(article(formatPolicy(sampleReport(), demo(), 'ko'), 6)).toContain('❌ 코드와 불일치 (src/notifications/sms.ts:18) — 선언하지 않은 항목도 보냄: `name`');
  });

  it('contradicts "no provision to third parties" when the code sends to an undeclared destination', () => {
    const md = article(formatPolicy(sampleReport(), demo(), 'en'), 5);
    expect(lineWith(md, 'not provided to any third party')).toBe(
      'Personal information is not provided to any third party. ❌ contradicted by code (src/members/members.service.ts:60) — the code sends personal data to destinations this policy does not name',
    );
    expect(lineWith(md, 'api.mixpanel.com')).toContain('receives email; declare it as a recipient or processor, or stop sending');
    // With no undeclared destination, the same claim has no counter-example in the code.
    const clean = { ...sampleReport(), parties: sampleReport().parties.filter((p) => p.role !== 'undeclared') };
    expect(lineWith(article(formatPolicy(clean, demo(), 'en'), 5), 'not provided')).toContain('✅ backed by code — the analysis found no destination this policy does not name');
  });

  it('writes what the manifest leaves unspecified as a visible TODO naming the key, never an invented value', () => {
    const m = demo();
    m.retention![4]!.end = 'unspecified';
    m.purposes![0]!.basis = 'unspecified';
    m.processors = 'unspecified';
    delete m.destruction;
    for (const [lang, todo] of [['en', 'TODO: state'], ['ko', 'TODO:']] as const) {
      const md = formatPolicy(sampleReport(), m, lang);
      expect(lineWith(article(md, 3), '`retention[4].end`')).toMatch(new RegExp(`^   - 📝 ${todo}.*\\(.*\`retention\\[4\\]\\.end\`\\)$`));
      expect(lineWith(article(md, 1), '`purposes[0].basis`')).toContain('📝 TODO');
      expect(article(md, 6)).toContain('📝 TODO');
      expect(article(md, 6)).toContain('`processors`');
      expect(article(md, 6)).not.toContain('Toss');
      expect(article(md, 4)).toContain('`destruction.procedure`');
    }
    // An unspecified end is not judged against the code.
    expect(article(formatPolicy(sampleReport(), m, 'en'), 3).split(/^\d+\. /m).find((b) => b.startsWith('**`access_logs`**'))).not.toMatch(/✅|⚠️|❌/);
  });

  it('verifies the password-hash claim only when the code stores a password without a finding', () => {
    const claim = (r: ReturnType<typeof sampleReport>) => lineWith(article(formatPolicy(r, demo(), 'en'), 9), 'one-way encryption of passwords');
    expect(claim(sampleReport())).toContain('✅ backed by code (src/db/schema.ts:10) — stored passwords pass an accepted one-way hash');
    const finding = { ...sampleReport().findings[0]!, ruleId: 'privacy/no-plaintext-password', file: 'src/members/members.repository.ts', line: 9, dataItems: ['password'] };
    expect(claim({ ...sampleReport(), findings: [finding] })).toContain('❌ contradicted by code (src/members/members.repository.ts:9)');
    const unstored = sampleReport();
    unstored.inventory = unstored.inventory.map((r) => (r.id === 'password' ? { ...r, stores: [] } : r));
    expect(claim(unstored)).toContain('⚠️ not verified — no finding, but no code storing a password was found');
  });

  it('contradicts the encryption claim where the code stores a financial item in the clear; organisational measures are not checkable', () => {
    const md = article(formatPolicy(sampleReport(), demo(), 'en'), 9);
    expect(lineWith(md, 'encryption of financial information')).toContain('❌ contradicted by code (src/payments/payments.repository.ts:25) — stored without encryption');
    expect(lineWith(md, 'TLS for all transmission')).toContain('⚠️ not verified — no rule checks this');
    expect(lineWith(md, 'internal management plan')).toContain('ℹ️ not checkable in code');
  });

  it('verifies nothing and contradicts nothing when no code was analysed', () => {
    for (const lang of POLICY_LANGS) {
      const md = formatPolicy(emptyReport(), seed('seed-001'), lang);
      const body = md.slice(md.indexOf('\n## '));
      expect(body).not.toMatch(/✅|❌/);
      expect(body).toMatch(/⚠️/);
    }
  });

  it('is deterministic and leaves its inputs alone', () => {
    const report = sampleReport();
    const m = demo();
    const before = JSON.stringify([report, m]);
    const first = formatPolicy(report, m, 'ko');
    expect(formatPolicy(report, m, 'ko')).toBe(first);
    expect(JSON.stringify([report, m])).toBe(before);
    // Places come out sorted whatever order the Report lists them in.
    const shuffled = { ...report, inventory: report.inventory.map((r) => ({ ...r, collectedAt: [...r.collectedAt].reverse() })) };
    expect(formatPolicy(shuffled, m, 'ko')).toBe(first);
  });

  it('counts the marks it placed in the legend', () => {
    const md = formatPolicy(sampleReport(), demo(), 'en');
    const body = md.slice(md.indexOf('\n## '));
    const count = (s: string) => body.split(s).length - 1;
    expect(md).toContain(`In this draft: ✅ ${count('✅')} · ⚠️ ${count('⚠️')} · ❌ ${count('❌')} · 📝 ${count('📝')} · ℹ️ ${count('ℹ️')}`);
    expect(count('❌')).toBeGreaterThan(0);
  });

  it('keeps the manifest\'s free text on one line and literal inside the Markdown', () => {
    const m = demo();
    m.dataItems[0]!.label = 'E-mail *work* <b>address</b>';
    m.destruction!.procedure = 'Selected nightly;\n\nthen destroyed';
    const md = formatPolicy(sampleReport(), m, 'en');
    expect(lineWith(article(md, 2), '(`email`)')).toContain('E-mail \\*work\\* \\<b>address\\</b> (`email`)');
    expect(article(md, 4)).toContain('1. Procedure: Selected nightly; then destroyed\n');
  });

  it('marks a tracker as backed where the code sends to the party that recognises its package', () => {
    const m = demo();
    m.automaticCollection!.trackers = [
      { package: '@sentry/node', purpose: 'Error reports' },
      { host: 'www.google-analytics.com', purpose: 'Visit statistics' },
    ];
    const report = sampleReport();
    report.parties = report.parties.map((p) => (p.id === 'sentry' ? { ...p, observedItems: ['email'], stale: [], at: [{ file: 'src/instrument.ts', line: 4, column: 1, via: 'Sentry.captureException' }] } : p));
    const md = article(formatPolicy(report, m, 'en'), 13);
    expect(md.startsWith('Article 13 (Collection, use and provision of behavioural information')).toBe(true);
    expect(lineWith(md, '@sentry/node')).toBe('- @sentry/node: Error reports ✅ backed by code (src/instrument.ts:4) — the code sends email');
    expect(lineWith(md, 'google-analytics')).toContain('⚠️ not verified — no code sending to it was found');
  });

  it('says which transfer items no code sends when the code reaches the party with others only', () => {
    const m = demo();
    m.overseasTransfers = [{ to: 'toss_payments', country: 'JP', items: ['refund_account'] }];
    const md = article(formatPolicy(sampleReport(), m, 'en'), 7);
    expect(md).toContain('⚠️ not verified — declared but not sent by any code found: refund_account');
    // The code sends Toss other items: not a backing of this entry, a contradiction of it (as article 6 says it sends them).
    expect(md).toContain('❌ contradicted by code (src/payments/toss.client.ts:22) — the code also sends name, email, card_number there, which this transfer does not list');
    expect(md).not.toContain('✅');
  });

  it('asks for an overseas transfer entry when a party abroad has none', () => {
    const m = demo();
    m.overseasTransfers = [];
    const md = article(formatPolicy(sampleReport(), m, 'en'), 7);
    expect(md).toContain('Personal information is not transferred abroad.');
    expect(md).toContain('📝 TODO: Functional Software, Inc. (Sentry) is in US: add an overseas transfer entry, or correct the country (manifest: `overseasTransfers`)');
  });
});

describe('formatPolicy on the real demo app (analyzeProject + checkModel + buildReport)', () => {
  let analysis: DemoAnalysis;
  let en: string;
  let ko: string;
  const at = (p: { file: string; line: number }) => `${p.file}:${p.line}`;

  beforeAll(() => {
    analysis = analyseDemo();
    en = formatPolicy(analysis.report, analysis.manifest.data, 'en');
    ko = formatPolicy(analysis.report, analysis.manifest.data, 'ko');
  });

  it('marks each purpose item as the inventory and the collection findings show it', () => {
    const { report, manifest } = analysis;
    const items = [...new Set((manifest.data.purposes ?? []).flatMap((p) => [...(p.items.required ?? []), ...(p.items.optional ?? [])]))];
    for (const id of items) {
      const line = lineWith(article(en, 2), `(\`${id}\`)`);
      const finding = report.findings.find((f) => /no-sensitive-collection|no-undeclared-collection/.test(f.ruleId) && f.dataItems.includes(id));
      const row = report.inventory.find((r) => r.id === id);
      if (finding) expect(line, id).toContain(`❌ contradicted by code (${at(finding)}`);
      else if (row && row.collectedAt.length > 0) expect(line, id).toMatch(new RegExp(`✅ backed by code \\([^)]*${at(row.collectedAt[0]!).replace(/[.]/g, '\\.')}`));
      else expect(line, id).toContain('⚠️ not verified');
    }
  });

  it('marks each retention period as its RetentionViews judge it, naming the evidence', () => {
    const { report, manifest } = analysis;
    for (const rule of manifest.data.retention ?? []) {
      const views = report.inventory.flatMap((r) => r.retention.filter((v) => v.rule === rule.id));
      const block = article(en, 3).split(/^\d+\. /m).find((b) => b.startsWith(`**\`${rule.id}\`**`)) ?? '';
      const judged = views.filter((v) => v.status === 'evidenced' || v.status === 'no-evidence');
      if (views.some((v) => v.status === 'contradicted')) expect(block, rule.id).toContain('❌');
      else if (judged.length > 0 && judged.every((v) => v.status === 'evidenced')) {
        expect(block, rule.id).toContain(`✅ backed by code (${at(judged[0]!.evidence[0]!.at)}`);
      } else expect(block, rule.id).toContain('⚠️');
    }
    // The demo keeps inquiries without any deletion path for them, and deletes members on withdrawal.
    expect(article(en, 3).split(/^\d+\. /m).find((b) => b.startsWith('**`inquiry_records`**'))).toContain('⚠️ not verified');
    expect(article(ko, 3).split(/^\d+\. /m).find((b) => b.startsWith('**`membership`**'))).toContain('✅ 코드 확인');
  });

  it('contradicts the security claims the demo breaks, at the findings', () => {
    const { report } = analysis;
    const passwords = report.findings.filter((f) => f.ruleId === 'privacy/no-plaintext-password');
    const encryption = report.findings.find((f) => f.ruleId === 'privacy/require-encryption-at-rest');
    expect(passwords.length > 0 && encryption).toBeTruthy();
    expect(lineWith(article(en, 9), 'one-way encryption of passwords')).toContain(`❌ contradicted by code (${passwords.map(at).join(', ')})`);
    expect(lineWith(article(ko, 9), 'encryption of financial information')).toContain(`❌ 코드와 불일치 (${at(encryption!)})`);
  });

  it('names every undeclared destination as a contradiction, and marks parties the code never reaches as not verified', () => {
    const { report } = analysis;
    const undeclared = report.parties.filter((p) => p.role === 'undeclared');
    expect(undeclared.length).toBeGreaterThan(0);
    for (const p of undeclared) expect(lineWith(article(en, 5), `**${p.name}**`)).toContain(`❌ contradicted by code (${at(p.at[0]!)}`);
    for (const p of report.parties.filter((x) => x.role === 'processor')) {
      const block = article(en, 6).slice(article(en, 6).indexOf(`(\`${p.id}\`)`)).split(/^\d+\. /m)[0]!;
      expect(block, p.id).toContain(p.observedItems.length > 0 ? '✅ backed by code' : '⚠️ not verified — no code sending to it was found');
      if (p.overShared.length > 0) expect(block, p.id).toContain('❌');
    }
  });

  it('says which tool and manifest it was written from, without "undefined"', () => {
    expect(en).toContain('from the manifest `fixtures/demo-app/privacy.yaml`');
    expect(en).not.toContain('undefined');
    expect(ko).not.toContain('undefined');
  });
});
