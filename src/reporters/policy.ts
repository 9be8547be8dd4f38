/**
 * The privacy-policy draft (`privacy-lint report --format policy [--lang en|ko]`): the articles a Korean
 * privacy policy has, in the order of the PIPC standard privacy policy (the items the law requires, then the
 * recommended ones the manifest has data for), written from the manifest, with each statement marked as
 * backed by the code, not verified, or contradicted (from the Report), and what the manifest leaves
 * unspecified or still marks TODO shown as a TODO, never as a fact. A pure function: the same Report and
 * manifest always give the same Markdown. docs/policy-draft.md describes it.
 */
import type { ManifestData } from '../manifest/schema.js';
import type { Report } from '../report/types.js';
import { en } from './policy/en.js';
import { Evidence } from './policy/evidence.js';
import { ko } from './policy/ko.js';
import { ICON, SECTIONS, Writer } from './policy/sections.js';
import { MANDATORY, RECOMMENDED, type PolicyText, type SectionKey } from './policy/text.js';

export type PolicyLang = 'en' | 'ko';
export const POLICY_LANGS: readonly PolicyLang[] = ['en', 'ko'];

const TEXT: Record<PolicyLang, PolicyText> = { en, ko };

export function formatPolicy(report: Report, manifest: ManifestData, lang: PolicyLang): string {
  return policyDraft(report, manifest, lang).text;
}

/** The draft and the Writer that wrote it (its marks, by article and subject: what the consistency test reads). */
export function policyDraft(report: Report, manifest: ManifestData, lang: PolicyLang): { text: string; writer: Writer } {
  const t = TEXT[lang];
  const todos = report.gaps.filter((g) => g.code === 'gap/todo').map((g) => g.path);
  const w = new Writer(t, new Evidence(report, manifest), manifest, todos);
  // The body first: the legend counts the marks it placed.
  const body: string[] = [];
  let n = 0;
  const write = (keys: readonly SectionKey[], part: string) => {
    const articles = keys.map((key) => {
      w.section = key;
      const lines = SECTIONS[key](w);
      // Items a Korean draft could name by their code id only: one TODO at the end of the items article.
      if (key === 'items' && w.unnamed.size > 0) lines.push('', w.todo(t.todos.itemLabels([...w.unnamed].sort().map((id) => `\`${id}\``).join(t.and)), 'dataItems[].label'));
      return { key, lines };
    }).filter((a) => a.lines.length > 0);
    if (articles.length === 0) return;
    body.push(part, '');
    for (const { key, lines } of articles) body.push(`## ${t.article(++n, t.sections[key])}`, '', ...lines, '');
  };
  write(MANDATORY, t.parts.mandatory);
  write(RECOMMENDED, t.parts.recommended);
  const controller = manifest.controller;
  const c = {
    name: w.name(controller.name, 'controller.name', () => t.notFilled.organisation),
    service: controller.service ? w.name(controller.service, 'controller.service', () => t.notFilled.service) : undefined,
  };
  // package.json may carry no version (the Report then has none): the name alone, never "undefined".
  const tool = report.tool.version ? `${report.tool.name} ${report.tool.version}` : report.tool.name;
  const law = w.cite('policy');
  const lawTodo = w.jurisdictions.length === 0 ? ['', w.todo(t.todos.jurisdictions, 'controller.jurisdictions')] : [];
  const legend = [
    `> ${t.legend.draft(tool, report.project.manifest.replace(/`/g, "'"), report.project.files)}`,
    ...(w.ev.analysed ? [] : ['>', `> ${t.legend.noAnalysis}`]),
    '>',
    ...(['backed', 'unverified', 'contradicted', 'todo', 'info'] as const).map((k) => `> - ${ICON[k]} **${t.mark[k]}**: ${t.legend.marks[k]}`),
    '>',
    `> ${t.legend.counts(w.counts)}`,
  ];
  const head = [`# ${t.title(c.service ?? c.name)}`, '', ...legend, '', t.intro(c.name, c.service, law), ...lawTodo, ''];
  return { text: `${[...head, ...body].join('\n').replace(/\n+$/, '')}\n`, writer: w };
}
