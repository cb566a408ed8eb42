import { mapInSlices } from './map-in-slices.js';

describe('mapInSlices', () => {
  it('maps every item in order with its index', async () => {
    expect(await mapInSlices(['a', 'b', 'c', 'd', 'e'], 2, (x, i) => `${i}${x}`)).toEqual(['0a', '1b', '2c', '3d', '4e']);
  });

  it('lets queued macrotasks run between slices', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other request'));
    await mapInSlices([1, 2, 3, 4], 2, async (n) => void order.push(`item ${n}`));
    expect(order).toEqual(['item 1', 'item 2', 'other request', 'item 3', 'item 4']);
  });

  it('handles an empty list', async () => {
    expect(await mapInSlices([], 10, (x) => x)).toEqual([]);
  });
});
