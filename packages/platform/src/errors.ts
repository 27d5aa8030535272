import { GraphQLError } from 'graphql';
import { inputText, type Text } from '@crm/texts';
import type { z } from 'zod';
import { errorCodeText } from './platform.texts';
import { issueText } from './zod-issue-text';

/** The `extensions.code` values every subgraph answers with; clients switch on these, never on messages. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
}

export interface AppErrorOptions {
  /** What to tell the person, in the request's language (`@crm/texts`); the code's general text when absent. */
  text?: Text;
  /** The input path at fault, e.g. `input.email`; a BAD_USER_INPUT message starts with it. */
  field?: string;
  extensions?: Record<string, unknown>;
}

/**
 * An error for clients: `extensions.code` to switch on, `extensions.reason` naming the exact text
 * (its parameters in `extensions.params`), and the message rendered in the request's language.
 */
export function appError(code: ErrorCode, options: AppErrorOptions = {}): GraphQLError {
  const text = options.text ?? errorCodeText(code);
  const rendered = text.render();
  const message = options.field && code === ErrorCode.BadUserInput ? `${options.field}: ${rendered}` : rendered;
  return new GraphQLError(message, {
    extensions: {
      ...options.extensions,
      code,
      reason: text.reason,
      ...(Object.keys(text.params).length ? { params: text.params } : {}),
      ...(options.field ? { field: options.field } : {}),
    },
  });
}

export function isAppError(error: unknown, code: ErrorCode): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions.code === code;
}

/** Validates a mutation's `input` with zod; the first problem becomes BAD_USER_INPUT naming its field, in the caller's language. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): z.infer<S> {
  // The offending value is reported only to tell a missing field from a wrong one; it never reaches the client.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [root, ...(issue?.path ?? [])].map(String).join('.');
  throw appError(ErrorCode.BadUserInput, { text: issue ? issueText(issue) : inputText('invalid'), field: path });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An `ID` argument before it reaches SQL: anything but a UUID is BAD_USER_INPUT naming `field` (ADR 0019). */
export function checkedId(value: string, field: string): string {
  if (!UUID.test(value)) throw appError(ErrorCode.BadUserInput, { text: inputText('id'), field });
  return value;
}
