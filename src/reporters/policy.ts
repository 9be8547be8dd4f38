/**
 * The privacy-policy draft (`privacy-lint report --format policy [--lang en|ko]`): the sections a Korean
 * privacy policy has, written from the manifest, each statement marked as backed by the code or not.
 * A pure function of the Report and the manifest, so the same input always gives the same Markdown.
 * (Minimal first version: the full renderer follows in src/reporters/policy/.)
 */
import type { ManifestData } from '../manifest/schema.js';
import type { Report } from '../report/types.js';

export type PolicyLang = 'en' | 'ko';

export function formatPolicy(report: Report, manifest: ManifestData, lang: PolicyLang): string {
  const title = lang === 'ko' ? '개인정보 처리방침 (초안)' : 'Privacy policy (draft)';
  const who = manifest.controller.service ?? manifest.controller.name;
  return `# ${who} ${title}\n\n> ${report.project.manifest}\n`;
}
