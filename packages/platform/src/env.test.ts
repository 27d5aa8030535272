import { z } from 'zod';
import { EnvError, envFields, parseEnv } from './env';

const schema = z.object({ PORT: envFields.port, DATABASE_URL: envFields.url, FLAG: envFields.boolean.default(false) });

describe('parseEnv', () => {
  it('parses and coerces', () => {
    expect(parseEnv(schema, { PORT: '4000', DATABASE_URL: 'postgres://x@localhost/db' })).toEqual({ PORT: 4000, DATABASE_URL: 'postgres://x@localhost/db', FLAG: false });
  });

  it('reports every problem at once', () => {
    try {
      parseEnv(schema, { PORT: 'abc', FLAG: 'maybe' });
      throw new Error('expected failure');
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const problems = (error as EnvError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/FLAG/);
    }
  });
});
