/**
 * The privacy manifest, version 1 (docs/manifest.md), as a zod schema.
 *
 * This schema is the single source of truth: the loader validates with it, the TypeScript types are
 * inferred from it, and docs/privacy-manifest.schema.json is generated from it (`npm run schema`).
 * Rules that span sections (references between ids, duplicate ids) live in references.ts, because a
 * schema cannot point at the exact offending node with a helpful hint.
 */
import { z } from 'zod';
import { DATA_CLASSES, type DataClass, KIND_IDS } from '../catalog/kinds.js';

export const BASES = [
  'consent', 'contract', 'legal_obligation', 'public_duty', 'vital_interest', 'legitimate_interest', 'unspecified',
] as const;
export const JURISDICTIONS = ['KR', 'EU', 'US-CA'] as const;
export const CATEGORIES = [
  'identity', 'contact', 'account', 'payment', 'profile', 'device', 'usage', 'location', 'record', 'other',
] as const;
/** A rule's level in the manifest's `rules:` section (ESLint's words). */
export const RULE_LEVELS = ['error', 'warn', 'off'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];
export const PASSWORD_HASHES = ['argon2id', 'argon2i', 'argon2d', 'scrypt', 'bcrypt', 'pbkdf2'] as const;

/** ISO-8601 duration: P6M, P1Y, P30D, P1Y6M, PT12H. */
export const DURATION_PATTERN = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const ID_PATTERN = /^[a-z][a-z0-9_]*(?:[.-][a-z0-9_]+)*$/;

const note = z.string().optional().describe('Free text for reviewers; ignored by the checks.');
const text = z.string().nullable().optional();
const id = z.string().regex(ID_PATTERN, { error: 'is not a valid id: use lower-case letters, digits and _ (e.g. "card_number")' });
const ids = z.array(z.string());
const duration = z
  .string()
  .regex(DURATION_PATTERN, { error: 'is not an ISO-8601 duration: write e.g. P6M (6 months), P1Y, P30D or PT12H' });
/** A list the policy may leave silent: `unspecified` is reported as a gap instead of guessed. */
const listOrUnspecified = <T extends z.ZodType>(item: T) => z.union([z.literal('unspecified'), z.array(item)]);

export const MatchSchema = z.strictObject({
  fields: z.array(z.string()).optional().describe('Regular expressions over property, parameter and variable names.'),
  types: z.array(z.string()).optional().describe('Type.member references resolved by the type checker, e.g. User.email.'),
  exclude: z
    .array(z.string())
    .optional()
    .describe('Owner types (Product) or members (Role.name) whose fields are never this item, whatever their names: name patterns do not match there.'),
  kindPatterns: z
    .boolean()
    .optional()
    .describe("false: the built-in kind's name patterns do not find this item; only annotations, the brand, match.types and match.fields do."),
  values: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('Literal recognisers: builtin:email, builtin:kr_mobile, builtin:kr_rrn, builtin:luhn, or a regex.'),
  note,
});

export const DataItemSchema = z.strictObject({
  id,
  label: z.string().optional(),
  class: z.enum(DATA_CLASSES),
  kind: z.enum(KIND_IDS as unknown as [string, ...string[]]).optional(),
  handling: z.enum(['stored', 'transit_only', 'never']).optional(),
  allowedSinks: ids.optional(),
  match: MatchSchema.optional(),
  category: z.enum(CATEGORIES).optional(),
  subjects: ids.optional(),
  source: z.string().optional().describe('user | auto | offline | third_party:<recipient id> | processor:<processor id>'),
  note,
});

export const EventSchema = z.strictObject({
  code: z.array(z.string()).optional().describe('Handlers as "path/to/file.ts#function" or "file.ts#Class.method".'),
  note,
});

export const ConsentSchema = z.strictObject({
  separate: z.boolean().optional(),
  flag: text.describe('The code expression holding the consent, e.g. user.consents.marketing.'),
  note,
});

export const PurposeSchema = z.strictObject({
  id,
  label: z.string().optional(),
  subjects: ids.optional(),
  basis: z.enum(BASES),
  statute: text,
  consent: ConsentSchema.optional(),
  items: z.strictObject({ required: ids.optional(), optional: ids.optional(), note }),
  note,
});

