import { ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';

export interface FieldProblem {
  path: string;
  problems: string[];
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ path, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
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
    validationError: { target: false, value: false },
    exceptionFactory: validationErrorFrom,
  });
}
