import { appError, ErrorCode, requireCaller } from '@crm/platform';
import type { CalculationResolvers, ClientResolvers, DealResolvers, PolicyResolvers } from '../__generated__/resolvers-types';
import type { DocumentsContext } from '../context';
import { documentsText } from '../documents.texts';

/** Deal, Client and Policy belong to CRM; Documents adds their files. Without access: NOT_FOUND, never an empty list that says "exists". */
export const dealResolvers: Pick<DealResolvers, '__resolveReference' | 'documents' | 'documentsFolder'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  documents: async (deal, _args, { identity, services }) => {
    await services.folders.ofOwner(services.db, requireCaller(identity), deal.id);
    return services.files.ofOwner(services.db, 'dealId', deal.id);
  },
  documentsFolder: (deal, _args, { identity, services }) => services.folders.ofOwner(services.db, requireCaller(identity), deal.id),
};

export const clientResolvers: Pick<ClientResolvers, '__resolveReference' | 'documents' | 'documentsFolder'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  documents: async (client, _args, { identity, services }) => {
    await services.folders.ofOwner(services.db, requireCaller(identity), client.id);
    return services.files.ofOwner(services.db, 'clientId', client.id, true);
  },
  documentsFolder: (client, _args, { identity, services }) => services.folders.ofOwner(services.db, requireCaller(identity), client.id),
};

export const policyResolvers: Pick<PolicyResolvers, '__resolveReference' | 'documents'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  documents: async (policy, _args, { identity, services }) => {
    await services.folders.ofOwner(services.db, requireCaller(identity), policy.id);
    return services.files.ofOwner(services.db, 'ownerId', policy.id);
  },
};

/** A calculation's files, NOT_FOUND unless the caller may see the calculation's deal. */
export async function calculationFiles(calculationId: string, { identity, services }: DocumentsContext) {
  const caller = requireCaller(identity);
  const calculation = await services.folders.findOwner(services.db, caller.orgId, calculationId);
  const visible = calculation?.ownerType === 'CALCULATION' && (await services.access.canRead(services.db, caller, calculation));
  if (!visible) throw appError(ErrorCode.NotFound, { text: documentsText('noSuchCalculation'), field: 'calculationId' });
  return services.files.ofOwner(services.db, 'ownerId', calculationId);
}

export const calculationResolvers: Pick<CalculationResolvers, '__resolveReference' | 'files'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  files: (calculation, _args, context) => calculationFiles(calculation.id, context),
};
