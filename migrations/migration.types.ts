import type { MigrationInterface } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MixinsMigrationInterface = new (...args: any[]) => MigrationInterface;
