import { appError, checkedId, ErrorCode, requireCaller } from '@crm/platform';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { documentsText } from '../documents.texts';

export const queryResolvers: QueryResolvers = {
  folder: (_parent, { id }, { identity, services }) => services.folders.byId(services.db, requireCaller(identity), id),
  document: (_parent, { id }, { identity, services }) => services.files.byId(services.db, requireCaller(identity), id),
  searchDocuments: (_parent, { query }, { identity, services }) => services.files.search(requireCaller(identity), query),
  calculationFiles: async (_parent, { calculationId }, { identity, services }) => {
    const caller = requireCaller(identity);
    const calculation = await services.folders.findOwner(services.db, caller.orgId, checkedId(calculationId, 'calculationId'));
    const visible = calculation?.ownerType === 'CALCULATION' && (await services.access.canRead(services.db, caller, calculation));
    if (!visible) throw appError(ErrorCode.NotFound, { text: documentsText('noSuchCalculation'), field: 'calculationId' });
    return services.files.ofOwner(services.db, 'ownerId', calculationId);
  },
};
