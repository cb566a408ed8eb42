import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { resolve } from 'node:path';
import { AppConfigService } from '../config/app-config.service.js';
import { analyzeText } from './domain/text/analyze-text.js';
import { classifyText } from './domain/text/classify-text.js';
import { analyzeSentiment } from './domain/sentiment/analyze-sentiment.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import type { TextAnalyzer } from './domain/scoring.types.js';
import type { TextModels } from './domain/text-models.types.js';
import { ActiveRuleSet } from './active-rule-set.js';
import { loadTextModels } from './text-models.loader.js';

/** Text models (models/) loaded once per process; rules are the active version, which may change while running. */
@Injectable()
export class ScoringEngine implements OnModuleInit {
  private readonly logger = new Logger(ScoringEngine.name);
  private textAnalyzer?: TextAnalyzer;

  public constructor(private readonly config: AppConfigService, private readonly active: ActiveRuleSet) {}

  public onModuleInit(): void {
    const { models, missing } = loadTextModels(resolve(this.config.scoringFiles.modelsDir));
    if (missing.length > 0) this.logger.warn(`text model artefacts missing, using fallbacks: ${missing.join(', ')}`);
    this.textAnalyzer = analyzerFor(models);
  }

  /** Read once per job (a switch mid-job must not mix two rule sets in one score). */
  public get rules(): RuleSet {
    return this.active.current();
  }

  /** The active version now, reloading first if this process has not heard of a switch yet. */
  public refreshRules(): Promise<RuleSet> {
    return this.active.refresh();
  }

  public get analyzer(): TextAnalyzer {
    if (!this.textAnalyzer) throw new Error('ScoringEngine used before init');
    return this.textAnalyzer;
  }
}

export function analyzerFor(models: TextModels): TextAnalyzer {
  return {
    sentiment: (text) => analyzeSentiment(text, models),
    classify: (text) => classifyText(text, models),
    analyze: (text) => {
      const { sentiment, classifiers } = analyzeText(text, models);
      return { sentiment, classifier: classifiers };
    },
  };
}
