/**
 * The privacy-policy draft (`privacy-lint report --format policy [--lang en|ko]`): the articles a Korean
 * privacy policy has, in the order of the PIPC standard privacy policy, written from the manifest, with
 * each statement marked as backed by the code, not verified, or contradicted (from the Report), and
 * what the manifest leaves unspecified shown as a TODO. A pure function: the same Report and manifest
 * always give the same Markdown. docs/policy-draft.md describes it.
 */
import type { ManifestData } from '../manifest/schema.js';
import type { Report } from '../report/types.js';
import { en } from './policy/en.js';
import { Evidence } from './policy/evidence.js';
import { ko } from './policy/ko.js';
import { ICON, SECTIONS, Writer, md } from './policy/sections.js';
import { SECTION_ORDER, type PolicyText } from './policy/text.js';

export type PolicyLang = 'en' | 'ko';
export const POLICY_LANGS: readonly PolicyLang[] = ['en', 'ko'];

const TEXT: Record<PolicyLang, PolicyText> = { en, ko };

export function formatPolicy(report: Report, manifest: ManifestData, lang: PolicyLang): string {
  const t = TEXT[lang];
  const w = new Writer(t, new Evidence(report, manifest), manifest);
  // The body first: the legend counts the marks it placed.
  const body: string[] = [];
  SECTION_ORDER.forEach((key, i) => {
    body.push(`## ${t.article(i + 1, t.sections[key])}`, '', ...SECTIONS[key](w), '');
  });
  const c = { name: md(manifest.controller.name), service: manifest.controller.service ? md(manifest.controller.service) : undefined };
  // package.json may carry no version (the Report then has none): the name alone, never "undefined".
  const tool = report.tool.version ? `${report.tool.name} ${report.tool.version}` : report.tool.name;
  const legend = [
    `> ${t.legend.draft(tool, report.project.manifest.replace(/`/g, "'"), report.project.files)}`,
    ...(w.ev.analysed ? [] : ['>', `> ${t.legend.noAnalysis}`]),
    '>',
    ...(['backed', 'unverified', 'contradicted', 'todo', 'info'] as const).map((k) => `> - ${ICON[k]} **${t.mark[k]}**: ${t.legend.marks[k]}`),
    '>',
    `> ${t.legend.counts(w.counts)}`,
  ];
  const head = [`# ${t.title(c.service ?? c.name)}`, '', ...legend, '', t.intro(c.name, c.service), ''];
  return `${[...head, ...body].join('\n').replace(/\n+$/, '')}\n`;
}
