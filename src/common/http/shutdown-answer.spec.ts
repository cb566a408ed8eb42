import { request as httpRequest, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFastifyAdapter } from '../../configure-app.js';
import { registerShutdownAnswer } from './shutdown-answer.js';

interface Answer { status: number; headers: Record<string, unknown>; body: string }

function get(port: number, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/ping', agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('requests that reach a closing server', () => {
  it('get 503 in the error shape, with Retry-After, a request id and Connection: close', async () => {
    // The production adapter (return503OnClosing off) with the production hook.
    const fastify = createFastifyAdapter(1024).getInstance();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let port = 0;
    let during: Answer | undefined;
    registerShutdownAnswer(fastify);
    // preClose hooks run after Fastify marked itself closing and before the listener closes: a request on
    // the open keep-alive connection arrives exactly then.
    fastify.addHook('preClose', (done) => {
      void get(port, agent).then((answer) => (during = answer)).finally(() => done());
    });
    fastify.get('/ping', (_req, reply) => void reply.send({ ok: true }));
    await fastify.listen({ port: 0, host: '127.0.0.1' });
    port = (fastify.server.address() as AddressInfo).port;
    expect((await get(port, agent)).status).toBe(200);

    await fastify.close();
    agent.destroy();

    expect(during?.status).toBe(503);
    expect(during?.headers['retry-after']).toMatch(/^\d+$/);
    expect(during?.headers.connection).toBe('close');
    expect(JSON.parse(during?.body ?? '')).toEqual({
      statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'This server is shutting down; retry', requestId: expect.any(String),
    });
  });
});
