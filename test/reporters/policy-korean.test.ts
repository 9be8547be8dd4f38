/**
 * The Korean draft reads as Korean: particles chosen by the final consonant of the word before them (never
 * both forms), sentences a Korean reader reviewed, and the articles consistent with each other (a transfer
 * or a collection the code shows is never "not verified" in another article). Run on each seed manifest, on
 * the demo with the hand-made report and on the demo as analysed.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { particle, type Particle } from '../../src/lang/korean.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { ManifestData } from '../../src/manifest/schema.js';
import type { Report } from '../../src/report/types.js';
import { formatPolicy, policyDraft } from '../../src/reporters/policy.js';
import type { Logged } from '../../src/reporters/policy/sections.js';
import { ROOT } from '../cli/helpers.js';
import { analyseDemo } from '../report/demo.js';
import { sampleReport } from '../report/policy-sample.js';
import { emptyReport } from '../report/report-helpers.js';

const demo = (): ManifestData => loadManifest(join(ROOT, 'fixtures/demo-app/privacy.yaml')).data;
const seed = (name: string): ManifestData => loadManifest(join(ROOT, 'fixtures/manifests', `${name}.privacy.yaml`)).data;

interface Case {
  name: string;
  report: () => Report;
  manifest: () => ManifestData;
}

let analysed: Report;
const CASES: Case[] = [
  ...['seed-000', 'seed-001', 'seed-002'].map((s) => ({ name: s, report: () => emptyReport({ project: { manifest: `${s}.privacy.yaml` } }), manifest: () => seed(s) })),
  { name: 'demo (hand-made report)', report: sampleReport, manifest: demo },
  { name: 'demo (analysed)', report: () => analysed, manifest: demo },
];

beforeAll(() => {
  analysed = analyseDemo().report;
}, 120_000);

/** The pairs as they follow a word: the consonant form first. */
const PAIRS: Array<[string, string, Particle]> = [['이', '가', '이/가'], ['을', '를', '을/를'], ['은', '는', '은/는'], ['과', '와', '과/와'], ['으로', '로', '으로/로']];

/**
 * Every particle written right after a delimited word (code `…`, a quotation ‘…’, a law 「…」, a marker ［…］,
 * a number of days or items), with the word: the places where a template glues a particle to a value.
 */
function particlesAfterValues(md: string): Array<{ word: string; written: string; at: string }> {
  const out: Array<{ word: string; written: string; at: string }> = [];
  const forms = PAIRS.flatMap(([a, b]) => [a, b]).sort((x, y) => y.length - x.length).join('|');
  const re = new RegExp(`(\`[^\`\\n]+\`|‘[^’\\n]+’|「[^」\\n]+」|［[^］\\n]+］|\\d+(?:개|일|년)?)(${forms})(?=[\\s.,:)]|$)`, 'gmu');
  for (const m of md.matchAll(re)) out.push({ word: m[1]!, written: m[2]!, at: md.slice(Math.max(0, m.index! - 20), m.index! + m[0].length + 10) });
  return out;
}

function expectedFor(word: string, written: string): string {
  const pair = PAIRS.find(([a, b]) => written === a || written === b)!;
  return particle(word, pair[2]);
}

