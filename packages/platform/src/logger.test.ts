import { Writable } from 'node:stream';
import { createLogger, enrichLogContext, runWithLogContext } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, destination };
}

describe('logger', () => {
  it('writes JSON lines carrying the request context, whoever logs', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ name: 'test', level: 'info', destination });
    runWithLogContext({ requestId: 'req-1', traceId: 'trace-1' }, () => {
      enrichLogContext({ orgId: 'org-1', userId: 'user-1' });
      logger.info({ step: 1 }, 'hello');
    });
    logger.info('outside');
    expect(lines[0]).toMatchObject({ service: 'test', level: 'info', msg: 'hello', requestId: 'req-1', traceId: 'trace-1', orgId: 'org-1', userId: 'user-1', step: 1 });
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('redacts secrets', () => {
    const { lines, destination } = capture();
    createLogger({ name: 'test', level: 'info', destination }).info({ password: 'hunter2', input: { refreshToken: 'abc' } }, 'login');
    expect(JSON.stringify(lines[0])).not.toMatch(/hunter2|abc/);
  });
});
