import { ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';

export interface FieldProblem {
  path: string;
  problems: string[];
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ path, problems: problemsOf(error, path) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/**
 * A required field that was left out fails every check on it, and class-validator's first message then reads as if
 * a value had been sent ("version must not be less than 1"); say what happened first. Needs `value: true`.
 */
function problemsOf(error: ValidationError, path: string): string[] {
  const problems = Object.values(error.constraints ?? {});
  const missing = Object.prototype.hasOwnProperty.call(error, 'value') && error.value === undefined;
  return missing ? [`${path} is required`, ...problems] : problems;
}

export function validationErrorFrom(errors: ValidationError[]): CommonError {
  const details = flattenValidationErrors(errors);
  const summary = details.slice(0, 3).map((d) => d.problems[0]).join('; ');
  return new CommonError(CommonErrorCode.ValidationFailed, `Invalid request: ${summary}`, details);
}

/** The one validation setup (STYLE rule 13); e2e tests inherit it through APP_PIPE. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: true },
    exceptionFactory: validationErrorFrom,
  });
}
