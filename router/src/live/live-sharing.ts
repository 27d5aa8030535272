import { ROLE_GRANTS } from '@crm/deal-access/rule';
import type { Identity } from '@crm/platform';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * When one live event's query may answer several users (ADR 0074). Every subgraph answers as the
 * caller whose token it gets; two users get the same answer when nothing they are asked for depends
 * on who they are beyond what they share. A user holding a role that sees every deal of the
 * organisation (`ROLE_GRANTS[role].everyDeal`, ADMIN) passes the deal-access rule by organisation
 * alone; the fields below were audited to read the caller only through that rule, the organisation
 * (its settings) and the roles. So users of one organisation with the same roles, one of them
 * granting every deal, asking in the same language, get the same answer for a selection of only
 * these fields. Anything else (tasks, journal, documents, audit trail, people, arguments) is
 * per-user, as before.
 */
type Audited = { readonly [field: string]: Audited | true };

const MONEY: Audited = { amount: true, currency: true };

/** Payments' `MoneySummary`: sums of the deal's schedule items (`summaryOf`), no caller in it. */
const MONEY_SUMMARY: Audited = {
  currency: true,
  premiumPlanned: MONEY,
  premiumPaid: MONEY,
  premiumOutstanding: MONEY,
  commissionPlanned: MONEY,
  commissionReceived: MONEY,
  commissionOutstanding: MONEY,
  expensesPlanned: MONEY,
  expensesPaid: MONEY,
  netIncome: MONEY,
  netIncomePlanned: MONEY,
  otherCurrencyItemCount: true,
};

/**
 * `Deal` fields whose resolvers use the caller only for the deal-access rule (CRM's `loaders.deal`,
 * Payments' `dealMoney`) and the organisation: CRM's columns of the deal row, `calculationsCount`
 * (counted by deal id), Payments' money summaries (read by organisation, then `dealMoneyAllows`).
 * Adding a field here needs the same audit (the test in live-sharing.test.ts lists what is excluded).
 */
export const SHARABLE_DEAL_FIELDS: Audited = {
  id: true,
  title: true,
  stage: true,
  lossReason: true,
  insuranceType: true,
  source: true,
  expectedPremium: MONEY,
  reviewDate: true,
  reviewDateManual: true,
  reviewDateReason: true,
  archived: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  calculationsCount: true,
  moneySummary: MONEY_SUMMARY,
  moneySummaries: MONEY_SUMMARY,
};

/** Whether `selectionSet` (through its fragments) selects only audited fields, with no arguments. */
function onlyAudited(selectionSet: SelectionSetNode, audited: Audited, fragments: ReadonlyMap<string, FragmentDefinitionNode>): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyAudited(selection.selectionSet, audited, fragments);
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(selection.name.value);
      return fragment !== undefined && onlyAudited(fragment.selectionSet, audited, fragments);
    }
    const name = selection.name.value;
    if (name === '__typename') return true;
    const rule = Object.hasOwn(audited, name) ? audited[name] : undefined;
    if (!rule || (selection.arguments?.length ?? 0) > 0) return false;
    if (rule === true) return !selection.selectionSet;
    return selection.selectionSet !== undefined && onlyAudited(selection.selectionSet, rule, fragments);
  });
}

/** Whether a derived query's entity selections (`deal(id: $__liveId) { … }`) read only fields whose answer is the same for one access class. */
export function sharableSelection(entity: string, entitySelections: readonly SelectionSetNode[], fragments: ReadonlyMap<string, FragmentDefinitionNode>): boolean {
  return entity === 'deal' && entitySelections.length > 0 && entitySelections.every((selectionSet) => onlyAudited(selectionSet, SHARABLE_DEAL_FIELDS, fragments));
}

/**
 * The users whose answers to a sharable selection cannot differ: same organisation, same roles (one
 * of them granting every deal), same language (error texts). Null: this caller's answers are its own
 * (a role that sees deals by relation, a service principal).
 */
export function liveAccessClass(identity: Identity, language: string): string | null {
  if (identity.kind !== 'user' || !identity.roles.some((role) => ROLE_GRANTS[role].everyDeal)) return null;
  return JSON.stringify(['every-deal', identity.orgId, [...new Set(identity.roles)].sort(), language]);
}
