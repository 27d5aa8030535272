import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@crm/platform/testing';
import { and, eq, sql } from 'drizzle-orm';
import { pgSchema } from 'drizzle-orm/pg-core';
import { accessSettingsTable } from './access-settings-read-model';
import { createDealAccessReadModel, dealAccessTable } from './deal-access-read-model';
import { canGrantDealAccess, canReadDeal, canWriteDeal } from './deal-access-rule';
import { dealAccessCondition } from './deal-access-sql';
import { caseIdentity, DEAL_ACCESS_CASES } from './testing/deal-access-cases';

const schema = pgSchema('deal_access_parity');
const deals = dealAccessTable(schema, { eventTimeColumn: 'event_time' });
const settings = accessSettingsTable(schema);
const readModel = createDealAccessReadModel(deals, settings);

describe('one deal-access rule: the in-memory path and the SQL path against the same table (ADR 0015)', () => {
  let database: TestDatabase;
  const rows = DEAL_ACCESS_CASES.map((c) => {
    const userId = randomUUID();
    const orgId = randomUUID();
    const dealOrg = c.foreign ? randomUUID() : orgId;
    const deal = {
      dealId: randomUUID(),
      organizationId: dealOrg,
      ownerId: c.relation === 'OWNER' ? userId : randomUUID(),
      participantIds: c.relation === 'PARTICIPANT' ? [userId] : [randomUUID()],
      archived: false,
      eventTime: new Date(),
    };
    return { c, identity: caseIdentity(c, userId, orgId), deal };
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.handle.db;
    await db.execute(sql`CREATE SCHEMA deal_access_parity`);
    await db.execute(sql`CREATE TABLE deal_access_parity.deal_access (deal_id uuid PRIMARY KEY, organization_id uuid NOT NULL, owner_id uuid NOT NULL, participant_ids uuid[] NOT NULL, archived boolean NOT NULL, event_time timestamptz NOT NULL)`);
    await db.execute(sql`CREATE TABLE deal_access_parity.crm_settings (organization_id uuid PRIMARY KEY, sellers_see_all_deals boolean NOT NULL, time_zone text NOT NULL DEFAULT 'Europe/Moscow', version integer NOT NULL)`);
    for (const { c, deal } of rows) {
      await readModel.apply(db, deal);
      await db.insert(settings).values({ organizationId: deal.organizationId, sellersSeeAllDeals: c.sellersSeeAllDeals, version: 1 });
    }
  });
  afterAll(() => database?.drop());

  it.each(DEAL_ACCESS_CASES.map((c, i) => [`${c.who} ${c.relation}${c.foreign ? ' (other organisation)' : ''} sellersSeeAll=${c.sellersSeeAllDeals}`, i] as const))(
    '%s',
    async (_name, i) => {
      const { c, identity, deal } = rows[i]!;
      const inMemory = { read: canReadDeal(identity, deal, c), write: canWriteDeal(identity, deal) };
      const inSql = { read: false, write: false };
      for (const intent of ['read', 'write'] as const) {
        const found = await database.handle.db.select({ id: deals.dealId }).from(deals).where(and(eq(deals.dealId, deal.dealId), dealAccessCondition(intent, identity, readModel.columns)));
        inSql[intent] = found.length === 1;
      }
      expect({ inMemory, inSql }).toEqual({ inMemory: { read: c.read, write: c.write }, inSql: { read: c.read, write: c.write } });
    },
  );

  it('gives access sideways only to who may write the deal and holds a granting role (ADR 0016)', () => {
    const grantsFor = rows.map(({ c, identity, deal }) => ({ c, grants: canGrantDealAccess(identity, deal) }));
    for (const { c, grants } of grantsFor) expect({ who: c.who, relation: c.relation, grants }).toEqual({ who: c.who, relation: c.relation, grants: c.write && c.who !== 'executor' });
  });

  it('an event naming another organisation for a known deal changes nothing; an older event neither', async () => {
    const { deal } = rows[0]!;
    await readModel.apply(database.handle.db, { ...deal, organizationId: randomUUID(), ownerId: randomUUID(), eventTime: new Date(Date.now() + 60_000) });
    await readModel.apply(database.handle.db, { ...deal, ownerId: randomUUID(), eventTime: new Date(0) });
    expect(await readModel.find(database.handle.db, deal.organizationId, deal.dealId)).toEqual(deal);
  });
});
