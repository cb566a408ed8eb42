import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { AppConfigService } from '../config/app-config.service.js';
import { AutomationAccuracyRepository } from '../moderation/automation-accuracy.repository.js';
import { buildAutomationAccuracy } from '../moderation/domain/automation-accuracy.js';
import { auditSuppression, suppressionAuditCsv, type SuppressionAudit } from './domain/suppression-audit.js';
import { buildTransparencyReport, renderTransparencyHtml, type TransparencyReport } from './domain/transparency.js';
import { ReputationReadRepository } from './reputation-read.repository.js';
import { ReputationReportRepository } from './reputation-report.repository.js';
import { ReputationScopeResolver } from './reputation-scope.js';
import { ReputationService } from './reputation.service.js';
import type { SuppressionAuditQueryDto, TransparencyQueryDto } from './reputation.dto.js';

export interface Rendered<T> {
  contentType: string;
  body: T | string;
  filename?: string;
}

export interface SuppressionAuditView extends SuppressionAudit {
  scope: { merchantId: string | null };
  period: { from: string; to: string };
}

/** Evidence for regulators and merchants: suppression audit and the transparency report. */
@Injectable()
export class ReputationAuditService {
  public constructor(
    private readonly read: ReputationReadRepository,
    private readonly reports: ReputationReportRepository,
    private readonly scopes: ReputationScopeResolver,
    private readonly indicators: ReputationService,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
    private readonly accuracy: AutomationAccuracyRepository,
  ) {}

  public async suppressionAudit(auth: AuthContext, query: SuppressionAuditQueryDto): Promise<Rendered<SuppressionAuditView>> {
    const period = this.indicators.period(query);
    const merchantId = await this.scopes.auditMerchant(auth, query.merchantId);
    const { alertMargin, alertMinSample, alertAlpha } = this.config.reputation;
    const cells = await this.read.auditCells(merchantId, period.from, period.to);
    const starCells = await this.read.starCells(merchantId, period.from, period.to);
    const audit = auditSuppression(cells, { margin: alertMargin, minSample: alertMinSample, alpha: alertAlpha }, starCells);
    if (query.format === 'csv') {
      return {
        contentType: 'text/csv; charset=utf-8', filename: `suppression-audit-${merchantId ?? 'platform'}-${period.from}-${period.to}.csv`,
        body: suppressionAuditCsv(audit, merchantId ?? 'platform', period.from, period.to),
      };
    }
    return { contentType: 'application/json; charset=utf-8', body: { scope: { merchantId }, period: { from: period.from, to: period.to }, ...audit } };
  }

  public async transparencyReport(query: TransparencyQueryDto): Promise<Rendered<TransparencyReport>> {
    const period = this.indicators.period(query);
    const [counts, accuracy] = await Promise.all([
      this.reports.transparencyCounts(period.start, period.end), this.accuracy.forPeriod(period.start, period.end),
    ]);
    const report = buildTransparencyReport({ from: period.from, to: period.to, generatedAt: this.clock.now(), ...counts, automation: buildAutomationAccuracy(accuracy) });
    if (query.format === 'html') return { contentType: 'text/html; charset=utf-8', body: renderTransparencyHtml(report) };
    return { contentType: 'application/json; charset=utf-8', body: report };
  }
}
