import { Readable } from 'node:stream';
import { readBody, readSharedBody, releaseSharedBody } from './shared-body.js';

const stream = (...chunks: string[]): Readable => Readable.from(chunks.map((c) => Buffer.from(c)), { objectMode: false });

describe('readSharedBody / readBody', () => {
  it('assembles the chunks in shared memory sized by Content-Length', async () => {
    const body = await readSharedBody(stream('[{"a":', '1},', '{"b":2}]'), '17', 100);
    expect(body.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(body.toString('utf8')).toBe('[{"a":1},{"b":2}]');
  });

  it('grows for a chunked body (no Content-Length)', async () => {
    const big = 'x'.repeat(70_000);
    expect((await readBody(stream(big, big), undefined, 1_000_000)).toString()).toBe(big + big);
  });

  it('refuses a declared or received length over the limit with Fastify\'s 413 error', async () => {
    await expect(readBody(stream('abc'), '1000', 10)).rejects.toMatchObject({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    await expect(readBody(stream('0123456789', 'abc'), undefined, 10)).rejects.toMatchObject({ code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
  });

  it('refuses a body shorter or longer than its Content-Length', async () => {
    await expect(readBody(stream('abc'), '5', 100)).rejects.toMatchObject({ code: 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' });
    await expect(readBody(stream('abcdef'), '5', 100)).rejects.toMatchObject({ code: 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' });
  });
});

describe('releaseSharedBody', () => {
  it('gives the memory to the next body read into shared memory', async () => {
    const first = await readSharedBody(stream('[1,2,3]'), '7', 100);
    releaseSharedBody(first);
    const second = await readSharedBody(stream('[4]'), '3', 100);
    expect(second.buffer).toBe(first.buffer);
    expect(second.toString()).toBe('[4]');
  });

  it('takes the memory back from a body that was refused', async () => {
    await expect(readSharedBody(stream('abc'), '5', 100)).rejects.toMatchObject({ code: 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' });
    const next = await readSharedBody(stream('[1]'), '3', 100);
    const other = await readSharedBody(stream('[2]'), '3', 100);
    expect(next.buffer.byteLength).toBe(5);
    expect(other.buffer).not.toBe(next.buffer);
  });
});
