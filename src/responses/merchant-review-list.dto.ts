/** Response shape of `GET /v1/merchant/reviews` (documented in OpenAPI; built by merchant-reviews.service.ts). */
import { ApiProperty } from '@nestjs/swagger';
import { ChannelRefDto } from '../ingestion/review-view.dto.js';

class ResponseRefDto {
  @ApiProperty({ format: 'uuid' }) public id: string;
  @ApiProperty() public state: string;
}

export class MerchantReviewListItemDto {
  @ApiProperty({ format: 'uuid' }) public id: string;
  @ApiProperty({ format: 'uuid' }) public productId: string;
  @ApiProperty({ type: ChannelRefDto }) public channel: ChannelRefDto;
  @ApiProperty({ type: 'integer', nullable: true }) public rating: number | null;
  @ApiProperty({ type: 'string', nullable: true }) public title: string | null;
  @ApiProperty() public body: string;
  @ApiProperty({ type: 'string', nullable: true }) public language: string | null;
  @ApiProperty({ description: 'Masked display name' }) public author: string;
  @ApiProperty() public verification: string;
  @ApiProperty() public incentivized: boolean;
  @ApiProperty() public status: string;
  @ApiProperty() public edited: boolean;
  @ApiProperty({ type: 'string', enum: ['positive', 'negative', 'mixed', 'neutral'], nullable: true, description: 'null until scored' })
  public sentiment: string | null;

  @ApiProperty({ type: 'number', nullable: true, description: '-1 (negative) .. 1 (positive); null until scored' }) public sentimentScore: number | null;
  @ApiProperty({ type: [String], example: ['logistics', 'quality'] }) public aspects: string[];
  @ApiProperty({ description: 'Low stars or negative sentiment: routes attention, never publication' }) public negative: boolean;
  @ApiProperty() public answered: boolean;
  @ApiProperty({ type: ResponseRefDto, nullable: true }) public response: ResponseRefDto | null;
  @ApiProperty({ type: [String] }) public flags: string[];
  @ApiProperty({ format: 'date-time' }) public submittedAt: string;
  @ApiProperty({ format: 'date-time' }) public receivedAt: string;
}

export class MerchantReviewListDto {
  @ApiProperty({ type: [MerchantReviewListItemDto] }) public data: MerchantReviewListItemDto[];
  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' }) public nextCursor: string | null;
}
