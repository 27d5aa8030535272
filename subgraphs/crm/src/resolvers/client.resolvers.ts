import type { ClientResolvers } from '../__generated__/resolvers-types';
import { phoneForDisplay, phoneForLinks } from '../services/phones';
import { userRef } from './user-ref';

export const clientResolvers: ClientResolvers = {
  // Clients are shared within the organisation; the org-scoped loader refuses every other one.
  __resolveReference: (reference, { loaders }) => loaders.client.load(reference.id),
  phones: (client) => client.phones.map(phoneForDisplay),
  phonesE164: (client) => client.phones.map(phoneForLinks),
  owner: (client) => userRef(client.ownerId),
  mergedInto: (client, _args, { loaders }) => (client.mergedIntoId ? loaders.client.load(client.mergedIntoId) : null),
  deals: (client, args, { identity, services }) => services.dealQueries.listDeals(identity, { ...args, filter: { clientId: client.id } }),
};
