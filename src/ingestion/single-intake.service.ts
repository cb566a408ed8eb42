import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { channelItemKey } from '../reviews/new-review-row.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { CreatePurchaseDto, CreateReviewDto, CreateUgcDto, IntakeResult } from './ingestion.dto.js';
import { IngestionService } from './ingestion.service.js';
import type { IntakeItem } from './intake-item.js';
import { reviewToItem, ugcToItem } from './intake-mapping.js';
import { IntakeResolver } from './intake-resolver.js';

export class PurchaseResult {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'boolean' })
  public created: boolean;
}

@Injectable()
export class SingleIntakeService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ingestion: IngestionService,
    private readonly resolver: IntakeResolver,
    private readonly reviews: ReviewsRepository,
    private readonly clock: Clock,
  ) {}

  public review(auth: AuthContext, dto: CreateReviewDto): Promise<IntakeResult> {
    return this.one(auth, reviewToItem(dto, 0));
  }

  public ugc(auth: AuthContext, dto: CreateUgcDto): Promise<IntakeResult> {
    return this.one(auth, ugcToItem(dto, 0));
  }

  /** Orders reported by a channel; later reviews quoting the order ref become order_match verified. */
  public async purchase(auth: AuthContext, dto: CreatePurchaseDto): Promise<PurchaseResult> {
    const item: IntakeItem = {
      index: 0, kind: 'review', channel: dto.channel, externalId: dto.orderRef, productId: dto.productId, sku: dto.sku, rating: null,
      title: null, body: '', language: null, mediaUrls: [], reviewer: dto.reviewer, orderRef: dto.orderRef, invitationId: null,
      incentiveType: null, recommends: null, npsScore: null, submittedAt: null, ip: null, deviceId: null,
    };
    const [resolution] = await this.resolver.resolve(auth, [item]);
    if (!resolution.ok) throw resolution.error;
    const { channelId, product } = resolution.value;
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const reviewers = await this.reviews.upsertReviewers(manager, [{
        channelId, externalId: dto.reviewer.externalId, displayName: dto.reviewer.displayName ?? null,
        accountCreatedAt: dto.reviewer.accountCreatedAt ? new Date(dto.reviewer.accountCreatedAt) : null,
      }], now);
      const reviewerId = reviewers.get(channelItemKey(channelId, dto.reviewer.externalId)) as string;
      return this.reviews.insertPurchase(manager, { channelId, orderRef: dto.orderRef, reviewerId, productId: product.productId, purchasedAt: new Date(dto.purchasedAt) });
    });
  }

  private async one(auth: AuthContext, item: IntakeItem): Promise<IntakeResult> {
    const [outcome] = await this.ingestion.ingest(auth, [item]);
    if (!outcome.ok) throw outcome.error;
    return { id: outcome.id, status: outcome.outcome, reviewStatus: outcome.reviewStatus };
  }
}
