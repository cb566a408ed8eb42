import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { resolve } from 'node:path';
import { AppConfigService } from '../config/app-config.service.js';
import { analyzeText } from './domain/text/analyze-text.js';
import { classifyText } from './domain/text/classify-text.js';
import { analyzeSentiment } from './domain/sentiment/analyze-sentiment.js';
import type { RuleSet } from './domain/rules/rule-set.types.js';
import type { TextAnalyzer } from './domain/scoring.types.js';
import type { TextModels } from './domain/text-models.types.js';
import { loadRuleSet } from './rules.loader.js';
import { loadTextModels } from './text-models.loader.js';

/** Rules (moderation-rules/) and text models (models/) loaded and validated once per process. */
@Injectable()
export class ScoringEngine implements OnModuleInit {
  private readonly logger = new Logger(ScoringEngine.name);
  private ruleSet?: RuleSet;
  private textAnalyzer?: TextAnalyzer;

  public constructor(private readonly config: AppConfigService) {}

  public async onModuleInit(): Promise<void> {
    const { rulesDir, modelsDir } = this.config.scoringFiles;
    this.ruleSet = await loadRuleSet(resolve(rulesDir));
    const { models, missing } = loadTextModels(resolve(modelsDir));
    if (missing.length > 0) this.logger.warn(`text model artefacts missing, using fallbacks: ${missing.join(', ')}`);
    this.textAnalyzer = analyzerFor(models);
    this.logger.log(`rules ${this.ruleSet.version} (${this.ruleSet.hash.slice(0, 12)}) loaded`);
  }

  public get rules(): RuleSet {
    if (!this.ruleSet) throw new Error('ScoringEngine used before init');
    return this.ruleSet;
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
