import type { SessionError } from './session';

export type ServerError = SessionError;

/** A GraphQL response with errors (or no data): the codes and fields, never shown raw to the user. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly ServerError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GraphQLRequestError';
  }

  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }

  has(code: string): boolean {
    return this.codes.includes(code);
  }
}

/** True when the server refused with this exact reason (ADR 0033), e.g. `payments.overpayment`. */
export function hasReason(error: unknown, reason: string): boolean {
  return error instanceof GraphQLRequestError && error.errors.some((e) => e.extensions?.reason === reason);
}

export function isConflict(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.has('CONFLICT');
}

/**
 * BAD_USER_INPUT errors by form field: `input.client.phones.0` → `client.phones.0`, the name a form
 * uses; the first error of a field wins.
 */
export function fieldErrors(error: unknown): Map<string, string> {
  const fields = new Map<string, string>();
  if (!(error instanceof GraphQLRequestError)) return fields;
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (e.extensions?.code !== 'BAD_USER_INPUT' || !field) continue;
    const name = field.replace(/^input\./, '');
    if (!fields.has(name)) fields.set(name, e.message);
  }
  return fields;
}
