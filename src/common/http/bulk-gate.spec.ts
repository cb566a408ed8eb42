import { BulkGate } from './bulk-gate.js';

describe('BulkGate', () => {
  it('admits up to the limit, queues in arrival order, refuses beyond the queue', () => {
    const gate = new BulkGate(2, 1);
    const admitted: string[] = [];
    const a = gate.enter(() => admitted.push('a'));
    const b = gate.enter(() => admitted.push('b'));
    const c = gate.enter(() => admitted.push('c'));
    expect(gate.enter(() => admitted.push('d'))).toBeUndefined();
    expect(admitted).toEqual(['a', 'b']);
    a?.();
    a?.();
    expect(admitted).toEqual(['a', 'b', 'c']);
    expect(gate.enter(() => admitted.push('e'))).toBeDefined();
    b?.();
    c?.();
    expect(admitted).toEqual(['a', 'b', 'c', 'e']);
  });

  it('drops a waiting request whose connection closed before it was admitted', () => {
    const gate = new BulkGate(1, 2);
    const admitted: string[] = [];
    const a = gate.enter(() => admitted.push('a'));
    const b = gate.enter(() => admitted.push('b'));
    gate.enter(() => admitted.push('c'));
    b?.();
    a?.();
    expect(admitted).toEqual(['a', 'c']);
  });
});
