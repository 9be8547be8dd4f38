// Writes docs/privacy-manifest.schema.json from the zod schema (the single source of truth).
// Run after `npm run build`; test/manifest/json-schema.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../dist/src/manifest/json-schema.js';

const file = new URL('../docs/privacy-manifest.schema.json', import.meta.url);
writeFileSync(file, jsonSchemaText());
console.error(`wrote ${file.pathname}`);
