// A local web server for URL imports on 127.0.0.1: an article, redirects (to itself, in a chain, to
// private and metadata addresses), a slow page, a huge page and a page of the wrong type.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const ARTICLE = readFileSync(new URL('../fixtures/pages/harbour-gazette-port-strike.html', import.meta.url));

export interface PageServer {
  readonly origin: string;
  /** Every path requested, in order. */
  readonly requests: string[];
  /** Serves `body` at `path` from now on (an attachment on Discord's CDN, in the readings tests). */
  serve(path: string, body: string | Buffer, contentType: string): string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const requests: string[] = [];
  const served = new Map<string, { body: string | Buffer; contentType: string }>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const file = served.get(path);
    if (file !== undefined) {
      response.writeHead(200, { 'content-type': file.contentType }).end(file.body);
      return;
    }
    const redirect = (location: string) => response.writeHead(302, { location }).end();
    const chain = /^\/chain\/(\d+)$/u.exec(path);
    if (path === '/article') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    else if (path === '/notes.txt')
      response.writeHead(200, { 'content-type': 'text/plain' }).end('River notes\n\nWe walked the river.\n');
    else if (path === '/latin1')
      response
        .writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' })
        .end(Buffer.from('Caf\xe9 notes\n\nThe caf\xe9 opened.\n', 'latin1'));
    else if (chain) {
      const n = Number(chain[1]);
      if (n === 0) redirect('/article');
      else redirect(`/chain/${n - 1}`);
    } else if (path === '/loop') redirect('/loop');
    else if (path === '/to-private') redirect('http://10.1.2.3/admin');
    else if (path === '/to-metadata') redirect('http://169.254.169.254/latest/meta-data/');
    else if (path === '/to-localhost') redirect(`http://localhost:${(server.address() as AddressInfo).port}/article`);
    else if (path === '/to-file') redirect('file:///etc/passwd');
    else if (path === '/slow')
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE), 5_000);
    else if (path === '/huge') {
      // No content-length: the cap must hold while the body streams.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 64 && response.write(chunk)) sent++;
        if (sent < 64) response.once('drain', pump);
        else response.end();
      };
      pump();
    } else if (path === '/huge-declared')
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }).end();
    else if (path === '/image') response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100));
    else if (path === '/untyped') response.writeHead(200).end('<p>no type</p>');
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    serve(path, body, contentType) {
      served.set(path, { body, contentType });
      return `http://127.0.0.1:${port}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
