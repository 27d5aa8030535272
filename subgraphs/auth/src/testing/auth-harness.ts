import { createTokenVerifier, type Identity } from '@crm/platform';
import { createSubgraphHarness, type TestDatabase } from '@crm/platform/testing';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
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
    options?: { variables?: Record<string, unknown>; identity?: Identity | null; clientAddress?: string; userAgent?: string; botCredential?: string },
  ): Promise<ExecutionResult<T>>;
  verify(accessToken: string): Promise<Identity>;
  signUp(organizationName: string, email: string): Promise<SignedUp>;
  close(): Promise<void>;
}

export async function createAuthHarness(options: { config?: Partial<AuthConfig>; clock?: Clock } = {}): Promise<AuthHarness> {
  const signingKeys = await createSigningKeys([await generateSigningJwk()]);
  const { database, module: auth, schema, run } = await createSubgraphHarness(
    'auth',
    ({ db, logger }) =>
      createAuthSubgraph({
        db,
        logger,
        signingKeys,
        botServiceKey: TEST_BOT_KEY,
        // Many organisations sign up from the harness's one address; the sign-up limit has its own test.
        config: { signUpMaxPerAddress: 1000, ...options.config },
        ...(options.clock ? { clock: options.clock } : {}),
      }),
    { clientAddress: '203.0.113.1' },
  );
  const verify = createTokenVerifier(createLocalJWKSet(signingKeys.jwks()));

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

export { firstError } from '@crm/platform/testing';
