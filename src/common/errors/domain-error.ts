/**
 * Base of every expected, user-facing error. Each module defines one subclass
 * with its own code enum and an exhaustive code → HTTP status table.
 */
export abstract class DomainError extends Error {
  public abstract readonly code: string;
  public abstract readonly status: number;

  protected constructor(
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
