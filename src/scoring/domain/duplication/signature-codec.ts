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
