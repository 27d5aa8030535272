import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { createLogger, createTokenVerifier, runMigrations, type Identity } from '@crm/platform';
import { createTestDatabase, type TestDatabase } from '@crm/platform/testing';
import { execute, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { createLocalJWKSet } from 'jose';
import type { Clock } from '../clock';
import type { AuthConfig } from '../config';
import { createAuthSubgraph, type AuthSubgraph } from '../index';
import { createSigningKeys, generateSigningJwk } from '../services/signing-keys';

export const TEST_PASSWORD = 'correct horse battery';
/** The bot's service key every harness is configured with. */
export const TEST_BOT_KEY = 'test-bot-service-key-0123456789abcdef';

export interface SignedUp {
  accessToken: string;
  refreshToken: string;
  identity: Identity;
  userId: string;
  orgId: string;
}

/** A migrated database (PGlite or PostgreSQL by test mode), the Auth module, and a way to call it as anyone. */
export interface AuthHarness {
  database: TestDatabase;
  auth: AuthSubgraph;
  schema: GraphQLSchema;
  run<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; identity?: Identity | null; clientAddress?: string; botCredential?: string },
  ): Promise<ExecutionResult<T>>;
  verify(accessToken: string): Promise<Identity>;
  signUp(organizationName: string, email: string): Promise<SignedUp>;
  close(): Promise<void>;
}

export async function createAuthHarness(options: { config?: Partial<AuthConfig>; clock?: Clock } = {}): Promise<AuthHarness> {
  const database = await createTestDatabase();
  const signingKeys = await createSigningKeys([await generateSigningJwk()]);
  const auth = createAuthSubgraph({
    db: database.handle.db,
    logger: createLogger({ name: 'auth-test', level: 'silent' }),
    signingKeys,
    botServiceKey: TEST_BOT_KEY,
    // Many organisations sign up from the harness's one address; the sign-up limit has its own test.
    config: { signUpMaxPerAddress: 1000, ...options.config },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await runMigrations(database.handle, [auth.migrations]);
  const schema = buildSubgraphSchema({ typeDefs: auth.typeDefs, resolvers: auth.resolvers as GraphQLResolverMap<unknown> });
  const verify = createTokenVerifier(createLocalJWKSet(signingKeys.jwks()));

  const run: AuthHarness['run'] = async (query, { variables, identity = null, clientAddress = '203.0.113.1', botCredential } = {}) => {
    const contextValue = await auth.createContext({ identity, requestId: 'test', logger: createLogger({ name: 'auth-test', level: 'silent' }), clientAddress, botCredential });
    return execute({ schema, document: parse(query), variableValues: variables, contextValue }) as never;
  };

  return {
    database,
    auth,
    schema,
    run,
    verify,
    async signUp(organizationName, email) {
      const result = await run<{ signUp: { accessToken: string; refreshToken: string; user: { id: string } } }>(
        `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`,
        { variables: { input: { organizationName, email, password: TEST_PASSWORD, displayName: email.split('@')[0] } } },
      );
      if (result.errors || !result.data) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
      const identity = await verify(result.data.signUp.accessToken);
      return { ...result.data.signUp, identity, userId: identity.kind === 'user' ? identity.userId : '', orgId: identity.orgId };
    },
    close: () => database.drop(),
  };
}

/** The `extensions.code` (and `field`) of the first error, for compact assertions. */
export function firstError(result: ExecutionResult): { code: unknown; field: unknown; message: string } | undefined {
  const error = result.errors?.[0];
  return error ? { code: error.extensions?.code, field: error.extensions?.field, message: error.message } : undefined;
}
