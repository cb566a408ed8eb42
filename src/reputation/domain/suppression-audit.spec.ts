import { histogramFromValues } from './histogram.js';
import { auditSuppression, csvCell, suppressionAuditCsv, type AuditCell } from './suppression-audit.js';

const CFG = { margin: 0.05, minSample: 30, alpha: 0.01 };

function cell(rating: number, sentiment: string, n: number, held: number, rejected: number, ttp: number[] = Array(n - rejected).fill(60)): AuditCell {
  return { rating, sentiment, received: n, held, rejected, folded: 0, published: ttp.length, timeToPublishHist: histogramFromValues(ttp) };
}

describe('auditSuppression', () => {
  it.each([
    ['fair', [cell(1, 'negative', 100, 5, 2), cell(5, 'positive', 100, 5, 2)], { hold_rate: false, reject_rate: false, fold_rate: false, time_to_publish: false }],
    ['negatives removed more', [cell(1, 'negative', 100, 5, 20), cell(5, 'positive', 100, 5, 2)], { hold_rate: false, reject_rate: true, fold_rate: false, time_to_publish: false }],
    ['negatives held more', [cell(2, 'neutral', 100, 40, 0), cell(4, 'positive', 100, 5, 0)], { hold_rate: true, reject_rate: false, fold_rate: false, time_to_publish: false }],
    ['negatives published later', [cell(1, 'negative', 100, 0, 0, [...Array(50).fill(60), ...Array(50).fill(86_400)]), cell(5, 'positive', 100, 0, 0)],
      { hold_rate: false, reject_rate: false, fold_rate: false, time_to_publish: true }],
    // Significant but within the margin: 3% vs 1% on 2000 each is "real" yet below the 5-point margin.
    ['small real difference within margin', [cell(1, 'negative', 2000, 0, 60), cell(5, 'positive', 2000, 0, 20)], { hold_rate: false, reject_rate: false, fold_rate: false, time_to_publish: false }],
    // Beyond the margin but not significant on tiny samples: below minSample there is no verdict at all.
    ['too few reviews', [cell(1, 'negative', 10, 5, 5), cell(5, 'positive', 10, 0, 0)], { hold_rate: false, reject_rate: false, fold_rate: false, time_to_publish: false }],
  ])('%s', (_name, cells, alerts) => {
    const audit = auditSuppression(cells, CFG);
    expect(Object.fromEntries(audit.tests.map((t) => [t.metric, t.alert]))).toEqual(alerts);
    expect(audit.alert).toBe(Object.values(alerts).some(Boolean));
  });

  it('counts 5★ with negative text as negative, not positive', () => {
    const audit = auditSuppression([cell(5, 'negative', 40, 0, 0), cell(5, 'positive', 40, 0, 0), cell(3, 'neutral', 10, 0, 0)], CFG);
    expect([audit.groups.negative.received, audit.groups.positive.received]).toEqual([40, 40]);
    expect(audit.byRating.map((r) => r.received)).toEqual([0, 0, 10, 0, 80]);
    expect(audit.bySentiment.find((s) => s.sentiment === 'negative')?.received).toBe(40);
    expect(audit.tests.every((t) => !t.insufficient)).toBe(true);
  });

  it('raises the audit alert on a star-parity gap alone, and writes the star rows to CSV', () => {
    const fair = [cell(1, 'neutral', 100, 5, 0), cell(5, 'neutral', 100, 5, 0)];
    expect(auditSuppression(fair, CFG).alert).toBe(false);
    const starCells = [{ merchantId: 'm1', rating: 1, received: 100, held: 30 }, { merchantId: 'm1', rating: 5, received: 100, held: 5 }];
    const audit = auditSuppression(fair, CFG, starCells);
    expect(audit.tests.some((t) => t.alert)).toBe(false);
    expect([audit.starParity.alert, audit.alert]).toEqual([true, true]);
    const lines = suppressionAuditCsv(audit, 'platform', '2026-01-01', '2026-01-31').trim().split('\r\n');
    expect(lines).toContain('star_rate,m1,1,100,30,0.3');
    expect(lines.find((l) => l.startsWith('star_test,m1,1-2,'))).toMatch(/^star_test,m1,1-2,0\.3,0\.05,0\.25,[0-9.e-]+,0\.0025,true,false$/);
  });

  it('writes CSV evidence with neutralised formulas and quoted commas', () => {
    expect([csvCell('=1+1'), csvCell('a,b'), csvCell(null), csvCell(-3), csvCell('say "hi"')]).toEqual(["'=1+1", '"a,b"', '', '-3', '"say ""hi"""']);
    const csv = suppressionAuditCsv(auditSuppression([cell(1, 'negative', 100, 5, 20), cell(5, 'positive', 100, 5, 2)], CFG), 'platform', '2026-01-01', '2026-01-31');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('scope,platform,from,2026-01-01,to,2026-01-31,margin,0.05,min_sample,30,alpha,0.01');
    expect(lines).toContain('by_rating,1,100,0.05,0.2,0,80,60,60');
    expect(lines.find((l) => l.startsWith('test,reject_rate'))).toMatch(/,true,false$/);
  });
});