export type RetentionEnd =
  | 'unspecified'
  | { event: string; after?: string | undefined; note?: string | undefined }
  | { since: string; after: string; note?: string | undefined }
  | { firstOf: RetentionEnd[]; note?: string | undefined };

export const RetentionEndSchema: z.ZodType<RetentionEnd> = z.lazy(() =>
  z.union([
    z.literal('unspecified'),
    z.strictObject({ event: z.string(), after: duration.optional(), note }),
    z.strictObject({ since: z.string(), after: duration, note }),
    z.strictObject({ firstOf: z.array(RetentionEndSchema).min(2), note }),
  ]),
);

export const RetentionSchema = z.strictObject({
  id,
  items: ids.min(1),
  end: RetentionEndSchema,
  mustRetainUntilEnd: z.boolean().optional(),
  basis: z.enum(BASES).optional(),
  statute: text,
  storage: z.enum(['primary', 'separate']).optional(),
  onEnd: z.enum(['destroy', 'anonymise']).optional(),
  note,
});

export const RecogniseSchema = z.strictObject({
  hosts: z.array(z.string()).optional().describe('Host globs of HTTP endpoints, e.g. api.tosspayments.com, *.sentry.io (a leading *. matches one or more labels, not the bare domain).'),
  packages: z.array(z.string()).optional().describe('npm packages whose calls are transfers, e.g. @tosspayments/*.'),
  calls: z.array(z.string()).optional().describe("Qualified calls of the project's own wrappers, e.g. payments.confirm."),
  roles: z.array(z.string()).optional().describe('User roles that see the data (in-app provision).'),
  env: z.array(z.string()).optional().describe('Environment variable names holding the endpoints.'),
  note,
});

export const RecipientSchema = z.strictObject({
  id,
  name: z.string(),
  purpose: z.string().optional(),
  items: ids,
  country: z.string().optional(),
  retention: z
    .union([
      z.strictObject({ end: RetentionEndSchema, note }),
      z.strictObject({ sameAs: ids.min(1), note }),
    ])
    .optional(),
  basis: z.enum(BASES).optional(),
  consent: ConsentSchema.optional(),
  refusal: z.string().optional(),
  recognise: RecogniseSchema.optional(),
  note,
});

export const ProcessorSchema = z.strictObject({
  id,
  name: z.string(),
  task: z.string().optional(),
  items: ids,
  country: z.string().optional(),
  recognise: RecogniseSchema.optional(),
  subprocessors: z
    .array(z.union([z.string(), z.strictObject({ name: z.string(), task: z.string().optional(), country: z.string().optional(), note })]))
    .optional(),
  note,
});

export const OverseasTransferSchema = z.strictObject({
  to: z.string().describe('A recipient or processor id.'),
  country: z.string(),
  items: ids,
  basis: z.enum(BASES).optional(),
  note,
});

export const AutomaticCollectionSchema = z.strictObject({
  items: ids,
  cookies: z
    .array(z.strictObject({ purpose: z.string(), thirdParty: z.boolean().optional(), optOut: z.string().optional(), note }))
    .optional(),
  trackers: z
    .array(
      z.strictObject({
        package: z.string().optional(),
        host: z.string().optional(),
        purpose: z.string().optional(),
        consentFlag: text,
        note,
      }),
    )
    .optional(),
  note,
});

export const SecuritySchema = z.strictObject({
  declared: z.array(z.string()).optional().describe('The security measures as the policy words them.'),
  passwordHash: z.strictObject({ accept: z.array(z.enum(PASSWORD_HASHES)).min(1), note }).optional(),
  encryptAtRest: z
    .strictObject({ classes: z.array(z.enum(DATA_CLASSES)).optional(), kinds: z.array(z.string()).optional(), items: ids.optional(), note })
    .optional(),
  encryptors: z.array(z.string()).optional().describe('Project functions that count as encryption, e.g. crypto.encryptField.'),
  maskers: z.array(z.string()).optional().describe('Project functions that count as masking or redaction.'),
  transport: z.strictObject({ requireTls: z.boolean().optional(), note }).optional(),
  accessLog: z.strictObject({ retainMin: duration.optional(), auditCall: text, note }).optional(),
  note,
});

