import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfigService } from './app-config.service.js';
import { EnvDto, validateEnv } from './env.dto.js';

@Global()
@Module({})
export class ConfigModule {
  /** `env` lets tests and the launcher pass an already-resolved environment. */
  public static forRoot(env?: EnvDto): DynamicModule {
    const resolved = env ?? validateEnv(process.env);
    return {
      module: ConfigModule,
      providers: [{ provide: EnvDto, useValue: resolved }, AppConfigService],
      exports: [AppConfigService, EnvDto],
    };
  }
}
