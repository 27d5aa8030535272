import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, type SubgraphModule } from '@crm/platform';
import { createAuthSubgraph } from './index';
import { createSigningKeys, generateSigningJwk } from './services/signing-keys';

type RouteHandler = (req: unknown, res: { set(name: string, value: string): { json(body: unknown): void } }) => void;

describe('createAuthSubgraph', () => {
  it('describes the module the server and launcher mount: public fields, migrations and the JWKS route', async () => {
    const signingKeys = await createSigningKeys([await generateSigningJwk()]);
    // Building the module does no I/O, so it never touches the database.
    const db = {} as Parameters<typeof createAuthSubgraph>[0]['db'];
    const auth = createAuthSubgraph({ db, logger: createLogger({ name: 'test', level: 'silent' }), signingKeys });

    expect(auth.name).toBe('auth');
    expect(auth.publicFields).toEqual(
      expect.arrayContaining(['Mutation.login', 'Mutation.signUp', 'Mutation.refresh', 'Mutation.acceptInvite', 'Mutation.linkTelegramAccount', 'Mutation.logout']),
    );
    expect(auth.publicFields).not.toContain('Mutation.inviteUser');
    expect(auth.migrations.schema).toBe('auth');
    expect(existsSync(join(auth.migrations.folder, 'meta', '_journal.json'))).toBe(true);

    const routes = new Map<string, RouteHandler>();
    auth.routes?.({ get: (path: string, handler: RouteHandler) => routes.set(path, handler) } as unknown as Parameters<NonNullable<SubgraphModule['routes']>>[0]);
    let served: unknown;
    routes.get('/.well-known/jwks.json')?.({}, { set: () => ({ json: (body) => (served = body) }) });
    expect(served).toEqual(signingKeys.jwks());
  });
});
