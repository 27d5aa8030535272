import { requireCaller } from '@crm/platform';
import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const requestUpload: MutationResolvers['requestUpload'] = (_parent, { input }, { identity, services }) =>
  services.transfers.requestUpload(requireCaller(identity), input);

export const requestDownload: MutationResolvers['requestDownload'] = (_parent, { input }, { identity, services }) =>
  services.transfers.requestDownload(requireCaller(identity), input);