export const OfficerSchema = z.strictObject({
  role: text,
  name: text,
  title: text,
  dept: text,
  phone: text,
  email: text,
  note,
});

export const ControllerSchema = z.strictObject({
  name: z.string(),
  service: z.string().optional(),
  kind: z.enum(['private', 'public_institution']).optional(),
  jurisdictions: z
    .union([z.literal('unspecified'), z.array(z.enum(JURISDICTIONS)).min(1)])
    .optional()
    .describe('The laws the controller is under: KR (PIPA), EU (GDPR), US-CA. Absent means KR; unspecified cites no law and is a policy gap.'),
  subjects: ids.optional(),
  policy: z
    .strictObject({
      source: z.string().optional(),
      effective: z.string().optional(),
      amendmentNoticeDays: z.number().int().nonnegative().optional(),
      note,
    })
    .optional(),
  ownHosts: z.array(z.string()).optional().describe("Host globs of the service's own APIs: calls to them are first party. A leading *. matches one or more labels, not the bare domain: list example.com and *.example.com for both."),
  note,
});

export const ManifestSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editors.'),
    version: z.literal(1),
    controller: ControllerSchema,
    dataItems: z.array(DataItemSchema).min(1),
    events: z.record(z.string(), EventSchema.nullable()).optional(),
    purposes: z.array(PurposeSchema).optional(),
    retention: z.array(RetentionSchema).optional(),
    recipients: listOrUnspecified(RecipientSchema).optional(),
    processors: listOrUnspecified(ProcessorSchema).optional(),
    overseasTransfers: listOrUnspecified(OverseasTransferSchema).optional(),
    automaticCollection: AutomaticCollectionSchema.optional(),
    security: SecuritySchema.optional(),
    tests: z
      .array(z.string())
      .optional()
      .describe(
        "Globs (relative to the project's folder) of the files that are tests, not the product: left out unless check --include-tests. Replaces the conventions (*.test.ts, *.spec.ts, *.stories.tsx, __tests__/, __mocks__/, test/, tests/, e2e/, cypress/ ...); [] makes no file a test. Seeds, migrations and scripts are not tests.",
      ),
    children: z
      .strictObject({
        policy: z.enum(['not_served', 'parental_consent', 'unspecified']),
        ageThreshold: z.number().int().positive().optional(),
        note,
      })
      .optional(),
    officer: z.array(OfficerSchema).optional(),
    destruction: z
      .strictObject({
        procedure: z.string().optional(),
        methods: z.strictObject({ electronic: z.string().optional(), paper: z.string().optional(), note }).optional(),
        note,
      })
      .optional(),
    rules: z
      .record(
        z.string().regex(/^(?:privacy\/)?[a-z][a-z0-9-]*$/, { error: 'is not a rule name: write privacy/<rule>, e.g. privacy/no-personal-data-in-logs' }),
        z.enum(RULE_LEVELS),
      )
      .optional()
      .describe('Rule levels for the CLI and the ESLint configs alike: privacy/<rule> (or the name without privacy/) -> error, warn or off. Rules not listed keep their default level (docs/rules/).'),
    rights: z
      .strictObject({
        available: z.array(z.string()).optional(),
        channels: z.array(z.string()).optional(),
        proxy: z.string().optional(),
        duties: z.array(z.string()).optional(),
        note,
      })
      .optional(),
    note,
  })
  .describe('privacy-lint manifest v1: the machine-readable form of a privacy policy.');

export type ManifestData = z.infer<typeof ManifestSchema>;
export type DataItem = z.infer<typeof DataItemSchema>;
export type Purpose = z.infer<typeof PurposeSchema>;
export type Retention = z.infer<typeof RetentionSchema>;
export type Recipient = z.infer<typeof RecipientSchema>;
export type Processor = z.infer<typeof ProcessorSchema>;
export type { DataClass };
