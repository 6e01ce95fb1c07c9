import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { gunzipSync } from 'node:zlib';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.gz': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves chosen files on 127.0.0.1 (a random free port): `routes` maps a URL
 * path to a file; `.html.gz` files are served unpacked. Anything else is 404,
 * so a test page cannot pull in remote or unexpected resources. `routes` is
 * read on each request: a test may add a route once it knows the port.
 */
export async function serveFiles(routes: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = routes[path];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const raw = await readFile(file);
      const body = file.endsWith('.gz') ? gunzipSync(raw) : raw;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
