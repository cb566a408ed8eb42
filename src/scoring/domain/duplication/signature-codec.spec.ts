import { estimateJaccard, minhashSignature } from './minhash.js';
import { estimateJaccardPacked, packSignature, unpackSignature } from './signature-codec.js';

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

  it('estimates Jaccard against a packed signature exactly as against the unpacked one', () => {
    const texts = ['Pitched in ten minutes and stayed dry all night in the rain', 'Pitched in ten minutes and stayed dry all night in the storm',
      '物流很快，包装完好无损，帐篷很好搭', 'Battery life is closer to six hours than advertised'];
    const signatures = texts.map((t) => minhashSignature(t));
    for (const a of signatures) {
      for (const b of signatures) expect(estimateJaccardPacked(a, packSignature(b))).toBe(estimateJaccard(a, unpackSignature(packSignature(b))));
    }
    expect(estimateJaccardPacked(signatures[0], packSignature(signatures[0]).subarray(0, 508))).toBe(0);
    expect(estimateJaccardPacked(new Uint32Array(0), Buffer.alloc(0))).toBe(0);
  });
});