describe('the Korean draft: particles by rule', () => {
  for (const c of CASES) {
    it(`${c.name}: never writes a particle both ways`, () => {
      const md = formatPolicy(c.report(), c.manifest(), 'ko');
      expect(md).not.toMatch(/이\(가\)|가\(이\)|을\(를\)|를\(을\)|은\(는\)|는\(은\)|과\(와\)|와\(과\)|\(으\)로/);
    });

    it(`${c.name}: the particle after every code name, quotation, law and number follows its final sound`, () => {
      const md = formatPolicy(c.report(), c.manifest(), 'ko');
      const found = particlesAfterValues(md);
      expect(found.length).toBeGreaterThan(0);
      const wrong = found.filter((p) => p.written !== expectedFor(p.word, p.written));
      expect(wrong.map((p) => p.at)).toEqual([]);
    });

    it(`${c.name}: no item is named by an English label inside a Korean sentence`, () => {
      const md = formatPolicy(c.report(), c.manifest(), 'ko');
      const english = c.manifest().dataItems
        .filter((i) => i.label && !/[\uac00-\ud7a3]/.test(i.label) && i.label.length > 3)
        .filter((i) => md.includes(`${i.label} (\`${i.id}\`)`) || md.includes(`${i.label}(\`${i.id}\`)`));
      expect(english.map((i) => i.id)).toEqual([]);
    });
  }

  it('picks each form in sentences a Korean reader reviewed (the demo, hand-made report)', () => {
    const md = formatPolicy(sampleReport(), demo(), 'ko');
    for (const sentence of [
      // 이/가 after a version number read 영 (consonant) and 는 after "(demo)": the word before the gloss decides.
      'privacy-lint 0.0.0-test가 매니페스트 `fixtures/demo-app/privacy.yaml`과 소스 파일 21개의 분석 결과로 만들었습니다.',
      'Seoul Metropolitan Government (demo)는 Seoul Public Service Reservations를 운영하면서',
      '코드가 이 방침에 없는 항목 `nickname`을 처리함',
      '1. 정보주체는 언제든지 개인정보의 열람, 정정·삭제, 처리정지를 요구할 수 있습니다.',
      '- 이름(`name`) ✅ 코드 확인',
      '- 주민등록번호(`rrn`) *(고유식별정보)*',
      '보유 기간이 지나거나 처리 목적을 이룬 개인정보는 지체 없이 파기합니다 (「개인정보 보호법」 제21조 및 「개인정보 보호법 시행령」 제16조).',
    ]) expect(md).toContain(sentence);
  });
});

/** The subjects a mark speaks of, with the articles that say the code shows it and those that say it found none. */
function contradictions(log: readonly Logged[]): string[] {
  const shown = new Map<string, Set<string>>();
  const notFound = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, s: string) => m.set(k, new Set([...(m.get(k) ?? []), s]));
  for (const l of log) {
    if (!l.subject) continue;
    const { kind, why, places } = l.mark;
    if ((kind === 'backed' || kind === 'contradicted') && places.length > 0) add(shown, l.subject, l.section);
    if (why === 'not-sent' || why === 'not-collected') add(notFound, l.subject, l.section);
  }
  return [...notFound].filter(([s]) => shown.has(s)).map(([s, secs]) => `${s}: shown in ${[...shown.get(s)!].join(', ')}, not found in ${[...secs].join(', ')}`);
}

describe('the articles agree with each other', () => {
  for (const c of CASES) {
    for (const lang of ['ko', 'en'] as const) {
      it(`${c.name} (${lang}): what one article shows the code doing, no other article calls unverified`, () => {
        const { writer } = policyDraft(c.report(), c.manifest(), lang);
        expect(contradictions(writer.log)).toEqual([]);
      });
    }
  }

  it('sees the parties and items of the demo in more than one article (the check has something to compare)', () => {
    const { writer } = policyDraft(analysed, demo(), 'ko');
    const sections = (subject: string) => new Set(writer.log.filter((l) => l.subject === subject).map((l) => l.section));
    expect([...sections('party:sentry')].sort()).toEqual(['consignment', 'overseas']);
    expect(sections('item:ip_address').size).toBeGreaterThan(1);
    // The code sends to Sentry (abroad): both articles say so, neither calls it unverified.
    const sentry = writer.log.filter((l) => l.subject === 'party:sentry');
    for (const section of ['consignment', 'overseas']) expect(sentry.some((l) => l.section === section && l.mark.places.length > 0), section).toBe(true);
  });

  it('flags a transfer shown in one article and "not sent" in another', () => {
    const log: Logged[] = [
      { section: 'consignment', subject: 'party:sentry', mark: { kind: 'backed', places: [{ file: 'a.ts', line: 1, column: 1 }], why: 'sent' } },
      { section: 'overseas', subject: 'party:sentry', mark: { kind: 'unverified', places: [], why: 'not-sent' } },
    ];
    expect(contradictions(log)).toEqual(['party:sentry: shown in consignment, not found in overseas']);
  });
});
