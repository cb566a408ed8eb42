import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '../common/auth/auth.module.js';
import { ClockModule } from '../common/clock/clock.module.js';
import { ConfigModule } from '../config/config.module.js';
import type { EnvDto } from '../config/env.dto.js';
import { DatabaseModule } from '../database/database.module.js';

@Module({})
export class CliModule {
  public static forRoot(env: EnvDto): DynamicModule {
    return { module: CliModule, imports: [ConfigModule.forRoot(env), ClockModule, DatabaseModule, AuthModule] };
  }
}
