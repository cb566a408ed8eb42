import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: { id: string; type: string; cursor: string; data: Record<string, unknown> };
}

/** A real HTTP receiver on 127.0.0.1; `respond` decides each answer (e.g. 500 first, then 200). */
export interface Receiver {
  url(path: string): string;
  received: Received[];
  respond: (req: Received, seenBefore: number) => number;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const receiver: Receiver = { url: () => '', received, respond: () => 200, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const entry: Received = { path: req.url ?? '', headers: req.headers, body, json: JSON.parse(body) };
      const seenBefore = received.filter((r) => r.path === entry.path && r.json.id === entry.json.id).length;
      received.push(entry);
      res.statusCode = receiver.respond(entry, seenBefore);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = (path) => `http://127.0.0.1:${port}${path}`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}
