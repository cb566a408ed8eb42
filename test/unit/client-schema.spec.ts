import { spawnSync } from 'node:child_process';

/** The committed @candor/client types are what openapi-typescript makes of the committed openapi.json, byte for byte. */
describe('@candor/client generated types', () => {
  it('match openapi.json (else run `npm run client:generate`)', () => {
    const run = spawnSync(process.execPath, ['scripts/generate-client.js', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
