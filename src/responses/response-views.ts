import type { MerchantResponseVersionEntity } from './merchant-response-version.entity.js';
import type { MerchantResponseEntity } from './merchant-response.entity.js';

export interface ResponseView {
  id: string;
  reviewId: string;
  visibility: string;
  state: string;
  currentVersion: number;
  publishedVersion: number | null;
  /** The text the public (or the author) sees, if any. */
  publishedBody: string | null;
  edited: boolean;
  /** Findings on the latest version when it is held or rejected. */
  holdReasons: { code: string; detail: string }[];
  versions: { version: number; body: string; outcome: string; screening: { code: string; detail: string }[]; createdAt: string }[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
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
