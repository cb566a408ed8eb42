import { moduleError } from '../common/errors/domain-error.js';

export enum RuleSetErrorCode {
  Invalid = 'RULE_SET_INVALID',
  NotFound = 'RULE_SET_NOT_FOUND',
}

const STATUS: Record<RuleSetErrorCode, number> = {
  [RuleSetErrorCode.Invalid]: 422,
  [RuleSetErrorCode.NotFound]: 404,
};

export class RuleSetAdminError extends moduleError<RuleSetErrorCode>(STATUS) {}
