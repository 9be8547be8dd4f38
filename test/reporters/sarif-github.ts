/**
 * GitHub code scanning's documented requirements for an uploaded SARIF file ("SARIF support for code scanning",
 * docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning),
 * beyond the SARIF schema: what the upload accepts (version, limits) and what it needs to show a result where it
 * belongs (a rule to link, a location relative to the repository's root, a region with a start line). Returns
 * the problems found, one line each; an empty list means the file meets them.
 */
import { gzipSync } from 'node:zlib';
import type { Log } from 'sarif';

/** Upload limits from GitHub's documentation. */
export const GITHUB_LIMITS = { gzipBytes: 10 * 1024 * 1024, runs: 20, resultsPerRun: 25_000, rulesPerRun: 25_000, tagsPerRule: 20, locationsPerResult: 1_000, threadFlowLocationsPerResult: 10_000 };

export function githubUploadProblems(log: Log): string[] {
  const out: string[] = [];
  if (log.version !== '2.1.0') out.push(`version must be 2.1.0, got ${String(log.version)}`);
  if (!log.$schema) out.push('$schema is missing');
  if (gzipSync(JSON.stringify(log)).length > GITHUB_LIMITS.gzipBytes) out.push('larger than 10 MB gzip-compressed');
  if (log.runs.length === 0 || log.runs.length > GITHUB_LIMITS.runs) out.push(`${log.runs.length} runs: GitHub takes 1 to ${GITHUB_LIMITS.runs}`);
  const categories = new Set<string>();
  log.runs.forEach((run, r) => {
    const at = `runs[${r}]`;
    const driver = run.tool?.driver;
    if (!driver?.name) out.push(`${at}: tool.driver.name is required`);
    // one run per tool and category in a file (GitHub rejects repeats)
    const category = `${driver?.name}/${(run.automationDetails?.id ?? '').replace(/[^/]*$/, '')}`;
    if (categories.has(category)) out.push(`${at}: a second run of ${category} in one file`);
    categories.add(category);
    const rules = driver?.rules ?? [];
    if (rules.length > GITHUB_LIMITS.rulesPerRun) out.push(`${at}: more than ${GITHUB_LIMITS.rulesPerRun} rules`);
    rules.forEach((rule, i) => {
      const r = `${at}.rules[${i}] ${rule.id}`;
      if (!rule.id) out.push(`${r}: id is required`);
      if (!rule.shortDescription?.text) out.push(`${r}: shortDescription.text is shown in the alert list and is missing`);
      if (!rule.fullDescription?.text) out.push(`${r}: fullDescription.text is missing`);
      if (!rule.help?.text) out.push(`${r}: help.text is missing`);
      const tags = (rule.properties?.tags ?? []) as string[];
      if (tags.length > GITHUB_LIMITS.tagsPerRule) out.push(`${r}: more than ${GITHUB_LIMITS.tagsPerRule} tags`);
      const severity = rule.properties?.['security-severity'] as unknown;
      if (severity !== undefined) {
        const n = typeof severity === 'string' && /^\d+(\.\d+)?$/.test(severity) ? Number(severity) : NaN;
        if (!(n >= 0 && n <= 10)) out.push(`${r}: security-severity must be a number from 0.0 to 10.0 written as a string, got ${JSON.stringify(severity)}`);
        if (!tags.includes('security')) out.push(`${r}: security-severity is only used on rules tagged "security"`);
      }
      if (rule.defaultConfiguration?.level && !['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level)) out.push(`${r}: unknown level`);
    });
    const results = run.results ?? [];
    if (results.length > GITHUB_LIMITS.resultsPerRun) out.push(`${at}: more than ${GITHUB_LIMITS.resultsPerRun} results`);
    const baseIds = Object.keys(run.originalUriBaseIds ?? {});
    results.forEach((result, i) => {
      const at2 = `results[${i}]`;
      if (!result.message?.text) out.push(`${at2}: message.text is required`);
      const rule = result.ruleIndex !== undefined ? rules[result.ruleIndex] : rules.find((x) => x.id === result.ruleId);
      if (!rule || (result.ruleId !== undefined && rule.id !== result.ruleId)) out.push(`${at2}: its rule is not among the driver's rules`);
      const locations = result.locations ?? [];
      if (locations.length === 0) out.push(`${at2}: at least one location is required for GitHub to show it`);
      if (locations.length > GITHUB_LIMITS.locationsPerResult) out.push(`${at2}: more than ${GITHUB_LIMITS.locationsPerResult} locations`);
      locations.forEach((l, j) => {
        const a = l.physicalLocation?.artifactLocation;
        if (!a?.uri || /^[a-z][a-z0-9+.-]*:/i.test(a.uri) || a.uri.startsWith('/')) out.push(`${at2}: location ${j} is not relative to the repository (${a?.uri})`);
        else if (a.uriBaseId !== undefined && !baseIds.includes(a.uriBaseId)) out.push(`${at2}: location ${j} names uriBaseId ${a.uriBaseId}, which originalUriBaseIds does not define`);
        const region = l.physicalLocation?.region;
        if (!region || !(region.startLine! >= 1)) out.push(`${at2}: location ${j} needs region.startLine >= 1`);
      });
      const flowLocations = (result.codeFlows ?? []).flatMap((c) => c.threadFlows.flatMap((t) => t.locations)).length;
      if (flowLocations > GITHUB_LIMITS.threadFlowLocationsPerResult) out.push(`${at2}: more than ${GITHUB_LIMITS.threadFlowLocationsPerResult} thread flow locations`);
    });
  });
  return out;
}
