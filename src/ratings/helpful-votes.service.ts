import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfigService } from '../config/app-config.service.js';
import { RateLimiter, type RateLimit } from '../common/rate-limit/rate-limiter.js';
import type { HelpfulVoteResultDto } from './helpful-votes.dto.js';
import { HelpfulVotesRepository } from './helpful-votes.repository.js';
import { RatingsError, RatingsErrorCode } from './ratings.error.js';

/** A person votes a few times a minute at most; more from one shopper reference is a script. */
export const SHOPPER_VOTE_LIMIT: RateLimit = { perSecond: 0.2, burst: 10 };

/** Keyed like reviewers' IP and device hashes: a leaked table cannot be reversed by hashing guesses. */
export const hashShopper = (pepper: string, shopper: string): string => createHmac('sha256', pepper).update(`shopper:${shopper}`).digest('base64url').slice(0, 22);

@Injectable()
export class HelpfulVotesService {
  public constructor(
    private readonly votes: HelpfulVotesRepository,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfigService,
  ) {}

  /** Idempotent per (review, shopper): a repeat answers recorded: false and changes nothing. */
  public async vote(reviewId: string, shopper: string): Promise<HelpfulVoteResultDto> {
    const shopperHash = hashShopper(this.config.apiKeyPepper, shopper);
    this.limiter.consumeNamed(`helpful:${shopperHash}`, SHOPPER_VOTE_LIMIT, 'helpful votes of this shopper');
    const result = await this.votes.vote(reviewId, shopperHash);
    if (!result) throw new RatingsError(RatingsErrorCode.ReviewNotFound, `No public review ${reviewId}`);
    return { reviewId, recorded: result.recorded, helpfulVotes: result.votes };
  }
}
