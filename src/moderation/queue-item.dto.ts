/** Response shape of `GET /v1/moderation/queue` (documented in OpenAPI; built by mapQueueItem in moderation-views.ts). */
import { ApiProperty } from '@nestjs/swagger';

export class QueueReviewDto {
  @ApiProperty() public status: string;
  @ApiProperty({ format: 'uuid' }) public merchantId: string;
  @ApiProperty() public merchantName: string;
  @ApiProperty({ format: 'uuid' }) public productId: string;
  @ApiProperty() public productName: string;
  @ApiProperty({ format: 'uuid' }) public channelId: string;
  @ApiProperty() public channelName: string;
  @ApiProperty() public channelCode: string;
  @ApiProperty({ type: 'string', nullable: true }) public language: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) public rating: number | null;
  @ApiProperty({ type: 'string', nullable: true }) public title: string | null;
  @ApiProperty({ description: 'The first 280 characters of the body' }) public excerpt: string;
  @ApiProperty({ format: 'date-time', description: 'When the shopper wrote it (event time)' }) public submittedAt: string;
  @ApiProperty({ format: 'date-time', description: 'When Candor received it (the SLA clock)' }) public receivedAt: string;
  @ApiProperty({ enum: ['live', 'import'], description: "'import' for history sent through bulk import mode (the console badges it)" })
  public intakeMode: 'live' | 'import';
}

export class QueueItemDto {
  @ApiProperty({ format: 'uuid' }) public id: string;
  @ApiProperty({ format: 'uuid' }) public reviewId: string;
  @ApiProperty({ enum: ['open', 'claimed', 'decided'], description: '`claimed` only while the lease runs' }) public state: 'open' | 'claimed' | 'decided';
  @ApiProperty({ type: 'string', nullable: true }) public claimedBy: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) public leaseUntil: string | null;
  @ApiProperty({ type: 'integer' }) public version: number;
  @ApiProperty() public priority: number;
  @ApiProperty({ description: 'Priority with product exposure and waiting time: the queue order' }) public effectivePriority: number;
  @ApiProperty() public fakeScore: number;
  @ApiProperty({ type: [String] }) public reasonCodes: string[];
  @ApiProperty({
    type: 'string', nullable: true, example: 'incentive_undisclosed',
    description: "The latest score's signal with the largest contribution (weight × normalised value); null when none raised the score",
  })
  public leadingSignal: string | null;

  @ApiProperty() public source: string;
  @ApiProperty() public escalated: boolean;
  @ApiProperty({ type: 'integer' }) public reportCount: number;
  @ApiProperty({ type: [String] }) public reportReasons: string[];
  @ApiProperty() public productExposure: number;
  @ApiProperty({ format: 'date-time' }) public createdAt: string;
  @ApiProperty({ type: 'integer' }) public ageSeconds: number;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) public decidedAt: string | null;
  @ApiProperty({ type: QueueReviewDto }) public review: QueueReviewDto;
}

export class QueuePageDto {
  @ApiProperty({ type: [QueueItemDto] }) public items: QueueItemDto[];
  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' }) public nextCursor: string | null;
}
