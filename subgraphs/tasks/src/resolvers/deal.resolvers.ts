import type { DealResolvers } from '../__generated__/resolvers-types';

/** Tasks' extension of CRM's deal: only the key and the field Tasks owns. */
export const dealResolvers: Pick<DealResolvers, '__resolveReference' | 'tasks'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  // Batched: every deal of a list asks in one statement. Visibility is Tasks' own rule (ADR 0008).
  tasks: (deal, args, { loaders }) => loaders.dealTasks.load({ parentId: deal.id, args }),
};
