import { randomUUID } from 'node:crypto';
import type { Identity } from '@crm/platform';
import { firstError } from '@crm/platform/testing';
import { createAuditHarness, type AuditHarness } from '../testing/audit-harness';

const orgA = randomUUID();
const orgB = randomUUID();
const adminA: Identity = { kind: 'user', userId: randomUUID(), orgId: orgA, roles: ['ADMIN'] };
const sellerA: Identity = { kind: 'user', userId: randomUUID(), orgId: orgA, roles: ['SELLER'] };
const otherSellerA: Identity = { kind: 'user', userId: randomUUID(), orgId: orgA, roles: ['SELLER'] };
const adminB: Identity = { kind: 'user', userId: randomUUID(), orgId: orgB, roles: ['ADMIN'] };
const dealId = randomUUID();

const dealState = {
  dealId,
  organizationId: orgA,
  clientId: randomUUID(),
  ownerId: sellerA.kind === 'user' ? sellerA.userId : '',
  participantIds: [],
  title: 'КАСКО',
  stage: 'NEW' as const,
  archived: false,
  reviewDate: null,
};

const LOG = `query Log($filter: AuditLogFilter, $after: String, $first: Int) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { node { sequence actorId actorKind channel action outcome entityType entityId changes { field label from to en: label(language: EN) } ru: summary en: summary(language: EN) details } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const TRAIL = `query Trail($id: ID!) { _entities(representations: [{ __typename: "Deal", id: $id }]) { ... on Deal { auditTrail { edges { node { action actorId } } } } } }`;

type LogNode = { sequence: number; actorId: string | null; actorKind: string; channel: string; action: string; outcome: string; entityType: string | null; entityId: string | null; changes: { field: string; from: string | null; to: string | null }[]; ru: string; en: string; details: string | null };
type LogResult = { auditLog: { edges: { node: LogNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('the audit trail', () => {
  let h: AuditHarness;
  const userOf = (identity: Identity) => (identity.kind === 'user' ? identity.userId : '');

  beforeAll(async () => {
    h = await createAuditHarness();
    await h.deliver('crm.deal.created', dealState, { actorId: userOf(sellerA), id: 'event-created' });
    await h.deliver('crm.deal.updated', { ...dealState, title: 'КАСКО 2027', changedFields: ['title'], changes: { title: { from: 'КАСКО', to: 'КАСКО 2027' } } }, { actorId: userOf(sellerA) });
    await h.deliver('crm.deal.review_due', { ...dealState, reviewDate: '2027-01-10' });
    await h.deliver(
      'audit.mutation_recorded',
      {
        organizationId: orgA,
        subgraph: 'crm',
        actorKind: 'user',
        actorId: userOf(otherSellerA),
        channel: 'web',
        requestId: 'req-1',
        traceId: null,
        operationName: 'UpdateDeal',
        fields: ['updateDeal'],
        variables: { input: { id: dealId, title: 'x' } },
        outcome: 'FORBIDDEN',
      },
      { actorId: userOf(otherSellerA) },
    );
    await h.deliver('crm.client.created', { clientId: randomUUID(), organizationId: orgB, ownerId: userOf(adminB), kind: 'PERSON', displayName: 'B' }, { actorId: userOf(adminB) });
  });

  afterAll(() => h.close());

  it('records each event once, even when delivered twice', async () => {
    await h.deliver('crm.deal.created', dealState, { actorId: userOf(sellerA), id: 'event-created' });
    const rows = await h.written();
    expect(rows.filter((row) => row.sourceId === 'event-created')).toHaveLength(1);
    expect(rows.filter((row) => row.organizationId === orgA).map((row) => row.sequence)).toEqual([1, 2, 3, 4]);
    expect(rows.filter((row) => row.organizationId === orgB).map((row) => row.sequence)).toEqual([1]);
  });

  it('shows an admin who did what, through which channel, with before and after, in Russian and English', async () => {
    const result = await h.run<LogResult>(LOG, { identity: adminA });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.auditLog.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.action)).toEqual(['mutation.updateDeal', 'crm.deal.review_due', 'crm.deal.updated', 'crm.deal.created']);
    const updated = nodes.find((node) => node.action === 'crm.deal.updated')!;
    expect(updated).toMatchObject({ actorId: userOf(sellerA), actorKind: 'USER', channel: 'WEB', entityType: 'deal', entityId: dealId, outcome: 'ok' });
    expect(updated.changes).toEqual([{ field: 'title', label: 'название', en: 'title', from: '"КАСКО"', to: '"КАСКО 2027"' }]);
    expect(updated.ru).toBe('Изменена сделка: название');
    expect(updated.en).toBe('Deal updated: title');
    expect(nodes.find((node) => node.action === 'crm.deal.review_due')).toMatchObject({ actorId: null, actorKind: 'SYSTEM', channel: 'SYSTEM' });
    const refused = nodes[0]!;
    expect(refused).toMatchObject({ outcome: 'FORBIDDEN', actorId: userOf(otherSellerA), entityId: dealId, en: 'Refused: deal update (not allowed)' });
  });

  it('filters and pages', async () => {
    const byActor = await h.run<LogResult>(LOG, { identity: adminA, variables: { filter: { actorId: userOf(sellerA) } } });
    expect(byActor.data!.auditLog.edges.map((edge) => edge.node.action)).toEqual(['crm.deal.updated', 'crm.deal.created']);
    const first = await h.run<LogResult>(LOG, { identity: adminA, variables: { first: 3 } });
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const rest = await h.run<LogResult>(LOG, { identity: adminA, variables: { first: 3, after: first.data!.auditLog.pageInfo.endCursor } });
    expect(rest.data!.auditLog.edges.map((edge) => edge.node.action)).toEqual(['crm.deal.created']);
  });

  it('answers odd filters with data or a refusal, never a server error', async () => {
    const odd = [null, {}, { entityType: null, entityId: null, actorId: null, channel: null, action: null, from: null, to: null }, { entityId: '' }, { entityId: 'not-a-uuid' },
      { action: '%' }, { from: '1970-01-01T00:00:00Z' }, { to: '1970-01-01T00:00:00Z' }, { from: '2100-01-01T00:00:00Z', to: '1970-01-01T00:00:00Z' }, { channel: 'BOT' }];
    for (const filter of odd) {
      for (const first of [undefined, 0, 1, 500]) {
        const result = await h.run<LogResult>(LOG, { identity: adminA, variables: { filter, first } });
        const codes = (result.errors ?? []).map((error) => error.extensions?.['code']);
        expect({ filter, first, codes: codes.filter((code) => code !== 'BAD_USER_INPUT') }).toEqual({ filter, first, codes: [] });
        if (codes.length > 0) expect(result.data?.auditLog ?? null).toBeNull();
      }
    }
  });

  it('never stores secrets', async () => {
    await h.deliver('auth.api_key.created', { organizationId: orgA, apiKeyId: randomUUID(), secret: 'sk_live_123', nested: { password: 'hunter2' } }, { actorId: userOf(adminA) });
    const rows = await h.written();
    const text = JSON.stringify(rows);
    expect(text).not.toContain('sk_live_123');
    expect(text).not.toContain('hunter2');
    expect(text).toContain('[REDACTED]');
  });

  it('is for admins of the organisation only', async () => {
    expect(firstError(await h.run(LOG, { identity: sellerA }))?.code).toBe('FORBIDDEN');
    const other = await h.run<LogResult>(LOG, { identity: adminB, variables: { filter: { entityId: dealId } } });
    expect(other.data!.auditLog.edges).toEqual([]);
  });

  it('gives the deal’s trail to who may see the deal; to everyone else the deal does not exist', async () => {
    const own = await h.run<{ _entities: { auditTrail: { edges: { node: { action: string } }[] } }[] }>(TRAIL, { identity: sellerA, variables: { id: dealId } });
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0]!.auditTrail.edges.map((edge) => edge.node.action)).toEqual(['mutation.updateDeal', 'crm.deal.review_due', 'crm.deal.updated', 'crm.deal.created']);
    expect(firstError(await h.run(TRAIL, { identity: otherSellerA, variables: { id: dealId } }))?.code).toBe('NOT_FOUND');
    expect(firstError(await h.run(TRAIL, { identity: adminB, variables: { id: dealId } }))?.code).toBe('NOT_FOUND');
  });
});
