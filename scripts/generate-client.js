// `npm run client:generate`: writes packages/client/src/schema.ts, the @candor/client types, from the committed
// openapi.json with openapi-typescript. Deterministic (same spec → same bytes), so the file is committed and
// `--check` (the unit test test/unit/client-schema.spec.ts, and `npm run build`) fails when it drifts from the spec.
// Plain JS on purpose: `npm run build` runs it before anything is compiled.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const SPEC = 'openapi.json';
const OUT = 'packages/client/src/schema.ts';
const HEADER = '// Generated from openapi.json by scripts/generate-client.js (openapi-typescript). Do not edit: run `npm run client:generate`.\n/* eslint-disable */\n';

// defaultNonNullable off: a request field with a server-side default (e.g. a reply's visibility) stays optional to send.
const ast = await openapiTS(JSON.parse(readFileSync(SPEC, 'utf8')), { alphabetize: true, defaultNonNullable: false });
const text = HEADER + astToString(ast);
if (process.argv.includes('--check')) {
  const committed = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (committed !== text) {
    console.error(`${OUT} is out of date with ${SPEC}: run \`npm run client:generate\` and commit it`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
}
