import { appealDeadline, isAppealableDecision } from './statement-rules.js';
import { REASON_CODES, REASON_LABELS, type ReasonCode } from './reason-codes.js';

export interface StatementInput {
  decisionId: string;
  reviewId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  reasonCode: string | null;
  reasonText: string | null;
  automated: boolean;
  decidedAt: Date;
  redress: string | null;
}

export interface Statement {
  decisionId: string;
  reviewId: string;
  action: string;
  outcome: string;
  reasonCode: string | null;
  reason: string | null;
  automated: boolean;
  decidedAt: string;
  appealable: boolean;
  appealDeadline: string | null;
  redress: string | null;
  text: string;
}

const OUTCOMES: Record<string, string> = {
  published: 'Your review is published and visible to shoppers.',
  folded: 'Your review stays visible but is shown collapsed, with a label explaining why.',
  hidden: 'Your review is hidden while we look into it.',
  removed: 'Your review has been removed from public view. It is kept on record and is not deleted.',
  held: 'Your review is not published yet.',
  withheld: 'Your review has not been published.',
  received: 'Your review is being checked again.',
  scoring: 'Your review is being checked again.',
};

const ACTION_NOTES: Record<string, string> = {
  escalate: 'It has been passed to a senior moderator for a closer look.',
  request_edit: 'You can edit your review; the edited text will be checked again.',
  appeal_overturn: 'Following your appeal, the earlier decision has been reversed.',
  appeal_uphold: 'Following your appeal, a different moderator reviewed the earlier decision and kept it.',
};

const isReasonCode = (code: string | null): code is ReasonCode => code !== null && (REASON_CODES as readonly string[]).includes(code);

function reasonSentence(input: StatementInput): string | null {
  if (!isReasonCode(input.reasonCode)) return input.reasonCode ? `Reason code: ${input.reasonCode}.` : null;
  const base = `We took this decision because ${REASON_LABELS[input.reasonCode]}.`;
  return input.reasonText ? `${base} ${input.reasonText.trim()}` : base;
}

/** Plain text for the author (DSA art. 17): what was decided, why, by whom (human or automated), and how to appeal. */
export function buildStatement(input: StatementInput): Statement {
  const appealable = isAppealableDecision(input.action, input.toStatus);
  const deadline = appealable ? appealDeadline(input.decidedAt) : null;
  const reason = reasonSentence(input);
  const lines = [
    OUTCOMES[input.toStatus] ?? `Your review's status is now ${input.toStatus}.`,
    ACTION_NOTES[input.action],
    reason,
    input.automated ? 'This decision was taken automatically.' : 'This decision was taken by a human moderator.',
    `Decision date: ${input.decidedAt.toISOString().slice(0, 10)}.`,
    deadline ? `${input.redress ?? ''} Deadline to appeal: ${deadline.toISOString().slice(0, 10)}.`.trim() : input.redress,
  ].filter((l): l is string => Boolean(l));
  return {
    decisionId: input.decisionId, reviewId: input.reviewId, action: input.action, outcome: input.toStatus,
    reasonCode: input.reasonCode, reason, automated: input.automated, decidedAt: input.decidedAt.toISOString(),
    appealable, appealDeadline: deadline ? deadline.toISOString() : null, redress: input.redress, text: lines.join('\n'),
  };
}
