import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { CommonError } from '../errors/common-error.js';
import { createValidationPipe } from './validation-pipe.js';

class DecisionLike {
  @IsInt() @Min(1)
  public version: number;

  @IsOptional() @IsString()
  public note?: string;
}

async function problemFor(body: unknown): Promise<{ message: string; details: unknown }> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: DecisionLike });
  } catch (error) {
    if (!(error instanceof CommonError)) throw error;
    return { message: error.message, details: error.details };
  }
  throw new Error('the body was accepted');
}

describe('validation errors', () => {
  it('says a left-out required field is required, before the checks it failed', async () => {
    const { message, details } = await problemFor({});
    expect(message).toBe('Invalid request: version is required');
    expect(details).toEqual([{ path: 'version', problems: ['version is required', expect.stringContaining('not be less than 1'), expect.stringContaining('integer')] }]);
  });

  it('keeps the failed check first when a value was sent', async () => {
    const { message } = await problemFor({ version: 0 });
    expect(message).toBe('Invalid request: version must not be less than 1');
  });

  it('does not call an optional field required', async () => {
    const { message } = await problemFor({ note: 5 });
    expect(message).toBe('Invalid request: version is required; note must be a string');
  });
});
