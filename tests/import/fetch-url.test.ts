import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, parseAllowHosts } from '../../src/import/address-policy.js';
import { DEFAULT_FETCH_URL, type FetchUrlOptions, fetchUrl } from '../../src/import/fetch-url.js';
import { type PageServer, startPageServer } from '../support/page-server.js';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const ALLOW_LOCAL: FetchUrlOptions = { ...DEFAULT_FETCH_URL, allowHosts: ['127.0.0.1'] };

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    '::ffff:127.0.0.1',
    '::ffff:a01:203',
    'fe80::1',
    'fd00:ec2::254',
    'fc00::1',
    'ff02::1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('parseAllowHosts', () => {
  it('reads comma- or space-separated hosts, brackets and case removed', () => {
    expect(parseAllowHosts(' 127.0.0.1, [::1]  Example.ORG. ')).toEqual(['127.0.0.1', '::1', 'example.org']);
    expect(parseAllowHosts(undefined)).toEqual([]);
  });
});

describe('fetchUrl', () => {
  it('refuses the local server when it is not on the allowlist, before sending anything', async () => {
    const before = server.requests.length;
    const result = await fetchUrl(`${server.origin}/article`);
    expect(result).toMatchObject({ kind: 'refused', reason: 'address' });
    expect(server.requests.length).toBe(before);
  });

  it('refuses a host name that resolves to loopback (checked at lookup, not by name)', async () => {
    const port = new URL(server.origin).port;
    const result = await fetchUrl(`http://localhost:${port}/article`);
    expect(result).toMatchObject({ kind: 'refused', reason: 'address' });
    if (result.kind === 'refused') expect(result.message).toMatch(/localhost resolves to/u);
  });

  it('fetches an allowlisted page and decodes it', async () => {
    const result = await fetchUrl(`${server.origin}/article`, ALLOW_LOCAL);
    expect(result).toMatchObject({ kind: 'ok', mediaType: 'text/html', url: `${server.origin}/article` });
    if (result.kind === 'ok') expect(result.text).toContain('Dockworkers walk out');
  });

  it('decodes the charset the server names', async () => {
    const result = await fetchUrl(`${server.origin}/latin1`, ALLOW_LOCAL);
    expect(result).toMatchObject({ kind: 'ok', mediaType: 'text/plain' });
    if (result.kind === 'ok') expect(result.text).toContain('The café opened.');
  });

  it('follows a chain of redirects and reports the final address', async () => {
    const result = await fetchUrl(`${server.origin}/chain/3`, ALLOW_LOCAL);
    expect(result).toMatchObject({ kind: 'ok', url: `${server.origin}/article` });
  });

  it('stops after the redirect limit', async () => {
    expect(await fetchUrl(`${server.origin}/loop`, ALLOW_LOCAL)).toMatchObject({
      kind: 'refused',
      reason: 'redirects',
    });
    expect(await fetchUrl(`${server.origin}/chain/9`, { ...ALLOW_LOCAL, maxRedirects: 3 })).toMatchObject({
      kind: 'refused',
      reason: 'redirects',
    });
  });

  it.each([
    ['/to-private', 'address'],
    ['/to-metadata', 'address'],
    ['/to-localhost', 'address'],
    ['/to-file', 'scheme'],
  ])('checks every redirect again: %s is refused (%s)', async (path, reason) => {
    expect(await fetchUrl(`${server.origin}${path}`, ALLOW_LOCAL)).toMatchObject({ kind: 'refused', reason });
  });

  it('gives up on a slow server at the deadline', async () => {
    const started = performance.now();
    const result = await fetchUrl(`${server.origin}/slow`, { ...ALLOW_LOCAL, timeoutMs: 300 });
    expect(result).toMatchObject({ kind: 'refused', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('stops reading a body past the size cap, declared or streamed', async () => {
    const options = { ...ALLOW_LOCAL, maxBytes: 1024 * 1024 };
    expect(await fetchUrl(`${server.origin}/huge`, options)).toMatchObject({ kind: 'refused', reason: 'too-large' });
    expect(await fetchUrl(`${server.origin}/huge-declared`, options)).toMatchObject({
      kind: 'refused',
      reason: 'too-large',
    });
  });

  it('refuses content it cannot read', async () => {
    expect(await fetchUrl(`${server.origin}/image`, ALLOW_LOCAL)).toMatchObject({
      kind: 'refused',
      reason: 'content-type',
    });
    expect(await fetchUrl(`${server.origin}/untyped`, ALLOW_LOCAL)).toMatchObject({
      kind: 'refused',
      reason: 'content-type',
    });
  });

  it('reports an error status', async () => {
    expect(await fetchUrl(`${server.origin}/missing`, ALLOW_LOCAL)).toMatchObject({
      kind: 'refused',
      reason: 'status',
    });
  });

  it.each([
    ['file:///etc/passwd', 'scheme'],
    ['ftp://example.org/x', 'scheme'],
    ['not a url', 'bad-url'],
    ['http://user:pw@example.org/', 'bad-url'],
    ['http://[::1]/', 'address'],
    ['http://169.254.169.254/latest/meta-data/', 'address'],
    ['http://2130706433/', 'address'],
  ])('refuses %s (%s) without connecting', async (url, reason) => {
    expect(await fetchUrl(url)).toMatchObject({ kind: 'refused', reason });
  });
});
