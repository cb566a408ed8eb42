import { mapInSlices } from './map-in-slices.js';

describe('mapInSlices', () => {
  it('maps every item in order with its index', async () => {
    expect(await mapInSlices(['a', 'b', 'c', 'd', 'e'], (x, i) => `${i}${x}`)).toEqual(['0a', '1b', '2c', '3d', '4e']);
  });

  it('lets queued macrotasks run once a slice has used its budget (0 ms: before every item)', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other request'));
    await mapInSlices([1, 2], (n) => order.push(`item ${n}`), 0);
    expect(order).toEqual(['other request', 'item 1', 'item 2']);
  });

  it('does not yield while within its budget', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other request'));
    await mapInSlices([1, 2], (n) => order.push(`item ${n}`), Number.POSITIVE_INFINITY);
    expect(order).toEqual(['item 1', 'item 2']);
  });

  it('handles an empty list', async () => {
    expect(await mapInSlices([], (x) => x)).toEqual([]);
  });
});
