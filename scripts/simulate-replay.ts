/**
 * `npm run simulate:replay -- FILE [--rules=DIR]`: the report `npm run simulate` would print for the
 * items recorded in FILE (`npm run simulate -- --record=FILE`), re-decided under the rules in DIR
 * (moderation-rules/ by default), in seconds instead of the full run's minutes. Prints how many
 * verdicts changed from the recording: 0 under the recording's own rules is the replay's check.
 */
import { readFileSync } from 'node:fs';
import { loadRuleSet } from '../src/scoring/rules.loader.js';
import type { RecordedItem } from './simulation/recording.js';
import { replay } from './simulation/replay.js';
import { formatReport } from './simulation/report.js';

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run simulate:replay -- FILE [--rules=DIR]');
  const rulesArg = process.argv.find((a) => a.startsWith('--rules='));
  const rules = await loadRuleSet(rulesArg ? rulesArg.slice('--rules='.length) : undefined);
  const items = readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as RecordedItem);
  const result = replay(items, rules);
  console.log(`replayed ${items.length} items under rules ${rules.version} (${rules.hash.slice(0, 12)}): ${result.changed} verdicts differ from the recording`);
  console.log(formatReport(result.report));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
