import { checkedId, requireCaller } from '@crm/platform';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { calculationFiles } from './entity.resolvers';

export const queryResolvers: QueryResolvers = {
  folder: (_parent, { id }, { identity, services }) => services.folders.byId(services.db, requireCaller(identity), id),
  document: (_parent, { id }, { identity, services }) => services.files.byId(services.db, requireCaller(identity), id),
  searchDocuments: (_parent, { query }, { identity, services }) => services.files.search(requireCaller(identity), query),
  calculationFiles: (_parent, { calculationId }, context) => calculationFiles(checkedId(calculationId, 'calculationId'), context),
};
