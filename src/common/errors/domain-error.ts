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

/** A module's error class from its exhaustive code → HTTP status table (one class per module, STYLE rule 14). */
export function moduleError<C extends string>(statusOf: Readonly<Record<C, number>>) {
  return class ModuleError extends DomainError {
    public readonly status: number;

    public constructor(public readonly code: C, message: string, details?: unknown) {
      super(message, details);
      this.status = statusOf[code];
    }
  };
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
