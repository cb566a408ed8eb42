/**
 * A hashed sparse feature vector plus a few dense (stylometric/lexicon)
 * features. Indices are raw 32-bit hashes; models mask them to their size.
 */
export interface FeatureVector {
  indices: number[];
  values: number[];
  dense: number[];
}

/**
 * Gives the hashes pushed since `start` their value, weight / sqrt(count), so
 * long texts do not dominate. Callers push a block's indices, then close it.
 */
export function closeBlock(target: FeatureVector, start: number, weight = 1): void {
  const count = target.indices.length - start;
  if (count <= 0) return;
  const value = weight / Math.sqrt(count);
  for (let i = 0; i < count; i++) target.values.push(value);
}

export function emptyFeatureVector(): FeatureVector {
  return { indices: [], values: [], dense: [] };
}
