import request from 'supertest';
import { EXPECTED_ACCURACY, seedDecidedHolds } from '../utils/automation-fixtures.js';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('automation accuracy in stats and the transparency report', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  const get = (key: string, path: string): request.Test => request(t.server).get(path).set(...bearer(key));

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    await seedDecidedHolds(t, w, sql);
  }, 120_000);
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  it('shows the decision mix, the approval rate of automated holds per signal and version, and handling times in stats', async () => {
    const res = await get(w.moderatorKey, '/v1/moderation/stats');
    expect(res.status).toBe(200);
    expect(res.body.automation).toEqual(EXPECTED_ACCURACY);
  });

  it('counts only decisions taken inside the requested period', async () => {
    const res = await get(w.adminKey, '/v1/moderation/stats?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z');
    expect(res.status).toBe(200);
    expect(res.body.automation.decisionMix).toEqual({ total: 0, automated: 0, human: 0, byAction: [] });
    expect(res.body.automation.automatedHolds).toEqual({ decided: 0, approved: 0, upheld: 0, approvalRate: null, bySignal: [], byRuleSetVersion: [] });
  });

  it('reports the accuracy of automated holds and handling times in the transparency report, JSON and HTML', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const json = await get(w.adminKey, `/v1/reputation/transparency-report?from=${today}&to=${today}`);
    expect(json.status).toBe(200);
    expect(json.body.automatedHolds).toEqual(EXPECTED_ACCURACY.automatedHolds);
    expect(json.body.handlingMinutes).toEqual(EXPECTED_ACCURACY.handlingMinutes);
    const html = await get(w.moderatorKey, `/v1/reputation/transparency-report?from=${today}&to=${today}&format=html`);
    expect(html.text).toContain('<th scope="row">All automated holds</th><td>7</td><td>4</td><td>3</td><td>57.1%</td>');
    expect(html.text).toContain('<th scope="row">incentive</th><td>5</td><td>4</td><td>1</td><td>80.0%</td>');
    expect(html.text).toContain('<th scope="row">Hold → first human decision</th><td>8 min</td><td>42 min</td>');
  });
});
