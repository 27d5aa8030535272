import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { RouterContext } from '../router-context';

/** One live event's selection, run like any query: the gateway plans it and every subgraph checks the caller. */
export async function executeAsQuery(apollo: ApolloServer<RouterContext>, query: string, variables: Record<string, unknown>, contextValue: RouterContext): Promise<FormattedExecutionResult> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') return { errors: [{ message: 'Incremental delivery is not supported for live subscriptions' }] };
  const { data, errors } = response.body.singleResult;
  return { ...(data ? { data } : {}), ...(errors ? { errors } : {}) };
}
