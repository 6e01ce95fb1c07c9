import { createServer, type Server } from 'node:http';

export interface RecordingProxy {
  port: number;
  /** Every URL (http) or host:port (https CONNECT) the browser tried to reach through the proxy. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that forwards nothing: it records what the browser tried to
 * reach and refuses it. With the browser pointed at it, every request for a
 * host other than localhost, from any page, content script or background
 * page, shows up here, whichever protocol drives the browser.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
