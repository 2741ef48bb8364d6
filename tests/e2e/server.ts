import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP server on 127.0.0.1 (random port) for end-to-end tests: serves the pages it is given, by
 * path (the query string is ignored), 404 otherwise. The e2e build injects content scripts into
 * http://127.0.0.1/* (match patterns ignore the port), so Firefox tests can use it where Chromium
 * tests would use page.route().
 */
export interface TestPage {
  body: string;
  contentType?: string;
  status?: number;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Pages by path ("/signup"); may be changed while the server runs. */
  pages: Map<string, TestPage>;
  /** Absolute URL of a path (with its query, if any). */
  url(pathAndQuery: string): string;
  close(): Promise<void>;
}

export async function startTestServer(pages: Record<string, string | TestPage> = {}): Promise<TestServer> {
  const table = new Map<string, TestPage>(
    Object.entries(pages).map(([path, page]) => [path, typeof page === 'string' ? { body: page } : page]),
  );
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = table.get(path);
    res.writeHead(page ? (page.status ?? 200) : 404, {
      'content-type': page?.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(page ? page.body : 'Not found');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    pages: table,
    url: (pathAndQuery) => new URL(pathAndQuery, origin).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
