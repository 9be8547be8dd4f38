import { describe, expect, it } from 'vitest';
import { BASE, edit, errorsOf } from './helpers.js';

type Case = [name: string, make: (base: string, e: typeof edit) => string, expected: string[]];

/**
 * Malformed manifests: each case changes one thing in BASE and pins the exact message and position.
 * Positions were checked by hand against the edited text.
 */
const CASES: Case[] = [
  [
    "empty file",
    () => '',
    [
      "privacy.yaml:1:1: the manifest is empty: start with \"version: 1\" (run \"privacy-lint init\" to draft one)"
    ],
  ],
  [
    "only comments",
    () => '# privacy policy\n\n',
    [
      "privacy.yaml:1:1: the manifest is empty: start with \"version: 1\" (run \"privacy-lint init\" to draft one)"
    ],
  ],
  [
    "YAML syntax error",
    (B, e) => e('    class: ordinary\n    kind: email', '    class: ordinary\n   kind: email'),
    [
      "privacy.yaml:8:1: YAML syntax error: Sequence item without - indicator; check the indentation and the \":\" after each key"
    ],
  ],
  [
    "duplicate key",
    (B, e) => e('    kind: password\n', '    kind: password\n    class: credential\n'),
    [
      "privacy.yaml:12:5: duplicate key: a key may appear only once in a mapping"
    ],
  ],
  [
    "tab indentation",
    (B, e) => e('  name: Example Co', '\tname: Example Co'),
    [
      "privacy.yaml:3:1: tab used for indentation: YAML indents with spaces"
    ],
  ],
  [
    "a list at the top",
    () => '- version: 1\n',
    [
      "privacy.yaml:1:1: the manifest must be a mapping of sections (version, controller, dataItems, …)"
    ],
  ],
  [
    "unknown top-level key",
    (B, e) => e('retention:', 'retension:'),
    [
      "privacy.yaml:19:1: retension: unknown key \"retension\" (did you mean \"retention\"?)"
    ],
  ],
  [
    "misspelt required key",
    (B, e) => e('    class: credential', '    clas: credential'),
    [
      "privacy.yaml:10:5: dataItems[1].clas: unknown key \"clas\" (did you mean \"class\"?); \"class\" is required"
    ],
  ],
  [
    "missing required key",
    (B, e) => e('    class: credential\n', ''),
    [
      "privacy.yaml:9:5: dataItems[1]: missing required key \"class\""
    ],
  ],
  [
    "missing controller",
    (B, e) => e('controller:\n  name: Example Co\n  jurisdictions: [KR]\n', ''),
    [
      "privacy.yaml:1:1: missing required key \"controller\""
    ],
  ],
  [
    "unknown class",
    (B, e) => e('class: credential', 'class: credentail'),
    [
      "privacy.yaml:10:12: dataItems[1].class: \"credentail\" is not one of \"ordinary\", \"sensitive\", \"unique_identifier\", \"credential\", \"financial\" or \"auto_collected\" (did you mean \"credential\"?)"
    ],
  ],
  [
    "retention basis statute",
    (B, e) => e('    end: { event: membership_withdrawal }', '    end: { event: membership_withdrawal }\n    basis: statute'),
    [
      "privacy.yaml:23:12: retention[0].basis: \"statute\" is not one of \"consent\", \"contract\", \"legal_obligation\", \"public_duty\", \"vital_interest\", \"legitimate_interest\" or \"unspecified\""
    ],
  ],
  [
    "version 2",
    (B, e) => e('version: 1', 'version: 2'),
    [
      "privacy.yaml:1:10: version: expected 1, got 2"
    ],
  ],
  [
    "dataItems not a list",
    (B, e) => e('dataItems:\n  - id: email\n    class: ordinary\n    kind: email\n  - id: password\n    class: credential\n    kind: password\n', 'dataItems:\n  email: { class: ordinary }\n'),
    [
      "privacy.yaml:6:3: dataItems: expected a list, got a mapping"
    ],
  ],
  [
    "items.required a string",
    (B, e) => e('items: { required: [email, password] }', 'items: { required: email }'),
    [
      "privacy.yaml:18:24: purposes[0].items.required: expected a list, got \"email\""
    ],
  ],
  [
    "unknown item in a purpose",
    (B, e) => e('required: [email, password]', 'required: [emial, password]'),
    [
      "privacy.yaml:18:25: purposes[0].items.required[0]: unknown data item \"emial\" (did you mean \"email\"?)"
    ],
  ],
  [
    "unknown item without a near match",
    (B, e) => e('items: [email, password]', 'items: [email, shoe_size]'),
    [
      "privacy.yaml:21:20: retention[0].items[1]: unknown data item \"shoe_size\": declare it under dataItems"
    ],
  ],
  [
    "unknown event",
    (B, e) => e('end: { event: membership_withdrawal }', 'end: { event: membership_withdrawl }'),
    [
      "privacy.yaml:22:19: retention[0].end.event: unknown event \"membership_withdrawl\" (did you mean \"membership_withdrawal\"?)"
    ],
  ],
  [
    "unknown since event",
    (B, e) => e('end: { event: membership_withdrawal }', 'end: { since: signup, after: P1Y }'),
    [
      "privacy.yaml:22:19: retention[0].end.since: unknown event \"signup\": use \"collection\" or an id declared under events"
    ],
  ],
  [
    "unknown overseas party",
    (B, e) => B + 'overseasTransfers:\n  - { to: mailr, country: US, items: [email] }\n',
    [
      "privacy.yaml:32:11: overseasTransfers[0].to: unknown recipient or processor \"mailr\" (did you mean \"mailer\"?)"
    ],
  ],
  [
    "duplicate item id",
    (B, e) => e('  - id: password\n', '  - id: email\n'),
    [
      "privacy.yaml:9:9: dataItems[1].id: duplicate id \"email\": already used by dataItems[0] (line 6)",
      "privacy.yaml:18:32: purposes[0].items.required[1]: unknown data item \"password\": declare it under dataItems",
      "privacy.yaml:21:20: retention[0].items[1]: unknown data item \"password\": declare it under dataItems"
    ],
  ],
  [
    "duplicate party id across sections",
    (B, e) => B + 'recipients:\n  - { id: mailer, name: Other, items: [email], recognise: { hosts: [x.example] } }\n',
    [
      "privacy.yaml:32:11: recipients[0].id: duplicate id \"mailer\": already used by processors[0] (line 24)"
    ],
  ],
  [
    "malformed duration words",
    (B, e) => e('end: { event: membership_withdrawal }', 'end: { event: membership_withdrawal, after: 6 months }'),
    [
      "privacy.yaml:22:49: retention[0].end.after: \"6 months\" is not an ISO-8601 duration: write e.g. P6M (6 months), P1Y, P30D or PT12H"
    ],
  ],
  [
    "malformed duration unit",
    (B, e) => e('end: { event: membership_withdrawal }', 'end: { since: collection, after: P6 }'),
    [
      "privacy.yaml:22:38: retention[0].end.after: \"P6\" is not an ISO-8601 duration: write e.g. P6M (6 months), P1Y, P30D or PT12H"
    ],
  ],
  [
    "end not a form",
    (B, e) => e('end: { event: membership_withdrawal }', 'end: forever'),
    [
      "privacy.yaml:22:10: retention[0].end: expected \"unspecified\" or a mapping (key: value), got \"forever\""
    ],
  ],
  [
    "end with misspelt key",
    (B, e) => e('end: { event: membership_withdrawal }', 'end: { evnt: membership_withdrawal }'),
    [
      "privacy.yaml:22:12: retention[0].end.evnt: unknown key \"evnt\" (did you mean \"event\"?); \"event\" is required"
    ],
  ],
  [
    "firstOf with one end",
    (B, e) => e('end: { event: membership_withdrawal }', 'end: { firstOf: [ { event: membership_withdrawal } ] }'),
    [
      "privacy.yaml:22:21: retention[0].end.firstOf: must list at least 2 entries"
    ],
  ],
  [
    "invalid regex",
    (B, e) => e('    kind: email\n', '    kind: email\n    match: { fields: ["e(mail"] }\n'),
    [
      "privacy.yaml:9:23: dataItems[0].match.fields[0]: invalid regular expression \"e(mail\": Unterminated group"
    ],
  ],
  [
    "unknown kind",
    (B, e) => e('kind: email', 'kind: emali'),
    [
      "privacy.yaml:8:11: dataItems[0].kind: \"emali\" is not one of the 27 allowed values (did you mean \"email\"?); docs/manifest.md lists them"
    ],
  ],
  [
    "source naming a processor bare",
    (B, e) => e('    kind: email\n', '    kind: email\n    source: mailer\n'),
    [
      "privacy.yaml:9:13: dataItems[0].source: \"mailer\" is not a source: use user, auto, offline, third_party:<recipient id> or processor:<processor id> (did you mean \"processor:mailer\"?)"
    ],
  ],
  [
    "unknown third_party source",
    (B, e) => e('    kind: email\n', '    kind: email\n    source: third_party:kakao\n'),
    [
      "privacy.yaml:9:13: dataItems[0].source: unknown recipient \"kakao\": declare it under recipients"
    ],
  ],
  [
    "allowedSinks without transit_only",
    (B, e) => e('    kind: email\n', '    kind: email\n    allowedSinks: [mailer]\n'),
    [
      "privacy.yaml:9:19: dataItems[0].allowedSinks: allowedSinks is only read when handling is \"transit_only\"; set handling: transit_only or remove it"
    ],
  ],
  [
    "unknown value recogniser",
    (B, e) => e('    kind: email\n', '    kind: email\n    match: { values: [builtin:e_mail] }\n'),
    [
      "privacy.yaml:9:23: dataItems[0].match.values[0]: unknown value recogniser \"builtin:e_mail\" (did you mean \"builtin:email\"?)"
    ],
  ],
  [
    "unknown sameAs",
    (B, e) => B + 'recipients:\n  - id: host\n    name: Hosts\n    items: [email]\n    retention: { sameAs: [membershp] }\n    recognise: { roles: [host] }\n',
    [
      "privacy.yaml:35:27: recipients[0].retention.sameAs[0]: unknown retention rule \"membershp\" (did you mean \"membership\"?)"
    ],
  ],
  [
    "id with capitals",
    (B, e) => e('  - id: password\n', '  - id: Password\n'),
    [
      "privacy.yaml:9:9: dataItems[1].id: \"Password\" is not a valid id: use lower-case letters, digits and _ (e.g. \"card_number\")",
      "privacy.yaml:18:32: purposes[0].items.required[1]: unknown data item \"password\" (did you mean \"Password\"?)",
      "privacy.yaml:21:20: retention[0].items[1]: unknown data item \"password\" (did you mean \"Password\"?)"
    ],
  ],
  [
    "malformed handler",
    (B, e) => e('"src/users.ts#withdraw"', '"src/users.ts"'),
    [
      "privacy.yaml:14:12: events.membership_withdrawal.code[0]: \"src/users.ts\" does not name a handler: write \"path/to/file.ts#function\" or \"file.ts#Class.method\""
    ],
  ],
  [
    "required and optional",
    (B, e) => e('items: { required: [email, password] }', 'items: { required: [email, password], optional: [email] }'),
    [
      "privacy.yaml:18:54: purposes[0].items.optional[0]: \"email\" is listed as both required and optional"
    ],
  ],
  [
    "password hash not accepted",
    (B, e) => B + 'security:\n  passwordHash: { accept: [bcrypt, md5] }\n',
    [
      "privacy.yaml:32:36: security.passwordHash.accept[1]: \"md5\" is not one of \"argon2id\", \"argon2i\", \"argon2d\", \"scrypt\", \"bcrypt\" or \"pbkdf2\""
    ],
  ],
  [
    "jurisdiction",
    (B, e) => e('jurisdictions: [KR]', 'jurisdictions: [KR, GDPR]'),
    [
      "privacy.yaml:4:23: controller.jurisdictions[1]: \"GDPR\" is not one of \"KR\", \"EU\" or \"US-CA\""
    ],
  ],
  [
    "officer wrong type",
    (B, e) => e('officer:\n  - { role: privacy officer, name: Kim, email: privacy@example.com }', 'officer: Kim'),
    [
      "privacy.yaml:29:10: officer: expected a list, got \"Kim\""
    ],
  ],
];

describe('malformed manifests', () => {
  it('the base manifest is valid', () => {
    expect(errorsOf(BASE)).toEqual([]);
  });
  it.each(CASES)('%s', (_name, make, expected) => {
    expect(errorsOf(make(BASE, edit))).toEqual(expected);
  });
});
