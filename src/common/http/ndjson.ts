import { mapInSlices } from '../batching/map-in-slices.js';
import { findJsonHazard } from './json-guard.js';
import { RejectedBodyItem } from './rejected-body-item.js';

const BLANK = Symbol('blank line');

/** A line of an NDJSON body that was not valid JSON; reported per item, not for the whole request. */
export class NdjsonLineError extends RejectedBodyItem {
  public constructor(public readonly line: number, public readonly message: string) {
    super(`Line ${line} is not valid JSON: ${message}`);
  }
}

function parseLine(raw: string, line: number): unknown {
  const text = raw.trim();
  if (text === '') return BLANK;
  try {
    const item: unknown = JSON.parse(text);
    const hazard = findJsonHazard(item);
    return hazard ? new NdjsonLineError(line, hazard.message) : item;
  } catch (error) {
    return new NdjsonLineError(line, (error as Error).message);
  }
}

export async function parseNdjson(text: string): Promise<unknown[]> {
  const items = await mapInSlices(text.split('\n'), (raw, n) => parseLine(raw, n + 1));
  return items.filter((item) => item !== BLANK);
}
