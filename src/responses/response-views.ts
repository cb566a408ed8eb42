import { ApiProperty } from '@nestjs/swagger';
import type { MerchantResponseVersionEntity } from './merchant-response-version.entity.js';
import type { MerchantResponseEntity } from './merchant-response.entity.js';

export class ResponseView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public reviewId: string;

  @ApiProperty({ type: 'string' })
  public visibility: string;

  @ApiProperty({ type: 'string' })
  public state: string;

  @ApiProperty({ type: 'number' })
  public currentVersion: number;

  @ApiProperty({ type: 'number', nullable: true })
  public publishedVersion: number | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'The text the public (or the author) sees, if any.' })
  public publishedBody: string | null;

  @ApiProperty({ type: 'boolean' })
  public edited: boolean;

  @ApiProperty({ type: 'object', additionalProperties: true, isArray: true, description: 'Findings on the latest version when it is held or rejected.' })
  public holdReasons: { code: string; detail: string }[];

  @ApiProperty({ type: 'object', additionalProperties: true, isArray: true })
  public versions: { version: number; body: string; outcome: string; screening: { code: string; detail: string }[]; createdAt: string }[];

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public updatedAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public publishedAt: string | null;
}

export function mapResponse(r: MerchantResponseEntity, versions: MerchantResponseVersionEntity[]): ResponseView {
  const latest = versions.find((v) => v.version === r.currentVersion);
  const published = versions.find((v) => v.version === r.publishedVersion);
  return {
    id: r.id, reviewId: r.reviewId, visibility: r.visibility, state: r.state, currentVersion: r.currentVersion, publishedVersion: r.publishedVersion,
    publishedBody: published?.body ?? null, edited: r.publications > 1,
    holdReasons: r.state === 'published' ? [] : latest?.screening ?? [],
    versions: versions.map((v) => ({ version: v.version, body: v.body, outcome: v.outcome, screening: v.screening, createdAt: v.createdAt.toISOString() })),
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), publishedAt: r.publishedAt?.toISOString() ?? null,
  };
}
