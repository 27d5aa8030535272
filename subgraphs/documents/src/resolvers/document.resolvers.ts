import { requireCaller } from '@crm/platform';
import type { DocumentResolvers, DocumentVersionResolvers } from '../__generated__/resolvers-types';
import { entityRef } from './entity-refs';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const documentResolvers: DocumentResolvers = {
  __resolveReference: (reference, { identity, services }) => services.files.byId(services.db, requireCaller(identity), reference.id).catch(() => null),
  folder: async (file, _args, { services }) => services.folders.byIdUnchecked(file.folderId),
  deal: (file) => entityRef('Deal', file.dealId),
  client: (file) => entityRef('Client', file.clientId),
  policy: (file) => (file.ownerType === 'POLICY' ? entityRef('Policy', file.ownerId) : null),
  versions: (file, _args, { services }) => services.files.versions(services.db, file.id),
  expiresAt: (file) => iso(file.expiresAt),
  bytesDeletedAt: (file) => iso(file.bytesDeletedAt),
  deletedAt: (file) => iso(file.deletedAt),
  purgeAfter: (file) => iso(file.purgeAfter),
  createdAt: (file) => file.createdAt.toISOString(),
  updatedAt: (file) => file.updatedAt.toISOString(),
};

export const documentVersionResolvers: DocumentVersionResolvers = {
  available: (version) => version.bytesDeletedAt === null,
  createdAt: (version) => version.createdAt.toISOString(),
};
