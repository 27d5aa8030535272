import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { appError, ErrorCode } from '../errors';
import { platformText } from '../platform.texts';

const NUL = '\u0000';

/**
 * A NUL byte is in no name, note or search a person types, and PostgreSQL refuses it in text (the
 * error used to reach the client with the SQL). Every text input of every operation, in variables
 * and in literals, is checked once here, before any resolver runs (ADR 0019).
 */
export function nulBytesPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = nulInVariables(request.variables ?? {}) ?? nulInLiterals(document);
          if (field) {
            throw appError(ErrorCode.BadUserInput, {
              text: platformText('noNulBytes'),
              field,
              extensions: { http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function nulInVariables(variables: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(variables)) {
    const path = nulIn(value, `$${name}`);
    if (path) return path;
  }
  return undefined;
}

function nulIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulIn(item, `${path}.${index}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulIn(item, `${path}.${key}`) ?? (key.includes(NUL) ? `${path}.${key}` : undefined);
      if (found) return found;
    }
  }
  return undefined;
}

function nulInLiterals(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found || !node.value.includes(NUL)) return;
      found = literalPath([...(ancestors as readonly (ASTNode | readonly ASTNode[])[]), parent as ASTNode]);
    },
  });
  return found;
}

/** `input.title` for a literal inside `createDeal(input: { title: "…" })`. */
export function literalPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  const names = ancestors.flatMap((node) =>
    'kind' in node && (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) ? [node.name.value] : [],
  );
  return names.length ? names.join('.') : 'query';
}
