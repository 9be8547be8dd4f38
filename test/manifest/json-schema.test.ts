import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from '../../src/manifest/json-schema.js';
import { BASE } from './helpers.js';

const committed = readFileSync(new URL('../../docs/privacy-manifest.schema.json', import.meta.url), 'utf8');

describe('the generated JSON Schema (docs/privacy-manifest.schema.json)', () => {
  it('is up to date with the zod schema: run "npm run build && npm run schema" when this fails', () => {
    expect(committed).toBe(jsonSchemaText());
  });

  // Editors validate privacy.yaml with this file: it must accept what the loader accepts.
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(committed) as object);
  const seeds = readdirSync(new URL('../../fixtures/manifests/', import.meta.url)).filter((f) => f.endsWith('.yaml'));

  it.each(seeds)('accepts fixtures/manifests/%s', (name) => {
    const data: unknown = parse(readFileSync(new URL(`../../fixtures/manifests/${name}`, import.meta.url), 'utf8'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an unknown key and a wrong enum value, as the loader does', () => {
    expect(validate(parse(BASE.replace('retention:', 'retension:')))).toBe(false);
    expect(validate(parse(BASE.replace('class: ordinary', 'class: normal')))).toBe(false);
    expect(validate(parse(BASE))).toBe(true);
  });
});
