import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * `GET /health`: terminus's HealthCheckResult for this app's two indicators, field by field. Documented here
 * because terminus's own Swagger decorator is off (see health.controller.ts).
 */
export class HealthIndicatorView {
  @ApiProperty({ enum: ['up', 'down'] }) public status: 'up' | 'down';
  @ApiPropertyOptional({ description: 'Why it is down' }) public message?: string;
}

export class QueueHealthView extends HealthIndicatorView {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Score jobs by state: waiting, active, delayed, failed' })
  public score?: Record<string, number>;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Outbox rows not yet relayed to the queue' }) public outboxBacklog?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Age of the oldest of them' }) public outboxOldestSeconds?: number;
}

export class HealthIndicatorsView {
  @ApiPropertyOptional({ type: () => HealthIndicatorView }) public database?: HealthIndicatorView;
  @ApiPropertyOptional({ type: () => QueueHealthView }) public queue?: QueueHealthView;
}

export class HealthView {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] }) public status: 'ok' | 'error' | 'shutting_down';
  @ApiPropertyOptional({ type: () => HealthIndicatorsView, description: 'Indicators that are up' }) public info?: HealthIndicatorsView;
  @ApiPropertyOptional({ type: () => HealthIndicatorsView, description: 'Indicators that are down' }) public error?: HealthIndicatorsView;
  @ApiProperty({ type: () => HealthIndicatorsView, description: 'Every indicator' }) public details: HealthIndicatorsView;
}
