import { groupKFold, stratifiedKFold } from './k-fold.js';

const GROUPS = Array.from({ length: 160 }, (_, i) => `hotel-${i % 16}`);

describe('groupKFold', () => {
  const folds = groupKFold(GROUPS, 5, 42);

  it('never splits a group across test folds and never mixes a group into train and test', () => {
    const foldOfGroup = new Map<string, number>();
    folds.forEach((fold, f) => {
      for (const i of fold.test) {
        expect(foldOfGroup.get(GROUPS[i]) ?? f).toBe(f);
        foldOfGroup.set(GROUPS[i], f);
      }
      const trainGroups = new Set(fold.train.map((i) => GROUPS[i]));
      for (const i of fold.test) expect(trainGroups.has(GROUPS[i])).toBe(false);
    });
    expect(foldOfGroup.size).toBe(16);
  });

  it('puts every row in exactly one test fold, with balanced fold sizes', () => {
    const tested = folds.flatMap((f) => f.test).sort((a, b) => a - b);
    expect(tested).toEqual(GROUPS.map((_, i) => i));
    for (const fold of folds) {
      expect(fold.test.length).toBeGreaterThanOrEqual(30);
      expect(fold.test.length + fold.train.length).toBe(GROUPS.length);
    }
  });

  it('is reproducible for a seed', () => {
    expect(groupKFold(GROUPS, 5, 42)).toEqual(folds);
  });

  it('rejects fewer groups than folds', () => {
    expect(() => groupKFold(['a', 'b'], 5, 1)).toThrow('at least 5 groups');
  });
});

describe('stratifiedKFold', () => {
  it('keeps the class balance in every fold', () => {
    const labels = Array.from({ length: 100 }, (_, i) => (i < 30 ? 1 : 0));
    for (const fold of stratifiedKFold(labels, 5, 7)) {
      expect(fold.test).toHaveLength(20);
      expect(fold.test.filter((i) => labels[i] === 1)).toHaveLength(6);
    }
  });
});
