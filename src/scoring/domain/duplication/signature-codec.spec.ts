import { minhashSignature } from './minhash.js';
import { packSignature, unpackSignature } from './signature-codec.js';

describe('signature codec', () => {
  it('round-trips a real MinHash signature through 512 packed bytes', () => {
    const signature = minhashSignature('Pitched in ten minutes and stayed dry all night in the rain');
    const packed = packSignature(signature);
    expect(packed.length).toBe(512);
    expect(Array.from(unpackSignature(packed))).toEqual(Array.from(signature));
  });

  it('packs big-endian, matching PostgreSQL decode(lpad(to_hex(v), 8, 0), hex)', () => {
    expect(packSignature(Uint32Array.of(0x01020304, 0xffffffff)).toString('hex')).toBe('01020304ffffffff');
  });
});
