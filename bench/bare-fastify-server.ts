import Fastify from 'fastify';
import { readFileSync } from 'node:fs';

/**
 * The reference of the read-path bench: a bare Fastify route (no hooks, no auth, no Nest) answering
 * the body and headers Candor answered for the same URL, read from BARE_BODIES (JSON: path → {headers, json}).
 * Same Node flags as the API. Listens on PORT and logs `bare fastify listening` when ready.
 */
interface Stored { headers: Record<string, string>; json: string }

const bodies = new Map<string, Stored>(Object.entries(JSON.parse(readFileSync(process.env.BARE_BODIES ?? '', 'utf8')) as Record<string, Stored>));
const app = Fastify({ logger: false });
const answer = (path: string, reply: { code(n: number): typeof reply; headers(h: Record<string, string>): typeof reply; send(b?: string): unknown }): unknown => {
  const hit = bodies.get(path);
  if (!hit) return reply.code(404).send('{}');
  return reply.headers(hit.headers).send(hit.json);
};
app.get('/v1/products/:id/rating', (request, reply) => answer(request.url, reply));
app.get('/v1/products/:id/reviews', (request, reply) => answer(request.url, reply));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('bare fastify listening\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
