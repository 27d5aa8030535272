import { randomUUID } from 'node:crypto';
import type { Identity } from '@crm/platform';
import { createAuditHarness, type AuditHarness } from '../testing/audit-harness';

const org = randomUUID();
const admin: Identity = { kind: 'user', userId: randomUUID(), orgId: org, roles: ['ADMIN'] };
const adminId = admin.kind === 'user' ? admin.userId : '';
const source = randomUUID();
const target = randomUUID();
const dealId = randomUUID();
const deal = { dealId, organizationId: org, clientId: target, ownerId: adminId, participantIds: [], title: 'КАСКО', stage: 'NEW' as const, archived: false, reviewDate: null };

const LOG = `query Log($filter: AuditLogFilter) { auditLog(filter: $filter, first: 10) { edges { node { action changes { field fromText toText } } } } }`;
type Log = { auditLog: { edges: { node: { action: string; changes: { field: string; fromText: string; toText: string }[] } }[] } };

/** A merge's change lines name the clients, by the names the trail recorded: a deleted client is named too (ADR 0077). */
describe('clients named in change lines', () => {
  let h: AuditHarness;
  beforeAll(async () => {
    h = await createAuditHarness();
    const client = (clientId: string, displayName: string) => h.deliver('crm.client.created', { clientId, organizationId: org, ownerId: adminId, kind: 'PERSON', displayName }, { actorId: adminId });
    await client(source, 'Петров П.');
    await client(target, 'Петров Пётр');
    await h.deliver('crm.client.updated', { clientId: target, organizationId: org, ownerId: adminId, displayName: 'Петров Пётр Петрович', changedFields: ['displayName'] }, { actorId: adminId });
    await h.deliver('crm.client.merged', { organizationId: org, sourceClientId: source, targetClientId: target, movedDealIds: [dealId] }, { actorId: adminId });
    await h.deliver('crm.deal.updated', { ...deal, changedFields: ['clientId'], changes: { clientId: { from: source, to: target } } }, { actorId: adminId });
  });
  afterAll(() => h?.close());

  const lines = async (action: string) => {
    const result = await h.run<Log>(LOG, { identity: admin, variables: { filter: { action } } });
    expect(result.errors).toBeUndefined();
    return result.data!.auditLog.edges[0]!.node.changes.map((c) => `${c.field}: ${c.fromText} → ${c.toText}`);
  };

  it('names both clients of a merge by their current names, on the deal and on the merge', async () => {
    expect(await lines('crm.deal.updated')).toEqual(['clientId: Петров П. → Петров Пётр Петрович']);
    expect(await lines('crm.client.merged')).toEqual(['clientId: Петров П. → Петров Пётр Петрович']);
  });

  it('still names a client deleted since, by the name its deletion recorded', async () => {
    await h.deliver('crm.client.deleted', { clientId: target, organizationId: org, displayName: 'Петров Пётр Петрович' }, { actorId: adminId });
    expect(await lines('crm.deal.updated')).toEqual(['clientId: Петров П. → Петров Пётр Петрович']);
  });

  it('leaves an id no event named as the id', async () => {
    const unknown = randomUUID();
    await h.deliver('crm.deal.updated', { ...deal, changedFields: ['clientId'], changes: { clientId: { from: unknown, to: target } } }, { actorId: adminId });
    expect((await lines('crm.deal.updated'))[0]).toBe(`clientId: ${unknown} → Петров Пётр Петрович`);
  });
});
