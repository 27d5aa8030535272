import { appError, ErrorCode } from '@crm/platform';
import type { DealConnectionResolvers, DealResolvers } from '../__generated__/resolvers-types';
import { money } from './money';
import { userRef } from './user-ref';
import { crmText } from '../crm.texts';

export const dealResolvers: DealResolvers = {
  // Through the access-checked loader: a deal the caller may not see resolves to null, even via _entities.
  __resolveReference: (reference, { loaders }) => loaders.deal.load(reference.id),
  client: async (deal, _args, { loaders }) => {
    const client = await loaders.client.load(deal.clientId);
    if (!client) throw appError(ErrorCode.NotFound, { text: crmText('noSuchClient') });
    return client;
  },
  owner: (deal) => userRef(deal.ownerId),
  participants: async (deal, _args, { loaders }) => (await loaders.participantIds.load(deal.id)).map(userRef),
  expectedPremium: (deal) => money(deal.expectedPremiumAmount, deal.expectedPremiumCurrency),
  renewalOf: (deal, _args, { loaders }) => (deal.renewalOfPolicyId ? loaders.policy.load(deal.renewalOfPolicyId) : null),
  journal: (deal, args, { services }) => services.journal.entriesOfDeal(deal.id, args),
  calculations: (deal, _args, { loaders }) => loaders.calculationsOfDeal.load(deal.id),
  calculationsCount: (deal, _args, { loaders }) => loaders.calculationCount.load(deal.id),
  policies: (deal, _args, { loaders }) => loaders.policiesOfDeal.load(deal.id),
};

export const dealConnectionResolvers: DealConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
