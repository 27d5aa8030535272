import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const unlinkTelegramAccount: MutationResolvers['unlinkTelegramAccount'] = async (_parent, _args, { identity, services }) => {
  await services.telegram.unlink(identity);
  return { user: await services.users.me(identity) };
};
