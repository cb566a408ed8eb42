import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../common/auth/auth-context.js';
import { feedAudience } from './domain/event-snapshot.js';
import { EventLogRepository, type FeedScope } from './event-log.repository.js';
import type { EventFeedQueryDto } from './publishing.dto.js';
import { externalEventView, type ExternalEventView } from './publishing.views.js';

function feedScope(auth: AuthContext): FeedScope {
  if (auth.role === 'merchant') return { kind: 'merchant', merchantId: auth.merchantId as string };
  if (auth.role === 'channel') return { kind: 'channel', channelId: auth.channelId as string };
  if (auth.role === 'storefront') return { kind: 'public' };
  return { kind: 'all' };
}

/** `GET /v1/events`: ordered by cursor, gap-free (see EventLogRepository.insert for why no id is skipped). */
@Injectable()
export class EventFeedService {
  public constructor(private readonly events: EventLogRepository) {}

  public async page(auth: AuthContext, query: EventFeedQueryDto): Promise<{ data: ExternalEventView[]; nextCursor: string }> {
    const after = query.after ?? '0';
    const rows = await this.events.page(feedScope(auth), after, query.limit ?? 100);
    return { data: rows.map((e) => externalEventView(e, feedAudience(auth.role))), nextCursor: rows.at(-1)?.id ?? after };
  }
}
