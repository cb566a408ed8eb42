import type { CreateReviewDto, CreateUgcDto } from './ingestion.dto.js';
import type { IntakeItem } from './intake-item.js';

export function reviewToItem(dto: CreateReviewDto, index: number): IntakeItem {
  return {
    ...common(dto, index),
    kind: 'review',
    rating: dto.rating,
    title: dto.title ?? null,
    orderRef: dto.orderRef ?? null,
    invitationId: dto.invitationId ?? null,
    incentiveType: dto.incentive?.type ?? null,
    recommends: dto.recommends ?? null,
    npsScore: dto.npsScore ?? null,
  };
}

export function ugcToItem(dto: CreateUgcDto, index: number): IntakeItem {
  return { ...common(dto, index), kind: dto.kind, parentId: dto.parentId, rating: null, title: null, orderRef: null, invitationId: null, incentiveType: null,
    recommends: null, npsScore: null };
}

function common(dto: CreateReviewDto | CreateUgcDto, index: number): Omit<IntakeItem, 'kind' | 'rating' | 'title' | 'orderRef' | 'invitationId' | 'incentiveType' | 'recommends' | 'npsScore'> {
  return {
    index,
    channel: dto.channel,
    externalId: dto.externalId,
    productId: dto.productId,
    sku: dto.sku,
    body: dto.body,
    language: dto.language ?? null,
    mediaUrls: dto.mediaUrls ?? [],
    reviewer: dto.reviewer,
    submittedAt: dto.submittedAt ?? null,
    ip: dto.ip ?? null,
    deviceId: dto.deviceId ?? null,
  };
}
