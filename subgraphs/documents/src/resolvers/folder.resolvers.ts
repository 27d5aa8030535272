import { requireCaller } from '@crm/platform';
import type { FolderResolvers } from '../__generated__/resolvers-types';
import type { FolderSection } from '../services/folder-sections';
import { entityRef } from './entity-refs';

export const folderResolvers: FolderResolvers = {
  kind: (folder) => (folder.ownerType === 'CALCULATION' ? 'DEAL' : folder.ownerType),
  section: (folder) => (folder.section === '' ? null : (folder.section as FolderSection)),
  parent: async (folder, _args, { identity, services }) => {
    const parent = await services.folders.parentOf(services.db, folder);
    return parent && (await services.access.canRead(services.db, requireCaller(identity), parent)) ? parent : null;
  },
  folders: async (folder, _args, { identity, services }) => {
    const caller = requireCaller(identity);
    const children = await services.folders.children(services.db, folder);
    const visible = await Promise.all(children.map((child) => services.access.canRead(services.db, caller, child)));
    return children.filter((_child, index) => visible[index]);
  },
  renewalOf: (folder, _args, { identity, services }) => services.folders.renewedFolder(services.db, requireCaller(identity), folder),
  documents: (folder, _args, { services }) => services.files.inFolder(services.db, folder.id),
  deal: (folder) => entityRef('Deal', folder.dealId),
  client: (folder) => entityRef('Client', folder.clientId),
};
