import { inputText, runInLanguage } from '@crm/texts';
import type { GraphQLError } from 'graphql';
import { z } from 'zod';
import { parseInput } from './errors';

const schema = z.object({
  email: z.email().optional(),
  name: z.string().trim().min(1).max(5).optional(),
  ids: z.array(z.uuid()).min(1).optional(),
  from: z.string().optional(),
  kind: z.enum(['A', 'B']).optional(),
  amount: z.string().refine((v) => v !== '0', { message: inputText.reason('positive') }).optional(),
  year: z.string().refine((v) => v > '1900', { message: inputText.reason('yearRange'), params: { min: 1900, max: 2200 } }).optional(),
});

function failure(input: unknown, language: 'ru' | 'en' = 'ru'): GraphQLError {
  try {
    runInLanguage(language, () => parseInput(schema, input));
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('parsed');
}

describe('parseInput tells what is wrong, in the caller language, naming the field', () => {
  it.each([
    [{ email: 'x' }, 'input.email: должно быть адресом электронной почты', 'input.email: must be an e-mail address', 'input.email'],
    [{ name: '  ' }, 'input.name: не может быть пустым', 'input.name: must not be empty', 'input.name'],
    [{ name: 'abcdefg' }, 'input.name: не длиннее 5 символов', 'input.name: must be at most 5 characters', 'input.name'],
    [{ ids: [] }, 'input.ids: нужно не меньше 1', 'input.ids: must have at least 1 items', 'input.ids'],
    [{ ids: ['x'] }, 'input.ids.0: должно быть идентификатором', 'input.ids.0: must be an id', 'input.ids.0'],
    [{ kind: 'C' }, 'input.kind: должно быть одним из: A, B', 'input.kind: must be one of: A, B', 'input.kind'],
    [{ amount: '0' }, 'input.amount: должно быть больше нуля', 'input.amount: must be greater than zero', 'input.amount'],
    [{ year: '1800' }, 'input.year: год должен быть от 1900 до 2200', 'input.year: must be between the years 1900 and 2200', 'input.year'],
    [{ from: 5 }, 'input.from: неверный тип значения (ожидается string)', 'input.from: must be string', 'input.from'],
  ])('%j', (input, ru, en, field) => {
    const error = failure(input);
    expect([error.message, error.extensions.code, error.extensions.field]).toEqual([ru, 'BAD_USER_INPUT', field]);
    expect(failure(input, 'en').message).toBe(en);
    expect(error.extensions.reason).toMatch(/^input\./);
  });
});
