import { DateTimeScalar } from '@crm/contracts';
import type { Resolvers } from '../__generated__/resolvers-types';
import { documentResolvers, documentVersionResolvers } from './document.resolvers';
import { calculationResolvers, clientResolvers, dealResolvers, policyResolvers } from './entity.resolvers';
import { folderResolvers } from './folder.resolvers';
import { deleteDocument, renewDocument, restoreDocument } from './mutations/lifecycle.mutations';
import { requestDownload, requestUpload } from './mutations/transfer.mutations';
import { queryResolvers } from './query.resolvers';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: queryResolvers,
  Mutation: { requestUpload, requestDownload, deleteDocument, restoreDocument, renewDocument },
  Folder: folderResolvers,
  Document: documentResolvers,
  DocumentVersion: documentVersionResolvers,
  Deal: dealResolvers,
  Client: clientResolvers,
  Policy: policyResolvers,
  Calculation: calculationResolvers,
};
