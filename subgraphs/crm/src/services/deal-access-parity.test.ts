import { randomUUID } from 'node:crypto';
import { canReadDeal, canWriteDeal } from '@crm/deal-access';
import { caseIdentity, DEAL_ACCESS_CASES } from '@crm/deal-access/testing';
import { and, eq } from 'drizzle-orm';
import { dealParticipants, deals, orgSettings } from '../db/schema';
import { createCrmHarness, type CrmHarness } from '../testing/crm-harness';
import { CREATE_CLIENT, newPerson } from '../testing/operations';
import { dealsAllowed } from './access';

/**
 * CRM's own tables under the one rule (ADR 0015): the table `@crm/deal-access` checks its read models
 * against, run through CRM's SQL (`dealsAllowed`) and the in-memory functions.
 */
describe('CRM deal access agrees with the one rule for every role, relation and setting', () => {
  let h: CrmHarness;
  const now = new Date();
  const rows = DEAL_ACCESS_CASES.map((c) => {
    const userId = randomUUID();
    const orgId = randomUUID();
    const dealOrg = c.foreign ? randomUUID() : orgId;
    const participantIds = c.relation === 'PARTICIPANT' ? [userId] : [randomUUID()];
    const deal = { id: randomUUID(), organizationId: dealOrg, ownerId: c.relation === 'OWNER' ? userId : randomUUID(), participantIds };
    return { c, identity: caseIdentity(c, userId, orgId), deal };
  });

  beforeAll(async () => {
    h = await createCrmHarness();
    for (const { c, deal } of rows) {
      await h.db.insert(orgSettings).values({ organizationId: deal.organizationId, sellersSeeAllDeals: c.sellersSeeAllDeals });
      const admin = { kind: 'user' as const, userId: randomUUID(), orgId: deal.organizationId, roles: ['ADMIN' as const] };
      const client = await h.ok<{ createClient: { client: { id: string } } }>(CREATE_CLIENT, admin, { input: { client: newPerson({ phones: [], emails: [] }) } });
      const clientId = client.createClient.client.id;
      await h.db.insert(deals).values({ id: deal.id, organizationId: deal.organizationId, clientId, ownerId: deal.ownerId, title: 'Сделка', createdAt: now, updatedAt: now });
      await h.db.insert(dealParticipants).values(deal.participantIds.map((userId) => ({ dealId: deal.id, userId, organizationId: deal.organizationId })));
    }
  });
  afterAll(() => h?.close());

  it('for each case of the table', async () => {
    for (const { c, identity, deal } of rows) {
      const facts = { organizationId: deal.organizationId, ownerId: deal.ownerId, participantIds: deal.participantIds };
      const inSql = { read: false, write: false };
      for (const intent of ['read', 'write'] as const) {
        inSql[intent] = (await h.db.select({ id: deals.id }).from(deals).where(and(eq(deals.id, deal.id), dealsAllowed(intent, identity)))).length === 1;
      }
      const inMemory = { read: canReadDeal(identity, facts, c), write: canWriteDeal(identity, facts) };
      const name = `${c.who} ${c.relation}${c.foreign ? ' (other organisation)' : ''} sellersSeeAll=${c.sellersSeeAllDeals}`;
      expect({ name, inSql, inMemory }).toEqual({ name, inSql: { read: c.read, write: c.write }, inMemory: { read: c.read, write: c.write } });
    }
  });
});
