import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bootEnv } from '../boot-env.js';
import { ROLES, type Role } from '../common/auth/role.js';
import { ApiKeysService } from '../common/auth/api-keys.service.js';
import { CliModule } from './cli.module.js';

const USAGE = `usage: npm run cli -- keys create --role <${ROLES.join('|')}> [--label TEXT] [--merchant UUID] [--channel UUID]
                                  [--rate N [--burst N]] [--publishable --origins https://a.example,https://b.example [--ip-rate N [--ip-burst N]]]
       default limits: storefront server keys 5000/s, publishable keys 1000/s and 20/s per client IP, other roles RATE_LIMIT_PER_SECOND
       npm run cli -- keys list
       npm run cli -- keys revoke <id>`;

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
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(env), { logger: ['error'] });
  try {
    const keys = app.get(ApiKeysService);
    if (args[1] === 'create') {
      const created = await keys.create({
        role: role as Role, label: option(args, 'label') ?? `${role} key (cli)`, merchantId: option(args, 'merchant'), channelId: option(args, 'channel'),
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
    Logger.error((error as Error).message, 'cli');
    return 1;
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
