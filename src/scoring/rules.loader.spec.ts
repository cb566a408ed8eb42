import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleSetError, defaultRulesDir, loadRuleSet } from './rules.loader.js';

describe('loadRuleSet', () => {
  it('loads and validates the committed moderation-rules folder', async () => {
    const rules = await loadRuleSet();
    expect(rules.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(rules.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rules.lexicons.incentive.terms).toContain('好评返现');
    expect(rules.lexicons.incentive.terms).toContain('in exchange for my honest review');
    expect(Object.keys(rules.lexicons.aspects)).toEqual(
      expect.arrayContaining(['quality', 'logistics', 'after_sales', 'customer_service', 'price', 'description_accuracy', 'authenticity']),
    );
    expect(rules.routing.phases.at(-1)?.type).toBe('default');
  });

  describe('with a modified copy of the folder', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'candor-rules-'));
      await cp(defaultRulesDir(), dir, { recursive: true });
    });
    afterEach(async () => rm(dir, { recursive: true, force: true }));

    it('changes the hash when any file changes', async () => {
      const before = await loadRuleSet(dir);
      await writeFile(join(dir, 'lexicons', 'spam.en.yaml'), 'language: en\nterms: [visit my store, buy from my shop]\n');
      const after = await loadRuleSet(dir);
      expect(after.hash).not.toBe(before.hash);
    });

    it('rejects a rule file that routes on star rating (FTC 16 CFR 465.7)', async () => {
      const ruleset = join(dir, 'ruleset.yaml');
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(ruleset, 'utf8');
      const tampered = text.replace(
        '    - id: publish\n',
        '    - id: hide_low_stars\n      type: signal_severity\n      action: hold\n      signals: { rating_deviation: 2 }\n    - id: publish\n',
      );
      expect(tampered).not.toBe(text);
      await writeFile(ruleset, tampered);
      const error = await loadRuleSet(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RuleSetError);
      expect((error as RuleSetError).issues.join('\n')).toMatch(/routing\.phases\[3\]\.signals\.rating_deviation: .*FTC 16 CFR 465\.7/);
    });

    it('reports invalid YAML with the file name', async () => {
      await writeFile(join(dir, 'lexicons', 'abuse.en.yaml'), 'terms: [unclosed\n');
      await expect(loadRuleSet(dir)).rejects.toThrow(/lexicons\/abuse\.en\.yaml: invalid YAML/);
    });
  });
});
