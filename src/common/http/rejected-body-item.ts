/**
 * One item of a bulk body that could not be accepted as data (a line that is not JSON, a `__proto__` or
 * `constructor` key, excessive nesting). The parser puts this in the item's place so bulk intake rejects
 * that item alone, with `reason`, and still takes the others.
 */
export class RejectedBodyItem {
  public constructor(public readonly reason: string) {}
}
