import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { bootEnv } from '../boot-env.js';
import { ChannelEntity } from '../catalog/channel.entity.js';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ApiKeyCache } from '../common/auth/api-key-cache.js';
import { ApiKeyEntity } from '../common/auth/api-key.entity.js';
import { ApiKeysRepository } from '../common/auth/api-keys.repository.js';
import { ApiKeysService } from '../common/auth/api-keys.service.js';
import { ROLES, type Role } from '../common/auth/role.js';
import { SystemClock } from '../common/clock/clock.js';
import { AppConfigService } from '../config/app-config.service.js';
import { typeormOptions } from '../database/typeorm-options.js';

const USAGE = `usage: npm run cli -- keys create --role <${ROLES.join('|')}> [--label TEXT] [--merchant UUID] [--channel UUID] [--principal UUID]
                                  [--rate N [--burst N]] [--publishable --origins https://a.example,https://b.example [--ip-rate N [--ip-burst N]]]
       default limits: storefront server keys 5000/s, publishable keys 1000/s and 20/s per client IP, other roles RATE_LIMIT_PER_SECOND
       npm run cli -- keys list
       npm run cli -- keys revoke <id>`;

/** api_keys and the tables its foreign keys name: all TypeORM needs to build this DataSource's metadata. */
const KEY_ENTITIES = [ApiKeyEntity, MerchantEntity, ChannelEntity];

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

/** A positive integer option; anything else stops the CLI with the usage. */
function intOption(args: string[], name: string): number | undefined {
  const value = option(args, name);
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,6}$/.test(value)) throw new Error(`--${name} must be a positive integer`);
  return Number(value);
}

async function main(args: string[]): Promise<number> {
  if (args[0] !== 'keys' || !['create', 'list', 'revoke'].includes(args[1])) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const role = option(args, 'role');
  if (args[1] === 'create' && !ROLES.includes(role as Role)) {
    process.stderr.write(`--role must be one of ${ROLES.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const { env, database } = await bootEnv(() => undefined);
  // Wired by hand, not through a Nest application context: booting Nest's container (and a second
  // DataSource with every entity) for one key took most of the CLI's start-up time (issue 17 item 8).
  const dataSource = await new DataSource({ ...typeormOptions(database.url, 1), entities: KEY_ENTITIES, migrations: [] }).initialize();
  try {
    const config = new AppConfigService(env);
    // A cache that never listens never caches: the CLI verifies nothing, it only writes keys.
    const keys = new ApiKeysService(new ApiKeyCache(config), new ApiKeysRepository(dataSource.getRepository(ApiKeyEntity)), config, new SystemClock());
    if (args[1] === 'create') {
      const created = await keys.create({
        role: role as Role, label: option(args, 'label') ?? `${role} key (cli)`, merchantId: option(args, 'merchant'), channelId: option(args, 'channel'), principalId: option(args, 'principal'),
        rateLimitPerSecond: intOption(args, 'rate'), burst: intOption(args, 'burst'), publishable: args.includes('--publishable') || undefined,
        allowedOrigins: option(args, 'origins')?.split(','), ipRateLimitPerSecond: intOption(args, 'ip-rate'), ipBurst: intOption(args, 'ip-burst'),
      });
      process.stdout.write(`${JSON.stringify(created, null, 2)}\nStore the key now: it is not shown again.\n`);
    } else if (args[1] === 'list') {
      process.stdout.write(`${JSON.stringify(await keys.list(), null, 2)}\n`);
    } else {
      await keys.revoke(args[2]);
      process.stdout.write(`revoked ${args[2]}\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`cli: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await dataSource.destroy();
    await database.embedded?.stop();
  }
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
