import type { EveryField } from '@crm/platform';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const queryResolvers: EveryField<QueryResolvers> = {
  me: (_parent, _args, { identity, services }) => services.users.me(identity),
  users: (_parent, args, { identity, services }) => services.users.listUsers(identity, args),
  apiKeys: (_parent, args, { identity, services }) => services.apiKeys.listApiKeys(identity, args),
};
