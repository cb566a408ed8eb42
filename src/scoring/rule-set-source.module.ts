import { Module } from '@nestjs/common';
import { ActiveRuleSet } from './active-rule-set.js';
import { RuleSetVersionsRepository } from './rule-set-versions.repository.js';

/** The one rule source of a process (engine, rescore, disclosure): the active version in PostgreSQL. */
@Module({ providers: [ActiveRuleSet, RuleSetVersionsRepository], exports: [ActiveRuleSet, RuleSetVersionsRepository] })
export class RuleSetSourceModule {}
