import type { Identity, Role } from './identity';
import { canSeeDeal } from './deal-visibility';

const org = '00000000-0000-4000-8000-000000000001';
const user = (userId: string, roles: Role[], orgId = org): Identity => ({ kind: 'user', userId, orgId, roles });
const deal = { organizationId: org, ownerId: 'owner', participantIds: ['helper'] };
const closed = { sellersSeeAllDeals: false };
const open = { sellersSeeAllDeals: true };

describe('canSeeDeal', () => {
  it('lets owners and participants see their deal, and nobody else by default', () => {
    expect(canSeeDeal(user('owner', ['SELLER']), deal, closed)).toBe(true);
    expect(canSeeDeal(user('helper', ['EXECUTOR']), deal, closed)).toBe(true);
    expect(canSeeDeal(user('other', ['SELLER']), deal, closed)).toBe(false);
    expect(canSeeDeal(user('other', ['EXECUTOR']), deal, open)).toBe(false);
  });

  it('lets admins, service principals and (when the organisation allows) sellers see every deal', () => {
    expect(canSeeDeal(user('boss', ['ADMIN']), deal, closed)).toBe(true);
    expect(canSeeDeal({ kind: 'service', serviceId: 'bot', orgId: org, scopes: [] }, deal, closed)).toBe(true);
    expect(canSeeDeal(user('other', ['SELLER']), deal, open)).toBe(true);
  });

  it('never crosses organisations, whatever the role', () => {
    const elsewhere = '00000000-0000-4000-8000-000000000002';
    expect(canSeeDeal(user('owner', ['ADMIN'], elsewhere), deal, open)).toBe(false);
    expect(canSeeDeal({ kind: 'service', serviceId: 'bot', orgId: elsewhere, scopes: [] }, deal, open)).toBe(false);
  });
});
