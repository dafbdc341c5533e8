import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGED_DRIVER } from '../../app/export/paged/pagedDriver';
import { scriptHash } from '../../app/export/paged/scriptHash';
import { CONTENT_SECURITY_POLICY, PAGED_SCRIPT_HASHES } from '../../app/server/contentSecurityPolicy';

const scriptSources = (policy: string) => /script-src ([^;]*)/.exec(policy)![1]!.split(' ');

describe('the Document view’s paged preview', () => {
  const hashes = [scriptHash(PAGED_DRIVER)];

  it('may run its paginating driver, and no other inline script, under the app’s policy', () => {
    expect(PAGED_SCRIPT_HASHES.split(' ')).toEqual(hashes);
    expect(scriptSources(CONTENT_SECURITY_POLICY)).toEqual(["'self'", ...hashes]);
  });

  it('is allowed the same script by the policy in the renderer’s page', () => {
    const page = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page)![1]!;
    expect(scriptSources(policy)).toEqual(["'self'", ...hashes]);
  });
});
