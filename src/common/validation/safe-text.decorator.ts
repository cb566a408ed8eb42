import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * PostgreSQL text cannot hold NUL and the driver silently replaces lone
 * surrogates, which would store something other than what was sent.
 */
export function isSafeText(value: unknown): boolean {
  return typeof value === 'string' && value.isWellFormed() && !value.includes('\u0000');
}

export function IsSafeText(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol): void => {
    registerDecorator({
      name: 'isSafeText',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be well-formed Unicode text without NUL characters', ...options },
      validator: { validate: (value: unknown) => value === undefined || value === null || (Array.isArray(value) ? value.every(isSafeText) : isSafeText(value)) },
    });
  };
}
