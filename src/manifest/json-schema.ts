import { z } from 'zod';
import { ManifestSchema } from './schema.js';

/** The JSON Schema of the manifest, generated from the zod schema, as committed in docs/. */
export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(ManifestSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const withId = {
    $id: 'https://privacy-lint.dev/schema/privacy-manifest-v1.json',
    title: 'privacy-lint manifest v1 (privacy.yaml)',
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
