import { createRandom, shuffleInPlace } from './prng.js';

export interface Fold {
  train: number[];
  test: number[];
}

/** Stratified k-fold: each class is shuffled (seeded) and dealt round-robin over the folds. */
export function stratifiedKFold(labels: readonly number[], k: number, seed: number): Fold[] {
  const random = createRandom(seed);
  const foldOf = new Array<number>(labels.length);
  const classes = [...new Set(labels)].sort((a, b) => a - b);
  let offset = 0;
  for (const cls of classes) {
    const members = shuffleInPlace(labels.flatMap((y, i) => (y === cls ? [i] : [])), random);
    members.forEach((index, position) => (foldOf[index] = (position + offset) % k));
    offset += members.length;
  }
  return buildFolds(foldOf, k);
}

/**
 * Group k-fold: whole groups (e.g. hotels) are held out together, so no group
 * appears in both train and test. Groups are shuffled (seeded), then each is
 * given to the currently smallest fold.
 */
export function groupKFold(groups: readonly string[], k: number, seed: number): Fold[] {
  const names = shuffleInPlace([...new Set(groups)].sort(), createRandom(seed));
  if (names.length < k) throw new Error(`groupKFold needs at least ${k} groups, got ${names.length}`);
  const sizes = new Map<string, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const foldSizes = new Array<number>(k).fill(0);
  const foldOfGroup = new Map<string, number>();
  for (const name of names) {
    const target = foldSizes.indexOf(Math.min(...foldSizes));
    foldOfGroup.set(name, target);
    foldSizes[target] += sizes.get(name) ?? 0;
  }
  return buildFolds(groups.map((g) => foldOfGroup.get(g) ?? 0), k);
}

function buildFolds(foldOf: readonly number[], k: number): Fold[] {
  const folds: Fold[] = Array.from({ length: k }, () => ({ train: [], test: [] }));
  foldOf.forEach((f, index) => {
    for (let j = 0; j < k; j++) (j === f ? folds[j].test : folds[j].train).push(index);
  });
  return folds;
}
