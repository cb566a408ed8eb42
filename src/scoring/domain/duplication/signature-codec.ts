/** MinHash signatures are stored packed: 4 bytes per value, big-endian (what PostgreSQL's decode(hex) yields). */
export function packSignature(signature: Uint32Array): Buffer {
  const buffer = Buffer.allocUnsafe(signature.length * 4);
  for (let i = 0; i < signature.length; i++) buffer.writeUInt32BE(signature[i], i * 4);
  return buffer;
}

export function unpackSignature(buffer: Buffer): Uint32Array {
  const signature = new Uint32Array(buffer.length / 4);
  for (let i = 0; i < signature.length; i++) signature[i] = buffer.readUInt32BE(i * 4);
  return signature;
}

/**
 * `estimateJaccard(signature, unpackSignature(packed))` without unpacking: the near-duplicate check compares each
 * item with up to 50 stored candidates, and a fresh Uint32Array per candidate was a visible share of the worker's
 * CPU and garbage (issue 19 profile).
 */
export function estimateJaccardPacked(signature: Uint32Array, packed: Buffer): number {
  if (packed.length !== signature.length * 4 || signature.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < signature.length; i++) if (packed.readUInt32BE(i * 4) === signature[i]) equal++;
  return equal / signature.length;
}
