// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

const document = new URL('../../../../docs/openapi/openapi.yaml', import.meta.url);
const generated = new URL('./schema.d.ts', import.meta.url);

describe('generated API types', () => {
  it('schema.d.ts is what `npm run generate:api` makes of docs/openapi/openapi.yaml', async () => {
    // The same call as the openapi-typescript CLI, with its defaults.
    const expected = `${COMMENT_HEADER}${astToString(await openapiTS(document, { silent: true }))}`;
    const committed = readFileSync(generated, 'utf8');
    expect(
      committed === expected,
      'src/lib/api/schema.d.ts is out of date with docs/openapi/openapi.yaml: run `npm run generate:api` and commit it',
    ).toBe(true);
  }, 60_000);
});
