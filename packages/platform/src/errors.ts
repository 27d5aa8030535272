import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/** The `extensions.code` values every subgraph answers with; clients switch on these, never on messages. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
}

const defaultMessages: Record<ErrorCode, string> = {
  [ErrorCode.BadUserInput]: 'The input is not valid',
  [ErrorCode.Unauthenticated]: 'Sign in to continue',
  [ErrorCode.Forbidden]: 'You are not allowed to do this',
  [ErrorCode.NotFound]: 'Not found',
  [ErrorCode.Conflict]: 'The data changed meanwhile or conflicts with existing data',
  [ErrorCode.RateLimited]: 'Too many attempts, try again later',
};

export interface AppErrorOptions {
  message?: string;
  /** The input path at fault, e.g. `input.email`. */
  field?: string;
  extensions?: Record<string, unknown>;
}

export function appError(code: ErrorCode, options: AppErrorOptions = {}): GraphQLError {
  return new GraphQLError(options.message ?? defaultMessages[code], {
    extensions: { ...options.extensions, code, ...(options.field ? { field: options.field } : {}) },
  });
}

export function isAppError(error: unknown, code: ErrorCode): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions.code === code;
}

/** Validates a mutation's `input` with zod; the first problem becomes BAD_USER_INPUT naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [root, ...(issue?.path ?? [])].map(String).join('.');
  throw appError(ErrorCode.BadUserInput, {
    message: issue ? `${path}: ${issue.message}` : defaultMessages[ErrorCode.BadUserInput],
    field: path,
  });
}
