import type { DealResolvers } from '../__generated__/resolvers-types';

/** CRM's deal as Audit knows it: its key only. */
export interface DealRef {
  id: string;
}

/** Audit's extension of CRM's deal: only the key and the field Audit owns. */
export const dealResolvers: Pick<DealResolvers, '__resolveReference' | 'auditTrail'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  auditTrail: (deal, args, { identity, services }) => services.dealTrail.trail(identity, deal.id, args),
};
