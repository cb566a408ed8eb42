import { CatalogService } from './catalog.service.js';
import type { CatalogRepository, ProductRef } from './catalog.repository.js';

const ref = (n: number): ProductRef => ({ productId: `p${n}`, merchantId: 'm1' });

/** A repository that knows the listings in `listed` and records every SKU query it answers. */
function fakeRepo(listed: Map<string, ProductRef>): { repo: CatalogRepository; asked: string[][] } {
  const asked: string[][] = [];
  const repo = {
    findProductRefsBySkus: (channelId: string, skus: string[]) => {
      asked.push([channelId, ...skus]);
      return Promise.resolve(new Map(skus.filter((s) => listed.has(`${channelId}|${s}`)).map((s) => [s, listed.get(`${channelId}|${s}`) as ProductRef])));
    },
  } as unknown as CatalogRepository;
  return { repo, asked };
}

describe('CatalogService.resolveChannelSkus', () => {
  it('asks the database once per listed SKU, and again for a SKU it did not find', async () => {
    const listed = new Map([['c1|A', ref(1)], ['c1|B', ref(2)]]);
    const { repo, asked } = fakeRepo(listed);
    const catalog = new CatalogService(repo);

    expect(await catalog.resolveChannelSkus('c1', ['A', 'B', 'A', 'Z'])).toEqual(new Map([['A', ref(1)], ['B', ref(2)]]));
    expect(asked).toEqual([['c1', 'A', 'B', 'Z']]);

    listed.set('c1|Z', ref(3)); // mapped meanwhile, e.g. through another API process
    expect(await catalog.resolveChannelSkus('c1', ['B', 'Z'])).toEqual(new Map([['B', ref(2)], ['Z', ref(3)]]));
    expect(asked[1]).toEqual(['c1', 'Z']);

    expect(await catalog.resolveChannelSkus('c1', ['A', 'Z'])).toEqual(new Map([['A', ref(1)], ['Z', ref(3)]]));
    expect(asked).toHaveLength(2);
  });

  it('keeps channels apart: the same SKU on another channel is another listing', async () => {
    const { repo, asked } = fakeRepo(new Map([['c1|A', ref(1)], ['c2|A', ref(2)]]));
    const catalog = new CatalogService(repo);
    expect((await catalog.resolveChannelSkus('c1', ['A'])).get('A')).toEqual(ref(1));
    expect((await catalog.resolveChannelSkus('c2', ['A'])).get('A')).toEqual(ref(2));
    expect(asked).toEqual([['c1', 'A'], ['c2', 'A']]);
  });
});
