import { DateTimeScalar } from '@crm/contracts';
import type { Resolvers } from '../__generated__/resolvers-types';
import { auditEntryResolvers, auditFieldChangeResolvers } from './audit-entry.resolvers';
import { dealResolvers } from './deal.resolvers';
import { mutationResolvers } from './mutation.resolvers';
import { queryResolvers } from './query.resolvers';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  AuditEntry: auditEntryResolvers,
  AuditFieldChange: auditFieldChangeResolvers,
  Deal: dealResolvers,
};
