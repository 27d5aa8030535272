import type { EveryField } from '@crm/platform';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const queryResolvers: EveryField<QueryResolvers> = {
  client: (_parent, { id }, { loaders }) => loaders.client.load(id),
  clients: (_parent, args, { identity, services }) => services.clients.searchClients(identity, args),
  deal: (_parent, { id }, { loaders }) => loaders.deal.load(id),
  deals: (_parent, args, { identity, services }) => services.dealQueries.listDeals(identity, args),
  dealStageCounts: (_parent, { filter }, { identity, services }) => services.dealQueries.stageCounts(identity, filter),
  policy: (_parent, { id }, { loaders }) => loaders.policy.load(id),
  policiesByNumber: (_parent, { number }, { identity, services }) => services.policies.visiblePoliciesByNumber(identity, number),
  calculation: async (_parent, { id }, { loaders }) => {
    const calc = await loaders.calculation.load(id);
    return calc && (await loaders.deal.load(calc.dealId)) ? calc : null;
  },
  insurers: (_parent, { includeInactive }, { identity, services }) => services.reference.insurersOf(identity, includeInactive ?? false),
  clientDuplicates: (_parent, { input }, { identity, services }) => services.clientRegistry.checkDuplicates(identity, input),
  crmSettings: (_parent, _args, { identity, services }) => services.settings.get(identity),
};
