import { logProcessWarnings } from './process-warnings.js';

describe('logProcessWarnings', () => {
  let saved: NodeJS.WarningListener[];

  beforeEach(() => {
    saved = process.listeners('warning');
  });
  afterEach(() => {
    process.removeAllListeners('warning');
    for (const listener of saved) process.on('warning', listener);
  });

  it("replaces Node's plain-text warning printer with one line through the logger", () => {
    const lines: string[] = [];
    logProcessWarnings((line) => lines.push(line));
    const warning = Object.assign(new Error('Calling client.query() when the client is already executing a query is deprecated'), { name: 'DeprecationWarning', code: 'DEP_PG' });
    process.emit('warning', warning);
    expect(process.listeners('warning')).toHaveLength(1);
    expect(lines).toEqual(['DeprecationWarning DEP_PG: Calling client.query() when the client is already executing a query is deprecated']);
  });
});
