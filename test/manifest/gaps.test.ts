import { describe, expect, it } from 'vitest';
import { BASE, edit, warningsOf } from './helpers.js';

/** BASE with one more data item, collected and retained like the others. */
function withItem(yaml: string, id: string): string {
  return edit('  - id: password\n', `${yaml}  - id: password\n`)
    .replace('items: [email, password]\n', `items: [email, password, ${id}]\n`)
    .replace('[email, password] }', `[email, password, ${id}] }`);
}

describe('policy gaps', () => {
  it('the base manifest has none', () => {
    expect(warningsOf(BASE)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['an item with no retention rule', edit('    items: [email, password]\n', '    items: [email]\n'),
      'privacy.yaml:9:5: warning: dataItems[1]: "password" has no retention rule: the policy must say how long it is kept and when it is destroyed (PIPA Art 21(1), Art 30(1)2)'],
    ['end: unspecified', edit('end: { event: membership_withdrawal }', 'end: unspecified'),
      'privacy.yaml:22:10: warning: retention[0].end: retention "membership" has end: unspecified, so "email", "password" may be kept indefinitely; state the period or the event that ends it (PIPA Art 21(1), Art 30(1)2)'],
    ['an item no purpose collects', edit('items: { required: [email, password] }', 'items: { required: [email] }'),
      `privacy.yaml:9:5: warning: dataItems[1]: "password" is collected by no purpose: list it under a purpose's items, or remove it (PIPA Art 3(1), Art 15(2)1)`],
    ['an auto_collected item missing from automaticCollection', withItem('  - id: ip\n    class: auto_collected\n', 'ip'),
      'privacy.yaml:9:5: warning: dataItems[1]: "ip" is collected automatically but automaticCollection.items does not list it, so the policy does not tell users how to refuse it (PIPA Art 30(1)7)'],
    ['a sensitive item without separate consent or statute', withItem('  - id: health\n    class: sensitive\n    kind: health\n', 'health'),
      'privacy.yaml:9:5: warning: dataItems[1]: "health" is sensitive information, but purpose "membership" has neither separate consent (consent.separate: true) nor a statute (PIPA Art 23(1))'],
    ['a resident registration number on consent alone',
      withItem('  - id: rrn\n    class: unique_identifier\n    kind: kr.rrn\n', 'rrn').replace('basis: contract', 'basis: consent\n    consent: { separate: true }'),
      'privacy.yaml:9:5: warning: dataItems[1]: "rrn" is a resident registration number processed without a statute that requires it; consent is not enough (name the statute, or stop collecting it) (PIPA Art 24-2(1))'],
    ['a processor with nothing to recognise it by', edit('    recognise: { hosts: [api.mailer.example] }\n', ''),
      'privacy.yaml:24:5: warning: processors[0]: "mailer" has nothing to recognise it by in code (recognise.hosts, packages, calls, roles or env), so transfers to it cannot be checked (PIPA Art 17, Art 26)'],
    ['processors: unspecified', edit('processors:\n  - id: mailer\n    name: Mailer Inc\n    items: [email]\n    country: KR\n    recognise: { hosts: [api.mailer.example] }\n', 'processors: unspecified\n'),
      'privacy.yaml:23:13: warning: processors: the policy says processing may be entrusted but names no consignee: name each processor and the work entrusted to it (PIPA Art 26(2))'],
    ['a party abroad with no overseas transfer', edit('country: KR', 'country: US'),
      'privacy.yaml:27:14: warning: processors[0].country: "mailer" is in US but overseasTransfers has no entry for it (PIPA Art 28-8(1))'],
    ['an officer without contact', edit('email: privacy@example.com }', 'email: null }'),
      'privacy.yaml:30:3: warning: officer: no privacy officer has a phone number or email: the policy must say how to reach the officer (PIPA Art 30(1)6, Art 31)'],
    ['no officer at all', edit('officer:\n  - { role: privacy officer, name: Kim, email: privacy@example.com }\n', ''),
      'privacy.yaml:1:1: warning: no privacy officer has a phone number or email: the policy must say how to reach the officer (PIPA Art 30(1)6, Art 31)'],
    ['access records kept under a year', `${BASE}security:\n  accessLog: { retainMin: P6M }\n`,
      'privacy.yaml:32:27: warning: security.accessLog.retainMin: access records are kept P6M; the current standard asks at least 1 year (P1Y), 2 years for 50,000+ subjects, unique identifiers or sensitive information (PIPA security standards Art 8(1))'],
    ['a purpose with basis: unspecified', edit('basis: contract', 'basis: unspecified'),
      'privacy.yaml:17:12: warning: purposes[0].basis: purpose "membership" has basis: unspecified: state the legal basis (consent, contract, legal_obligation, …) on which it processes its items (PIPA Art 15(1), Art 30(1)1)'],
    ['children policy unspecified', `${BASE}children: { policy: unspecified }\n`,
      'privacy.yaml:31:21: warning: children.policy: the policy does not say how it handles children under 14: state not_served or parental_consent (PIPA Art 22-2)'],
    ['GDPR articles when the jurisdictions include EU',
      edit('jurisdictions: [KR]', 'jurisdictions: [KR, EU]').replace('end: { event: membership_withdrawal }', 'end: unspecified'),
      'privacy.yaml:22:10: warning: retention[0].end: retention "membership" has end: unspecified, so "email", "password" may be kept indefinitely; state the period or the event that ends it (PIPA Art 21(1), Art 30(1)2; GDPR Art 13(2)(a))'],
  ])('%s', (_name, text, expected) => {
    expect(warningsOf(text)).toEqual([expected]);
  });

  it('a sensitive item under separate consent is no gap', () => {
    const text = withItem('  - id: health\n    class: sensitive\n    kind: health\n', 'health').replace(
      'basis: contract',
      'basis: consent\n    consent: { separate: true }',
    );
    expect(warningsOf(text)).toEqual([]);
  });

  it('a resident registration number under a statute is no gap', () => {
    const text = withItem('  - id: rrn\n    class: unique_identifier\n    kind: kr.rrn\n', 'rrn').replace(
      'basis: contract',
      'basis: legal_obligation\n    statute: Enforcement Decree of the Act on Real Name Financial Transactions Art 4',
    );
    expect(warningsOf(text)).toEqual([]);
  });
});

describe('items that are never stored', () => {
  it('need no retention rule (transit_only, or never by their kind)', () => {
    const text = edit('  - id: password\n', '  - id: rrn\n    class: unique_identifier\n    kind: kr.rrn\n  - id: password\n').replace(
      'basis: contract',
      'basis: legal_obligation\n    statute: Act on Real Name Financial Transactions',
    ).replace('[email, password] }', '[email, password, rrn] }');
    expect(warningsOf(text)).toEqual([]);
  });
});

describe('the law cited is the manifest\'s', () => {
  const unspecifiedEnd = (j: string) => edit('jurisdictions: [KR]', `jurisdictions: ${j}`).replace('end: { event: membership_withdrawal }', 'end: unspecified');

  it.each<[string, string]>([
    ['[KR]', '(PIPA Art 21(1), Art 30(1)2)'],
    ['[EU]', '(GDPR Art 13(2)(a))'],
    ['[KR, EU]', '(PIPA Art 21(1), Art 30(1)2; GDPR Art 13(2)(a))'],
  ])('jurisdictions %s cite %s', (j, cited) => {
    const [gap] = warningsOf(unspecifiedEnd(j));
    expect(gap).toMatch(/retention "membership" has end: unspecified/);
    expect(gap!.endsWith(` ${cited}`)).toBe(true);
  });

  it('under EU law alone, no gap cites PIPA', () => {
    const text = unspecifiedEnd('[EU]').replace('    recognise: { hosts: [api.mailer.example] }\n', '').replace('country: KR', 'country: US');
    const gaps = warningsOf(text);
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    expect(gaps.join('\n')).not.toMatch(/PIPA|security standards/);
    expect(gaps.join('\n')).toMatch(/GDPR Art 28/);
  });

  it('jurisdictions: unspecified is a gap, and no gap cites an article until it is answered', () => {
    const gaps = warningsOf(unspecifiedEnd('unspecified'));
    expect(gaps).toEqual([
      'privacy.yaml:4:18: warning: controller.jurisdictions: the policy does not say which law it is under: set KR, EU and/or US-CA; until then no finding, gap or draft cites an article, and overseas transfers are not judged',
      'privacy.yaml:22:10: warning: retention[0].end: retention "membership" has end: unspecified, so "email", "password" may be kept indefinitely; state the period or the event that ends it',
    ]);
  });
});

describe('TODO marks are gaps until answered', () => {
  it('a TODO comment above a key, after a value, and a TODO value: each one gap at its own line', () => {
    const text = edit('purposes:\n', '# TODO: split into your real purposes\npurposes:\n')
      .replace('  name: Example Co\n', '  name: "TODO: organisation name"\n')
      .replace('    items: [email]\n', '    items: [email] # TODO: which items reach Mailer?\n');
    const gaps = warningsOf(text);
    expect(gaps).toEqual([
      'privacy.yaml:3:10: warning: controller.name: TODO: organisation name (answer it, then delete the TODO mark)',
      'privacy.yaml:15:3: warning: purposes: TODO: split into your real purposes (answer it, then delete the TODO mark)',
      'privacy.yaml:27:22: warning: processors[0].items: TODO: which items reach Mailer? (answer it, then delete the TODO mark)',
    ]);
  });

  it('a comment without TODO, and the word inside a value, are not gaps', () => {
    const text = edit('purposes:\n', '# the purposes of the published policy\npurposes:\n').replace('name: Mailer Inc', 'name: Mailer Inc (not a TODO list)');
    expect(warningsOf(text)).toEqual([]);
  });
});
