import { LONG_REVIEW_CHARS, type LabelTally, leaveOneDomainOut, type LodoResult, rate } from './leave-one-domain-out.js';
import { loadSentimentDomains, sentimentDomainsAvailable } from './sentiment-domains.js';
import { sentimentTrainer } from './train-sentiment.js';
import { zhLexiconRows } from './zh-lexicon-rows.js';

/** The "done when" targets for leave-one-domain-out with production labels. */
export const LODO_TARGETS = { zh: 0.9, en: 0.88, polarToNeutral: 0.03, longShortGap: 0.03 } as const;

/** Headline of `npm run eval`: sentiment as users see it, on domains the model never saw. */
export function printLodo(dataDir: string): void {
  console.log('Sentiment, leave-one-domain-out, production labels (analyzeSentiment: neutral band and mixed count as wrong)');
  for (const language of ['zh', 'en'] as const) {
    if (!sentimentDomainsAvailable(dataDir, language)) {
      console.log(`  ${language}: domain files missing in ${dataDir}; skipped`);
      continue;
    }
    const started = performance.now();
    const result = leaveOneDomainOut(loadSentimentDomains(dataDir, language), sentimentTrainer(language, language === 'zh' ? zhLexiconRows(dataDir) : []));
    printResult(result, ((performance.now() - started) / 1000).toFixed(0));
  }
}

function pct(x: number): string {
  return x.toFixed(3);
}

function line(name: string, t: LabelTally): string {
  return `| ${name} | ${t.n} | ${pct(rate(t.correct, t.n))} | ${pct(rate(t.neutral, t.n))} | ${pct(rate(t.mixed, t.n))} |`;
}

function printResult(r: LodoResult, seconds: string): void {
  const target = LODO_TARGETS[r.language];
  const accuracy = rate(r.overall.correct, r.overall.n);
  const neutral = rate(r.overall.neutral, r.overall.n);
  const gap = rate(r.short.correct, r.short.n) - rate(r.long.correct, r.long.n);
  console.log(`\n${r.language}: ${r.domains.length} domains, ${r.overall.n} rows, ${seconds}s`);
  console.log('| held-out domain | rows | accuracy | polar→neutral | polar→mixed |\n|---|---|---|---|---|');
  for (const d of r.domains) console.log(line(d.domain, d));
  console.log(line('**all rows**', r.overall));
  console.log(line(`> ${LONG_REVIEW_CHARS} chars`, r.long));
  console.log(line(`≤ ${LONG_REVIEW_CHARS} chars`, r.short));
  const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log(
    `${r.language} LODO accuracy ${pct(accuracy)} (macro over domains ${pct(r.macroAccuracy)}; target ≥ ${target}: ${met(accuracy >= target)}); ` +
      `polar→neutral ${pct(neutral)} (≤ ${LODO_TARGETS.polarToNeutral}: ${met(neutral <= LODO_TARGETS.polarToNeutral)}); ` +
      `long vs short gap ${pct(gap)} (≤ ${LODO_TARGETS.longShortGap}: ${met(gap <= LODO_TARGETS.longShortGap)})`,
  );
}
