import { performance } from 'node:perf_hooks';
import { SLICE_BUDGET_MS, yieldToEventLoop } from '../batching/map-in-slices.js';

const decoderOptions = { fatal: true } as const;
const DECODE_CHUNK = 1 << 20;

/** Strict UTF-8 decoding a megabyte at a time, yielding between: 33 MB in one call held the event loop ~350 ms. */
export async function decodeUtf8InSlices(body: Buffer): Promise<string> {
  const decoder = new TextDecoder('utf-8', decoderOptions);
  const parts: string[] = [];
  for (let start = 0; start < body.length; start += DECODE_CHUNK) {
    if (start > 0) await yieldToEventLoop();
    parts.push(decoder.decode(body.subarray(start, start + DECODE_CHUNK), { stream: start + DECODE_CHUNK < body.length }));
  }
  return parts.join('');
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The texts of the elements of a top-level JSON array, found by one scan that tracks strings and
 * nesting, yielding whenever a slice has used its budget; each element is then parsed on its own (and
 * can be, a slice at a time). JSON.parse of a 33 MB bulk held the event loop ~500 ms. Returns undefined
 * when the text is not a well-nested array literal: the caller parses it whole for the exact error.
 */
export async function splitJsonArray(text: string, budgetMs = SLICE_BUDGET_MS): Promise<string[] | undefined> {
  let first = 0;
  while (first < text.length && isSpace(text.charCodeAt(first))) first += 1;
  let last = text.length - 1;
  while (last > first && isSpace(text.charCodeAt(last))) last -= 1;
  if (text.charCodeAt(first) !== 0x5b || text.charCodeAt(last) !== 0x5d || last === first) return undefined;
  const items: string[] = [];
  let depth = 0;
  let inString = false;
  let start = first + 1;
  let sliceStart = performance.now();
  for (let p = first + 1; p < last; p += 1) {
    if ((p & 0x3ffff) === 0 && performance.now() - sliceStart >= budgetMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    const c = text.charCodeAt(p);
    if (inString) {
      if (c === 0x5c) p += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth += 1;
    else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
      if (depth < 0) return undefined;
    } else if (c === 0x2c && depth === 0) {
      items.push(text.slice(start, p));
      start = p + 1;
    }
  }
  if (inString || depth !== 0) return undefined;
  const tail = text.slice(start, last);
  if (items.length > 0 || tail.trim() !== '') items.push(tail);
  return items;
}
