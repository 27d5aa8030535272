import { requireCaller } from '@crm/platform';
import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const deleteDocument: MutationResolvers['deleteDocument'] = async (_parent, { input }, { identity, services }) => ({
  document: await services.files.remove(requireCaller(identity), input.documentId),
});

export const restoreDocument: MutationResolvers['restoreDocument'] = async (_parent, { input }, { identity, services }) => ({
  document: await services.files.restore(requireCaller(identity), input.documentId),
});

export const renewDocument: MutationResolvers['renewDocument'] = async (_parent, { input }, { identity, services }) => ({
  document: await services.files.renew(requireCaller(identity), input.documentId),
});
