import type { CrmSettingsResolvers } from '../__generated__/resolvers-types';

/** `today` is the organisation's calendar day by the server's clock, so clients need not work it out (ADR 0046). */
export const crmSettingsResolvers: CrmSettingsResolvers = {
  today: (settings, _args, { services }) => services.settings.today(settings),
};
