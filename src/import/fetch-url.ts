// Fetching a page to import, with the guards a URL from a stranger needs: http(s) only, every host
// name resolved first and every address it resolves to checked, the connection made to the checked
// address (the lookup below is the socket's own, so nothing resolves the name a second time), redirects
// followed by hand and each hop checked again, a deadline over the whole fetch, a byte cap and a
// content type the importer can read.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress, normalizeHost } from './address-policy.js';

export interface FetchUrlOptions {
  /** The whole fetch, redirects included. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Hosts (as written in the URL) the operator allows even on refused addresses. */
  readonly allowHosts: readonly string[];
  /** Accept any content type: for a Discord attachment, whose kind its file name says. */
  readonly anyContentType?: boolean;
}

export const DEFAULT_FETCH_URL: FetchUrlOptions = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowHosts: [],
};

/** What the importer can read. */
export const IMPORTABLE_TYPES = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
];

export type FetchRefusal =
  | 'bad-url'
  | 'scheme'
  | 'address'
  | 'timeout'
  | 'too-large'
  | 'content-type'
  | 'redirects'
  | 'status'
  | 'network';

export type FetchUrlResult =
  | {
      readonly kind: 'ok';
      /** Where the page was finally read from, after redirects. */
      readonly url: string;
      /** The media type, lower case, without parameters. */
      readonly mediaType: string;
      readonly text: string;
      /** The body as it arrived. */
      readonly bytes: Uint8Array;
    }
  | { readonly kind: 'refused'; readonly reason: FetchRefusal; readonly message: string };

class RefusedError extends Error {
  constructor(
    readonly reason: FetchRefusal,
    message: string,
  ) {
    super(message);
  }
}

/** A socket lookup that refuses a name when any of its addresses is refused. */
function createCheckedLookup(host: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused !== undefined || addresses.length === 0) {
        const shown = refused?.address ?? 'no address';
        const blocked = Object.assign(new Error(`${host} resolves to ${shown}, a private or local address`), {
          code: 'EADDRREFUSED',
        });
        return callback(blocked, '', 0);
      }
      // Node's happy-eyeballs connect asks for every address; a plain connect for one.
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };
}

function checkUrl(raw: string, options: FetchUrlOptions): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RefusedError('bad-url', `not a URL: ${raw.slice(0, 100)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RefusedError('scheme', `only http and https addresses can be imported, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '')
    throw new RefusedError('bad-url', 'addresses with a user name or password are not imported');
  const host = normalizeHost(url.hostname);
  if (isIP(host) !== 0 && !isPublicAddress(host) && !options.allowHosts.includes(host))
    throw new RefusedError('address', `${host} is a private or local address`);
  return url;
}

interface Hop {
  readonly status: number;
  readonly location: string | undefined;
  readonly mediaType: string;
  readonly charset: string | undefined;
  readonly body: Buffer;
}

function readContentType(header: string | undefined): { mediaType: string; charset: string | undefined } {
  const [type = '', ...parameters] = (header ?? '').split(';');
  const charset = parameters
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/iu.exec(p)?.[1])
    .find((value) => value !== undefined);
  return { mediaType: type.trim().toLowerCase(), charset };
}

function requestOnce(url: URL, options: FetchUrlOptions, signal: AbortSignal): Promise<Hop> {
  const host = normalizeHost(url.hostname);
  const allowed = options.allowHosts.includes(host);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const request = client.get(
      url,
      {
        signal,
        agent: false,
        headers: { accept: IMPORTABLE_TYPES.join(', '), 'user-agent': 'sourced-answers-import/0.1' },
        ...(!allowed && { lookup: createCheckedLookup(host) }),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const { mediaType, charset } = readContentType(response.headers['content-type']);
        const location = response.headers.location;
        const isBody = status >= 200 && status < 300;
        if (!isBody) {
          response.resume();
          resolve({ status, location, mediaType, charset, body: Buffer.alloc(0) });
          return;
        }
        if (!options.anyContentType && !IMPORTABLE_TYPES.includes(mediaType)) {
          response.destroy();
          reject(new RefusedError('content-type', `the page is ${mediaType || 'of no stated type'}, not HTML or text`));
          return;
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          response.destroy();
          reject(tooLarge(options));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(tooLarge(options));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ status, location, mediaType, charset, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

function tooLarge(options: FetchUrlOptions): RefusedError {
  return new RefusedError('too-large', `the page is larger than ${Math.round(options.maxBytes / 1024)} KiB`);
}

function decodeBody(body: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    // An unknown charset label: UTF-8 is what nearly every page is.
    return new TextDecoder('utf-8').decode(body);
  }
}

function describeNetworkError(error: unknown, url: URL): RefusedError {
  if (error instanceof RefusedError) return error;
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'EADDRREFUSED' && error instanceof Error) return new RefusedError('address', error.message);
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (code === 'ABORT_ERR' || name === 'AbortError' || name === 'TimeoutError')
    return new RefusedError('timeout', 'the page took too long to arrive');
  if (code === 'ENOTFOUND') return new RefusedError('network', `${url.hostname} is not a known host`);
  return new RefusedError('network', `cannot reach ${url.hostname} (${code || 'network error'})`);
}

export async function fetchUrl(raw: string, options: FetchUrlOptions = DEFAULT_FETCH_URL): Promise<FetchUrlResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url: URL | undefined;
  try {
    url = checkUrl(raw, options);
    for (let redirects = 0; ; redirects++) {
      const hop: Hop = await requestOnce(url, options, signal).catch((error: unknown) => {
        throw describeNetworkError(signal.aborted ? signal.reason : error, url as URL);
      });
      if (hop.status >= 300 && hop.status < 400 && hop.location !== undefined) {
        if (redirects >= options.maxRedirects)
          throw new RefusedError('redirects', `more than ${options.maxRedirects} redirects`);
        url = checkUrl(new URL(hop.location, url).href, options);
        continue;
      }
      if (hop.status < 200 || hop.status >= 300)
        throw new RefusedError('status', `the server answered ${hop.status} for ${url.href}`);
      const text = decodeBody(hop.body, hop.charset);
      return { kind: 'ok', url: url.href, mediaType: hop.mediaType, text, bytes: new Uint8Array(hop.body) };
    }
  } catch (error) {
    const refused = describeNetworkError(error, url ?? new URL('http://invalid'));
    return { kind: 'refused', reason: refused.reason, message: refused.message };
  }
}
