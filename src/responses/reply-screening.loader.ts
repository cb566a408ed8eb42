/**
 * Reads the reply-screening lexicons once per process. Synchronous on purpose: it runs at module start-up
 * (ResponsesModule.onModuleInit), so a broken rule file stops the boot instead of failing the first reply.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { defaultRulesDir } from '../scoring/rules.loader.js';
import { parseReplyScreeningRules, type ReplyScreeningRules } from './domain/reply-screening-rules.js';

const FILE = /^(reply-screening\.[a-z]{2}(?:-[a-z]+)?)\.ya?ml$/;

export function loadReplyScreeningRules(dir: string = join(defaultRulesDir(), 'lexicons')): ReplyScreeningRules {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).sort()) {
    const base = FILE.exec(name)?.[1];
    if (base) files[base] = load(readFileSync(join(dir, name), 'utf8'), { filename: name });
  }
  return parseReplyScreeningRules(files);
}

let cached: ReplyScreeningRules | undefined;

export function replyScreeningRules(): ReplyScreeningRules {
  cached ??= loadReplyScreeningRules();
  return cached;
}
