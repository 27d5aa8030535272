import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRef } from '../resolvers/entity-refs';
import type { PolicyRow, ScheduleItemRow, LedgerEntryRow, ScheduleConflictRow } from '../db/schema';
import type { MoneySummaryValue } from '../domain/money-summary';
import type { MoneyValue } from '../resolvers/money';
import type { CommissionReportLine } from '../services/reports.service';
import type { ItemWrite } from '../services/actuals.service';
import type { PaymentsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Currency: { input: string; output: string; }
  Date: { input: string; output: string; }
  DateTime: { input: string; output: string; }
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddExpenseInput = {
  amount: Scalars['Decimal']['input'];
  description: Scalars['String']['input'];
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  policyId: Scalars['ID']['input'];
};

export type AddInstalmentInput = {
  amount: Scalars['Decimal']['input'];
  dueDate: Scalars['Date']['input'];
  policyId: Scalars['ID']['input'];
};

/** Commission the insurer owes the broker for an instalment. */
export type CommissionIncome = {
  __typename?: 'CommissionIncome';
  amount: Money;
  /** Set when the system cancelled the item. */
  cancellationReason?: Maybe<ItemCancellationReason>;
  expectedDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  origin: ItemOrigin;
  /** What is still owed; never negative. */
  outstanding: Money;
  policyId: Scalars['ID']['output'];
  /** Receipts and reversals, oldest first. */
  receipts: Array<MoneyEntry>;
  received: Money;
  status: PaymentStatus;
  version: Scalars['Int']['output'];
};

export type CommissionIncomePayload = {
  __typename?: 'CommissionIncomePayload';
  entry?: Maybe<MoneyEntry>;
  income: CommissionIncome;
  schedule: PolicySchedule;
};

export type CommissionReportInput = {
  from: Scalars['Date']['input'];
  /** Admins see every seller (or the one named); others see their own rows only. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};

/** One bar of the commission chart: a month, a seller, planned (by expected date) vs received (by receipt date). */
export type CommissionReportRow = {
  __typename?: 'CommissionReportRow';
  /** `YYYY-MM`. */
  month: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  planned: Money;
  received: Money;
  seller: User;
};

/** A CRM deal; Payments adds its money. */
export type Deal = {
  __typename?: 'Deal';
  id: Scalars['ID']['output'];
  /** One summary per currency the deal's policies use (ordered by currency code; empty without policies). Nullable like `moneySummary`. */
  moneySummaries?: Maybe<Array<MoneySummary>>;
  /**
   * Planned vs actual money across the deal's policies, in the currency of its first policy (RUB when it has none);
   * `moneySummaries` has every currency of the deal.
   * Nullable so that a deal card still shows CRM's fields when Payments is unavailable (the router then adds a
   * SERVICE_UNAVAILABLE error naming `payments`, ADR 0026); Payments itself always answers it.
   */
  moneySummary?: Maybe<MoneySummary>;
};

/** An expense the broker pays for the policy (e.g. a sub-agent fee). */
export type Expense = {
  __typename?: 'Expense';
  amount: Money;
  /** Set when the system cancelled the item. */
  cancellationReason?: Maybe<ItemCancellationReason>;
  description: Scalars['String']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  origin: ItemOrigin;
  /** What is still owed; never negative. */
  outstanding: Money;
  paid: Money;
  /** Payments and reversals, oldest first. */
  payments: Array<MoneyEntry>;
  policyId: Scalars['ID']['output'];
  status: PaymentStatus;
  version: Scalars['Int']['output'];
};

export type ExpensePayload = {
  __typename?: 'ExpensePayload';
  entry?: Maybe<MoneyEntry>;
  expense: Expense;
  schedule: PolicySchedule;
};

export type InstalmentPayload = {
  __typename?: 'InstalmentPayload';
  /** The entry written, for payments and reversals. */
  entry?: Maybe<MoneyEntry>;
  instalment: ScheduledInstalment;
  schedule: PolicySchedule;
};

/** Why the system cancelled an item. */
export type ItemCancellationReason =
  /** The policy was cancelled and nothing had been recorded against the item. */
  | 'POLICY_CANCELLED';

/** TERMS: generated from the policy terms (follows them while no money is recorded); MANUAL: added or corrected by a person. */
export type ItemOrigin =
  | 'MANUAL'
  | 'TERMS';

/** An exact amount of money: `amount` is a decimal string, never a float. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['Currency']['output'];
};

/** Money that moved against a planned item. Never edited: a correction is a reversing entry (negative amount). */
export type MoneyEntry = {
  __typename?: 'MoneyEntry';
  amount: Money;
  /** The day the money moved (a reversal carries the day of the entry it reverses). */
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  method?: Maybe<PaymentMethod>;
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: User;
  reversedByEntryId?: Maybe<Scalars['ID']['output']>;
  reversesEntryId?: Maybe<Scalars['ID']['output']>;
  statementReference?: Maybe<Scalars['String']['output']>;
};

export type MoneySummary = {
  __typename?: 'MoneySummary';
  commissionOutstanding: Money;
  commissionPlanned: Money;
  commissionReceived: Money;
  currency: Scalars['Currency']['output'];
  expensesPaid: Money;
  expensesPlanned: Money;
  /** Commission received minus expenses paid. */
  netIncome: Money;
  /** Commission planned minus expenses planned. */
  netIncomePlanned: Money;
  /** Items in another currency, left out of these sums. */
  otherCurrencyItemCount: Scalars['Int']['output'];
  premiumOutstanding: Money;
  premiumPaid: Money;
  premiumPlanned: Money;
};

export type Mutation = {
  __typename?: 'Mutation';
  addExpense: ExpensePayload;
  /** Hand corrections: an item added or changed by hand is MANUAL; one with money recorded keeps its history. */
  addInstalment: InstalmentPayload;
  recordCommissionReceipt: CommissionIncomePayload;
  recordExpensePayment: ExpensePayload;
  recordInstalmentPayment: InstalmentPayload;
  resolveScheduleConflict: ResolveScheduleConflictPayload;
  reverseCommissionReceipt: CommissionIncomePayload;
  reverseExpensePayment: ExpensePayload;
  reverseInstalmentPayment: InstalmentPayload;
  updateCommissionIncome: CommissionIncomePayload;
  updateExpense: ExpensePayload;
  updateInstalment: InstalmentPayload;
};


export type MutationAddExpenseArgs = {
  input: AddExpenseInput;
};


export type MutationAddInstalmentArgs = {
  input: AddInstalmentInput;
};


export type MutationRecordCommissionReceiptArgs = {
  input: RecordCommissionReceiptInput;
};


export type MutationRecordExpensePaymentArgs = {
  input: RecordExpensePaymentInput;
};


export type MutationRecordInstalmentPaymentArgs = {
  input: RecordInstalmentPaymentInput;
};


export type MutationResolveScheduleConflictArgs = {
  input: ResolveScheduleConflictInput;
};


export type MutationReverseCommissionReceiptArgs = {
  input: ReverseEntryInput;
};


export type MutationReverseExpensePaymentArgs = {
  input: ReverseEntryInput;
};


export type MutationReverseInstalmentPaymentArgs = {
  input: ReverseEntryInput;
};


export type MutationUpdateCommissionIncomeArgs = {
  input: UpdateCommissionIncomeInput;
};


export type MutationUpdateExpenseArgs = {
  input: UpdateExpenseInput;
};


export type MutationUpdateInstalmentArgs = {
  input: UpdateInstalmentInput;
};

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'OTHER';

export type PaymentStatus =
  | 'CANCELLED'
  /** Past its due date and not paid in full (instalments only). */
  | 'OVERDUE'
  /** More was recorded than planned: only when the person said so (`allowOverpayment`); `outstanding` is zero. */
  | 'OVERPAID'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'PLANNED';

/** A CRM policy; Payments adds its payment schedule. */
export type Policy = {
  __typename?: 'Policy';
  id: Scalars['ID']['output'];
  /** Generated from the policy's terms once Payments has received them; null until then or without access. */
  schedule?: Maybe<PolicySchedule>;
};

export type PolicySchedule = {
  __typename?: 'PolicySchedule';
  commissionIncomes: Array<CommissionIncome>;
  /** Where new terms disagree with recorded money: a person decides (open ones unless `includeResolved`). */
  conflicts: Array<ScheduleConflict>;
  currency: Scalars['Currency']['output'];
  dealId: Scalars['ID']['output'];
  expenses: Array<Expense>;
  hasOpenConflicts: Scalars['Boolean']['output'];
  instalments: Array<ScheduledInstalment>;
  /** The earliest due date of an instalment not yet paid in full; null when all are paid. */
  nextUnpaidDueDate?: Maybe<Scalars['Date']['output']>;
  policyId: Scalars['ID']['output'];
  premium: Money;
  summary: MoneySummary;
  /** The CRM policy version the schedule was last generated from. */
  termsVersion: Scalars['Int']['output'];
  /** Grows with every change to the schedule or its money. */
  version: Scalars['Int']['output'];
};


export type PolicyScheduleConflictsArgs = {
  includeResolved?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Query = {
  __typename?: 'Query';
  commissionReport: Array<CommissionReportRow>;
  policySchedule?: Maybe<PolicySchedule>;
};


export type QueryCommissionReportArgs = {
  input: CommissionReportInput;
};


export type QueryPolicyScheduleArgs = {
  policyId: Scalars['ID']['input'];
};

export type RecordCommissionReceiptInput = {
  /** More than the item's outstanding amount is refused (BAD_USER_INPUT on `input.amount`, naming the outstanding amount) unless this is true. */
  allowOverpayment?: InputMaybe<Scalars['Boolean']['input']>;
  amount: Scalars['Decimal']['input'];
  incomeId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  receivedOn: Scalars['Date']['input'];
  statementReference?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type RecordExpensePaymentInput = {
  /** More than the item's outstanding amount is refused (BAD_USER_INPUT on `input.amount`, naming the outstanding amount) unless this is true. */
  allowOverpayment?: InputMaybe<Scalars['Boolean']['input']>;
  amount: Scalars['Decimal']['input'];
  expenseId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  paidOn: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

export type RecordInstalmentPaymentInput = {
  /** More than the item's outstanding amount is refused (BAD_USER_INPUT on `input.amount`, naming the outstanding amount) unless this is true. */
  allowOverpayment?: InputMaybe<Scalars['Boolean']['input']>;
  amount: Scalars['Decimal']['input'];
  instalmentId: Scalars['ID']['input'];
  method: PaymentMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  paidOn: Scalars['Date']['input'];
  /**
   * The payer's own reference for this payment (a partner's transaction id), unique in the organisation:
   * sent again, the payment is not recorded twice and the answer is the instalment as it is now (whatever
   * `version` says); the same reference with another instalment or amount is a CONFLICT.
   */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The instalment's version as read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type ResolveScheduleConflictInput = {
  conflictId: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};

export type ResolveScheduleConflictPayload = {
  __typename?: 'ResolveScheduleConflictPayload';
  conflict: ScheduleConflict;
  schedule: PolicySchedule;
};

export type ReverseEntryInput = {
  entryId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** The version of the item the entry belongs to, as read. */
  version: Scalars['Int']['input'];
};

export type ScheduleConflict = {
  __typename?: 'ScheduleConflict';
  code: ScheduleConflictCode;
  detectedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  itemId?: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
  /** What settled it: a person's note, or SUPERSEDED when newer terms replaced it. */
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  termsVersion: Scalars['Int']['output'];
};

export type ScheduleConflictCode =
  | 'CURRENCY_MISMATCH'
  | 'TERMS_CHANGED_ITEM_HAS_ACTUALS'
  | 'TERMS_REMOVED_ITEM_HAS_ACTUALS'
  | 'TOTAL_MISMATCH';

/** What the client owes the insurer on a date; `version` goes back with every write about it. */
export type ScheduledInstalment = {
  __typename?: 'ScheduledInstalment';
  amount: Money;
  /** Set when the system cancelled the item. */
  cancellationReason?: Maybe<ItemCancellationReason>;
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  origin: ItemOrigin;
  /** What is still owed; never negative. */
  outstanding: Money;
  paid: Money;
  /** Payments and reversals, oldest first. */
  payments: Array<MoneyEntry>;
  policyId: Scalars['ID']['output'];
  status: PaymentStatus;
  version: Scalars['Int']['output'];
};

export type UpdateCommissionIncomeInput = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  expectedDate?: InputMaybe<Scalars['Date']['input']>;
  incomeId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateExpenseInput = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  expenseId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateInstalmentInput = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  instalmentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Deal: Deal;
  Policy: Policy;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  Policy:
    ( { __typename: 'Policy' }
    & GraphQLRecursivePick<FederationTypes['Policy'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddExpenseInput: AddExpenseInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddInstalmentInput: AddInstalmentInput;
  CommissionIncome: ResolverTypeWrapper<ScheduleItemRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CommissionIncomePayload: ResolverTypeWrapper<ItemWrite>;
  CommissionReportInput: CommissionReportInput;
  CommissionReportRow: ResolverTypeWrapper<CommissionReportLine>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<EntityRef>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Expense: ResolverTypeWrapper<ScheduleItemRow>;
  ExpensePayload: ResolverTypeWrapper<ItemWrite>;
  InstalmentPayload: ResolverTypeWrapper<ItemWrite>;
  ItemCancellationReason: ItemCancellationReason;
  ItemOrigin: ItemOrigin;
  Money: ResolverTypeWrapper<MoneyValue>;
  MoneyEntry: ResolverTypeWrapper<LedgerEntryRow>;
  MoneySummary: ResolverTypeWrapper<MoneySummaryValue>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PaymentMethod: PaymentMethod;
  PaymentStatus: PaymentStatus;
  Policy: ResolverTypeWrapper<EntityRef>;
  PolicySchedule: ResolverTypeWrapper<PolicyRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCommissionReceiptInput: RecordCommissionReceiptInput;
  RecordExpensePaymentInput: RecordExpensePaymentInput;
  RecordInstalmentPaymentInput: RecordInstalmentPaymentInput;
  ResolveScheduleConflictInput: ResolveScheduleConflictInput;
  ResolveScheduleConflictPayload: ResolverTypeWrapper<ScheduleConflictRow>;
  ReverseEntryInput: ReverseEntryInput;
  ScheduleConflict: ResolverTypeWrapper<ScheduleConflictRow>;
  ScheduleConflictCode: ScheduleConflictCode;
  ScheduledInstalment: ResolverTypeWrapper<ScheduleItemRow>;
  UpdateCommissionIncomeInput: UpdateCommissionIncomeInput;
  UpdateExpenseInput: UpdateExpenseInput;
  UpdateInstalmentInput: UpdateInstalmentInput;
  User: ResolverTypeWrapper<EntityRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddExpenseInput: AddExpenseInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AddInstalmentInput: AddInstalmentInput;
  CommissionIncome: ScheduleItemRow;
  Int: Scalars['Int']['output'];
  CommissionIncomePayload: ItemWrite;
  CommissionReportInput: CommissionReportInput;
  CommissionReportRow: CommissionReportLine;
  Currency: Scalars['Currency']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: EntityRef;
  Decimal: Scalars['Decimal']['output'];
  Expense: ScheduleItemRow;
  ExpensePayload: ItemWrite;
  InstalmentPayload: ItemWrite;
  Money: MoneyValue;
  MoneyEntry: LedgerEntryRow;
  MoneySummary: MoneySummaryValue;
  Mutation: Record<PropertyKey, never>;
  Policy: EntityRef;
  PolicySchedule: PolicyRow;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  RecordCommissionReceiptInput: RecordCommissionReceiptInput;
  RecordExpensePaymentInput: RecordExpensePaymentInput;
  RecordInstalmentPaymentInput: RecordInstalmentPaymentInput;
  ResolveScheduleConflictInput: ResolveScheduleConflictInput;
  ResolveScheduleConflictPayload: ScheduleConflictRow;
  ReverseEntryInput: ReverseEntryInput;
  ScheduleConflict: ScheduleConflictRow;
  ScheduledInstalment: ScheduleItemRow;
  UpdateCommissionIncomeInput: UpdateCommissionIncomeInput;
  UpdateExpenseInput: UpdateExpenseInput;
  UpdateInstalmentInput: UpdateInstalmentInput;
  User: EntityRef;
}>;

export type CommissionIncomeResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['CommissionIncome'] = ResolversParentTypes['CommissionIncome']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['ItemCancellationReason']>, ParentType, ContextType>;
  expectedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ItemOrigin'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['MoneyEntry']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommissionIncomePayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['CommissionIncomePayload'] = ResolversParentTypes['CommissionIncomePayload']> = ResolversObject<{
  entry?: Resolver<Maybe<ResolversTypes['MoneyEntry']>, ParentType, ContextType>;
  income?: Resolver<ResolversTypes['CommissionIncome'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['PolicySchedule'], ParentType, ContextType>;
}>;

export type CommissionReportRowResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['CommissionReportRow'] = ResolversParentTypes['CommissionReportRow']> = ResolversObject<{
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  seller?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moneySummaries?: Resolver<Maybe<Array<ResolversTypes['MoneySummary']>>, ParentType, ContextType>;
  moneySummary?: Resolver<Maybe<ResolversTypes['MoneySummary']>, ParentType, ContextType>;
}>;

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type ExpenseResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Expense'] = ResolversParentTypes['Expense']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['ItemCancellationReason']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ItemOrigin'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['MoneyEntry']>, ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpensePayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['ExpensePayload'] = ResolversParentTypes['ExpensePayload']> = ResolversObject<{
  entry?: Resolver<Maybe<ResolversTypes['MoneyEntry']>, ParentType, ContextType>;
  expense?: Resolver<ResolversTypes['Expense'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['PolicySchedule'], ParentType, ContextType>;
}>;

export type InstalmentPayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['InstalmentPayload'] = ResolversParentTypes['InstalmentPayload']> = ResolversObject<{
  entry?: Resolver<Maybe<ResolversTypes['MoneyEntry']>, ParentType, ContextType>;
  instalment?: Resolver<ResolversTypes['ScheduledInstalment'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['PolicySchedule'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
}>;

export type MoneyEntryResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['MoneyEntry'] = ResolversParentTypes['MoneyEntry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['PaymentMethod']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  reversedByEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reversesEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  statementReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MoneySummaryResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['MoneySummary'] = ResolversParentTypes['MoneySummary']> = ResolversObject<{
  commissionOutstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  commissionPlanned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  commissionReceived?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  expensesPaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  expensesPlanned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  netIncome?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  netIncomePlanned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  otherCurrencyItemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  premiumOutstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  premiumPaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  premiumPlanned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationAddExpenseArgs, 'input'>>;
  addInstalment?: Resolver<ResolversTypes['InstalmentPayload'], ParentType, ContextType, RequireFields<MutationAddInstalmentArgs, 'input'>>;
  recordCommissionReceipt?: Resolver<ResolversTypes['CommissionIncomePayload'], ParentType, ContextType, RequireFields<MutationRecordCommissionReceiptArgs, 'input'>>;
  recordExpensePayment?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationRecordExpensePaymentArgs, 'input'>>;
  recordInstalmentPayment?: Resolver<ResolversTypes['InstalmentPayload'], ParentType, ContextType, RequireFields<MutationRecordInstalmentPaymentArgs, 'input'>>;
  resolveScheduleConflict?: Resolver<ResolversTypes['ResolveScheduleConflictPayload'], ParentType, ContextType, RequireFields<MutationResolveScheduleConflictArgs, 'input'>>;
  reverseCommissionReceipt?: Resolver<ResolversTypes['CommissionIncomePayload'], ParentType, ContextType, RequireFields<MutationReverseCommissionReceiptArgs, 'input'>>;
  reverseExpensePayment?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationReverseExpensePaymentArgs, 'input'>>;
  reverseInstalmentPayment?: Resolver<ResolversTypes['InstalmentPayload'], ParentType, ContextType, RequireFields<MutationReverseInstalmentPaymentArgs, 'input'>>;
  updateCommissionIncome?: Resolver<ResolversTypes['CommissionIncomePayload'], ParentType, ContextType, RequireFields<MutationUpdateCommissionIncomeArgs, 'input'>>;
  updateExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationUpdateExpenseArgs, 'input'>>;
  updateInstalment?: Resolver<ResolversTypes['InstalmentPayload'], ParentType, ContextType, RequireFields<MutationUpdateInstalmentArgs, 'input'>>;
}>;

export type PolicyResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy'], FederationReferenceType extends FederationReferenceTypes['Policy'] = FederationReferenceTypes['Policy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Policy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['PolicySchedule']>, ParentType, ContextType>;
}>;

export type PolicyScheduleResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PolicySchedule'] = ResolversParentTypes['PolicySchedule']> = ResolversObject<{
  commissionIncomes?: Resolver<Array<ResolversTypes['CommissionIncome']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['ScheduleConflict']>, ParentType, ContextType, RequireFields<PolicyScheduleConflictsArgs, 'includeResolved'>>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  dealId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['Expense']>, ParentType, ContextType>;
  hasOpenConflicts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instalments?: Resolver<Array<ResolversTypes['ScheduledInstalment']>, ParentType, ContextType>;
  nextUnpaidDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  premium?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['MoneySummary'], ParentType, ContextType>;
  termsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  commissionReport?: Resolver<Array<ResolversTypes['CommissionReportRow']>, ParentType, ContextType, RequireFields<QueryCommissionReportArgs, 'input'>>;
  policySchedule?: Resolver<Maybe<ResolversTypes['PolicySchedule']>, ParentType, ContextType, RequireFields<QueryPolicyScheduleArgs, 'policyId'>>;
}>;

export type ResolveScheduleConflictPayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['ResolveScheduleConflictPayload'] = ResolversParentTypes['ResolveScheduleConflictPayload']> = ResolversObject<{
  conflict?: Resolver<ResolversTypes['ScheduleConflict'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['PolicySchedule'], ParentType, ContextType>;
}>;

export type ScheduleConflictResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['ScheduleConflict'] = ResolversParentTypes['ScheduleConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ScheduleConflictCode'], ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  termsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScheduledInstalmentResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['ScheduledInstalment'] = ResolversParentTypes['ScheduledInstalment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['ItemCancellationReason']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ItemOrigin'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['MoneyEntry']>, ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PaymentsContext> = ResolversObject<{
  CommissionIncome?: CommissionIncomeResolvers<ContextType>;
  CommissionIncomePayload?: CommissionIncomePayloadResolvers<ContextType>;
  CommissionReportRow?: CommissionReportRowResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  Decimal?: GraphQLScalarType;
  Expense?: ExpenseResolvers<ContextType>;
  ExpensePayload?: ExpensePayloadResolvers<ContextType>;
  InstalmentPayload?: InstalmentPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  MoneyEntry?: MoneyEntryResolvers<ContextType>;
  MoneySummary?: MoneySummaryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicySchedule?: PolicyScheduleResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResolveScheduleConflictPayload?: ResolveScheduleConflictPayloadResolvers<ContextType>;
  ScheduleConflict?: ScheduleConflictResolvers<ContextType>;
  ScheduledInstalment?: ScheduledInstalmentResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

