import { compareChannels, type ChannelTotals } from './channel-comparison.js';

const ch = (id: string, n: number, satisfied: number): ChannelTotals => ({
  channelId: id, channelType: id, channelName: id, ratingCount: n, ratingSum: satisfied * 5 + (n - satisfied) * 2, satisfied, negative: 0, public: n, replied: 0,
});
const OPTS = { alpha: 0.05, minSample: 20 };

describe('compareChannels', () => {
  it.each([
    ['all alike', [ch('web', 200, 160), ch('app', 200, 158), ch('live', 200, 162)], ['same', 'same', 'same']],
    ['live-stream much less satisfied', [ch('web', 300, 240), ch('app', 300, 236), ch('live', 300, 150)], ['higher', 'higher', 'lower']],
    ['small channel not tested', [ch('web', 300, 240), ch('offline', 10, 1)], [null, null]],
  ])('%s', (_name, channels, directions) => {
    expect(compareChannels(channels, OPTS).map((r) => r.test?.direction ?? null)).toEqual(directions);
  });

  it('applies a Bonferroni correction over the channels tested', () => {
    // web vs app alone: z ≈ 2.1, p ≈ 0.036 < 0.05; with 2 channels tested the threshold is 0.025.
    const rows = compareChannels([ch('web', 200, 160), ch('app', 200, 142)], OPTS);
    expect(rows[0].test?.pValue).toBeGreaterThan(0.025);
    expect(rows[0].test?.pValue).toBeLessThan(0.05);
    expect(rows.map((r) => r.test?.significant)).toEqual([false, false]);
  });

  it('reports averages and shares', () => {
    expect(compareChannels([ch('web', 4, 2)], OPTS)[0]).toMatchObject({ average: 3.5, satisfiedShare: 0.5, replyRate: 0, test: null });
  });
});
