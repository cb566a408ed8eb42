import { findJsonHazard } from './json-guard.js';

/** A line of an NDJSON body that was not valid JSON; reported per item, not for the whole request. */
export class NdjsonLineError {
  public constructor(public readonly line: number, public readonly message: string) {}
}

export function parseNdjson(text: string): unknown[] {
  const items: unknown[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, n) => {
    const line = raw.trim();
    if (line === '') return;
    try {
      const item: unknown = JSON.parse(line);
      const hazard = findJsonHazard(item);
      items.push(hazard ? new NdjsonLineError(n + 1, hazard.message) : item);
    } catch (error) {
      items.push(new NdjsonLineError(n + 1, (error as Error).message));
    }
  });
  return items;
}
