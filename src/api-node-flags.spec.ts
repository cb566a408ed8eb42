import { readFileSync } from 'node:fs';
import { API_NODE_FLAGS, apiExecArgv } from './api-node-flags.js';

describe('apiExecArgv', () => {
  it('adds the API flags to the parent process arguments', () => {
    expect(apiExecArgv(['--enable-source-maps'], '')).toEqual(['--enable-source-maps', '--min-semi-space-size=64', '--max-semi-space-size=64']);
  });

  it('leaves the young generation to an operator who sized it on the command line', () => {
    expect(apiExecArgv(['--max-semi-space-size=32'], '')).toEqual(['--max-semi-space-size=32']);
    expect(apiExecArgv(['--min_semi_space_size=8'], '')).toEqual(['--min_semi_space_size=8']);
  });

  it('leaves it to NODE_OPTIONS, which a command-line flag would override', () => {
    expect(apiExecArgv([], '--max-old-space-size=4096 --max-semi-space-size=128')).toEqual([]);
  });

  it('is not fooled by an unrelated flag with a similar name', () => {
    expect(apiExecArgv(['--max-old-space-size=4096'], '')).toEqual(['--max-old-space-size=4096', ...API_NODE_FLAGS]);
  });

  it('is what `npm run start:api` runs the API with', () => {
    const scripts = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start:api']).toBe(`node ${API_NODE_FLAGS.join(' ')} dist/src/main.js`);
  });
});
