import type { Identity } from '@crm/platform';
import { parse } from 'graphql';
import { liveOperation } from './live-operation';
import { liveAccessClass } from './live-sharing';

const sharable = (query: string, variables: Record<string, unknown> = {}) => liveOperation(parse(query), undefined, variables).sharable;
const user = (userId: string, roles: ('ADMIN' | 'SELLER' | 'EXECUTOR')[], orgId = 'org-1'): Identity => ({ kind: 'user', userId, orgId, roles, session: { id: `s-${userId}`, tokenVersion: 0 } });

describe('live sharing (ADR 0074)', () => {
  it('shares a card of deal columns and money summaries, through fragments and aliases', () => {
    expect(sharable('subscription { dealChanged(id: "d") { kind eventId deal { id title stage version expectedPremium { amount currency } moneySummary { premiumPlanned { amount } premiumPaid { amount } } } } }')).toBe(true);
    expect(sharable('subscription($id: ID!) { dealChanged(id: $id) { deal { ...Card } } } fragment Card on Deal { __typename id v: version calculationsCount ... on Deal { archived } }', { id: 'd' })).toBe(true);
    expect(sharable('subscription { myDealsChanged { deal { id title } } }')).toBe(true);
  });

  it.each([
    ['tasks (visible by assignee)', 'deal { id tasks { edges { node { id } } } }'],
    ['the journal', 'deal { id journal { edges { node { id } } } }'],
    ['the audit trail', 'deal { auditTrail { edges { node { id } } } }'],
    ['documents', 'deal { documents { id } }'],
    ['people (Auth answers them)', 'deal { owner { id } }'],
    ['the client', 'deal { client { id } }'],
    ['policies', 'deal { policies { id } }'],
    ['calculations', 'deal { calculations { id } }'],
    ['a field with arguments', 'deal { id title(format: "short") }'],
  ])('does not share a selection reading %s', (_what, selection) => {
    expect(sharable(`subscription { dealChanged(id: "d") { ${selection} } }`)).toBe(false);
  });

  it('never shares tasks or notifications', () => {
    expect(sharable('subscription { myTasksChanged { task { id } } }')).toBe(false);
    expect(sharable('subscription { notificationAdded { notification { id } } }')).toBe(false);
  });

  it('puts in one class only users of one organisation and language whose identical roles include one that sees every deal', () => {
    const admin = liveAccessClass(user('u-1', ['ADMIN']), 'ru');
    expect(admin).not.toBeNull();
    expect(liveAccessClass(user('u-2', ['ADMIN']), 'ru')).toBe(admin);
    expect(liveAccessClass(user('u-3', ['ADMIN', 'SELLER']), 'ru')).not.toBe(admin);
    expect(liveAccessClass(user('u-4', ['ADMIN']), 'en')).not.toBe(admin);
    expect(liveAccessClass(user('u-5', ['ADMIN'], 'org-2'), 'ru')).not.toBe(admin);
    // Sellers and executors see deals by their relation to them: their answers are their own.
    expect(liveAccessClass(user('u-6', ['SELLER']), 'ru')).toBeNull();
    expect(liveAccessClass(user('u-7', ['EXECUTOR', 'SELLER']), 'ru')).toBeNull();
    expect(liveAccessClass({ kind: 'service', serviceId: 'svc', orgId: 'org-1' } as Identity, 'ru')).toBeNull();
  });
});
