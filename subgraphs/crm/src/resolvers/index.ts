import { scalarResolvers } from '@crm/contracts';
import type { Resolvers } from '../__generated__/resolvers-types';
import { calculationResolvers } from './calculation.resolvers';
import { clientResolvers } from './client.resolvers';
import { crmSettingsResolvers } from './crm-settings.resolvers';
import { dealConnectionResolvers, dealResolvers } from './deal.resolvers';
import { insuranceProductResolvers, insurerResolvers } from './insurer.resolvers';
import { journalEntryResolvers, journalEntryRevisionResolvers } from './journal-entry.resolvers';
import { mutationResolvers } from './mutations';
import { policyResolvers } from './policy.resolvers';
import { queryResolvers } from './query.resolvers';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Client: clientResolvers,
  Deal: dealResolvers,
  DealConnection: dealConnectionResolvers,
  JournalEntry: journalEntryResolvers,
  JournalEntryRevision: journalEntryRevisionResolvers,
  Calculation: calculationResolvers,
  Policy: policyResolvers,
  Insurer: insurerResolvers,
  InsuranceProduct: insuranceProductResolvers,
  CrmSettings: crmSettingsResolvers,
};
