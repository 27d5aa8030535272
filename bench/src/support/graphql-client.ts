import { Agent, request } from 'undici';

/** A keep-alive GraphQL client that throws on HTTP or GraphQL errors, so failures count as errors. */
export function createGraphQLClient(url: string, connections = 64) {
  const dispatcher = new Agent({ connections, keepAliveTimeout: 30_000 });
  return {
    async post<T = unknown>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
      const response = await request(url, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.body.json()) as { data?: T; errors?: Array<{ message: string }> };
      if (response.statusCode !== 200 || body.errors?.length) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.statusCode}`);
      return body.data as T;
    },
    close: () => dispatcher.close(),
  };
}
