import { eventually } from './support/eventually';
import { DEMO_PASSWORD, startTestSystem, type TestSystem } from './support/test-system';

// Issue 8: every query and mutation that takes an id × who asks, through the router, with the outcome
// the access rules promise (SPEC "Seeing and writing a deal", ADRs 0015–0017). A refused mutation must
// leave the organisation's data exactly as it was.

type Caller = 'anonymous' | 'otherOrg' | 'executor' | 'nonOwner' | 'nonOwnerSeesAll' | 'owner' | 'admin';
/** `ok`: answered with data; `null`: answered, the object is hidden; `none`: a list without the fixture's rows; otherwise the error code. */
type Outcome = 'ok' | 'null' | 'none' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT';
const CALLERS: readonly Caller[] = ['anonymous', 'otherOrg', 'executor', 'nonOwner', 'nonOwnerSeesAll', 'owner', 'admin'];

interface Fixture {
  clientId: string;
  clientVersion: number;
  /** Money recorded on each item, for the reversals a refused caller tries. */
  entries: Record<EntryKind, string>;
  dealId: string;
  dealVersion: number;
  stage: string;
  entryId: string;
  entryVersion: number;
  calculationId: string;
  calculationVersion: number;
  /** A second variant, never chosen, so it stays editable. */
  draftCalculationId: string;
  draftCalculationVersion: number;
  policyId: string;
  policyVersion: number;
  insurerId: string;
  insurerVersion: number;
  productId: string;
  productVersion: number;
  instalmentId: string;
  instalmentVersion: number;
  incomeId: string;
  incomeVersion: number;
  expenseId: string;
  expenseVersion: number;
  taskId: string;
  taskVersion: number;
  taskStatus: string;
  /** An executor of the organisation whose roles and status the admin-only Auth operations target. */
  targetUserId: string;
  targetUserVersion: number;
  apiKeyId: string;
  /** An open schedule conflict on a policy of its own (so resolving others leaves the main schedule alone). */
  conflictPolicyId: string;
  conflictId: string;
  /** A notification in the owner's inbox. */
  notificationId: string;
}

interface Row {
  operation: string;
  document: string;
  /** Variables from the current state (fresh versions), for one call. */
  variables: (f: Fixture, prepared: string | undefined) => Record<string, unknown>;
  /** Runs as the owner before an allowed call, e.g. records the entry that call reverses. */
  prepare?: (f: Fixture) => Promise<string>;
  /** For lists and counts: whether the answer shows the fixture's rows (`none` when not). */
  shows?: (value: unknown) => boolean;
  /**
   * After an allowed call whose event another subgraph applies later: resolves once it has, so that the next
   * row's before-and-after compares a still state (not this call's echo arriving in between).
   */
  applied?: (before: Fixture) => Promise<void>;
  expected: Record<Caller, Outcome>;
}

/** The default expectations: a read of something on the deal, a change of it. */
const READ: Record<Caller, Outcome> = { anonymous: 'UNAUTHENTICATED', otherOrg: 'null', executor: 'null', nonOwner: 'null', nonOwnerSeesAll: 'ok', owner: 'ok', admin: 'ok' };
const WRITE: Record<Caller, Outcome> = { anonymous: 'UNAUTHENTICATED', otherOrg: 'NOT_FOUND', executor: 'NOT_FOUND', nonOwner: 'NOT_FOUND', nonOwnerSeesAll: 'FORBIDDEN', owner: 'ok', admin: 'ok' };
/** A list or count filtered to the fixture: its rows for those who may read the deal, nothing for the rest. */
const LISTED: Record<Caller, Outcome> = { ...READ, otherOrg: 'none', executor: 'none', nonOwner: 'none' };
const ADMIN_ONLY: Record<Caller, Outcome> = { anonymous: 'UNAUTHENTICATED', otherOrg: 'FORBIDDEN', executor: 'FORBIDDEN', nonOwner: 'FORBIDDEN', nonOwnerSeesAll: 'FORBIDDEN', owner: 'FORBIDDEN', admin: 'ok' };

let policyNumber = 0;
const rub = (amount: string) => ({ amount, currency: 'RUB' });
const mutation = (name: string, input: string, select: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${select} } }`;

type EntryKind = 'instalment' | 'income' | 'expense';
/** The items money is recorded against, and how to record and reverse it. */
const ENTRY_KINDS: Record<EntryKind, { record: string; input: string; reverse: string; payload: string; entries: string; version: (f: Fixture) => number; values: (f: Fixture) => Record<string, unknown> }> = {
  instalment: {
    record: 'recordInstalmentPayment',
    input: 'RecordInstalmentPaymentInput',
    reverse: 'reverseInstalmentPayment',
    payload: 'instalment',
    entries: 'payments',
    version: (f) => f.instalmentVersion,
    values: (f) => ({ instalmentId: f.instalmentId, version: f.instalmentVersion, amount: '1', paidOn: '2031-01-10', method: 'CASH' }),
  },
  income: {
    record: 'recordCommissionReceipt',
    input: 'RecordCommissionReceiptInput',
    reverse: 'reverseCommissionReceipt',
    payload: 'income',
    entries: 'receipts',
    version: (f) => f.incomeVersion,
    values: (f) => ({ incomeId: f.incomeId, version: f.incomeVersion, amount: '0.01', receivedOn: '2031-02-01' }),
  },
  expense: {
    record: 'recordExpensePayment',
    input: 'RecordExpensePaymentInput',
    reverse: 'reverseExpensePayment',
    payload: 'expense',
    entries: 'payments',
    version: (f) => f.expenseVersion,
    values: (f) => ({ expenseId: f.expenseId, version: f.expenseVersion, amount: '0.01', paidOn: '2031-03-01' }),
  },
};

/** Records money on the item as the owner; the id of that entry (the newest neither reversed nor a reversal). */
async function recordEntry(kind: EntryKind, f: Fixture): Promise<string> {
  const k = ENTRY_KINDS[kind];
  type Entry = { id: string; reversesEntryId: string | null; reversedByEntryId: string | null; recordedAt: string };
  const data = await as<Record<string, Record<string, Record<string, Entry[]>>>>(
    'owner',
    mutation(k.record, k.input, `${k.payload} { ${k.entries} { id reversesEntryId reversedByEntryId recordedAt } }`),
    { input: k.values(f) },
  );
  const open = data[k.record]![k.payload]![k.entries]!.filter((e) => !e.reversesEntryId && !e.reversedByEntryId);
  return open.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).at(-1)!.id;
}

const ROWS: Row[] = [
  { operation: 'deal', document: 'query($id: ID!) { deal(id: $id) { id } }', variables: (f) => ({ id: f.dealId }), expected: READ },
  { operation: 'policy', document: 'query($id: ID!) { policy(id: $id) { id } }', variables: (f) => ({ id: f.policyId }), expected: READ },
  { operation: 'calculation', document: 'query($id: ID!) { calculation(id: $id) { id } }', variables: (f) => ({ id: f.calculationId }), expected: READ },
  { operation: 'policySchedule', document: 'query($id: ID!) { policySchedule(policyId: $id) { policyId } }', variables: (f) => ({ id: f.policyId }), expected: READ },
  {
    operation: 'deals (clientId)',
    document: 'query($id: ID!) { deals(filter: { clientId: $id }) { totalCount } }',
    variables: (f) => ({ id: f.clientId }),
    shows: (v) => (v as { totalCount: number }).totalCount > 0,
    expected: LISTED,
  },
  {
    operation: 'dealStageCounts (clientId)',
    document: 'query($id: ID!) { dealStageCounts(filter: { clientId: $id }) { stage count } }',
    variables: (f) => ({ id: f.clientId }),
    shows: (v) => (v as { count: number }[]).some((c) => c.count > 0),
    expected: LISTED,
  },
  {
    operation: 'myTasks (dealId)',
    document: 'query($id: ID!) { myTasks(relation: ANY, filter: { dealId: $id }) { edges { node { id } } } }',
    variables: (f) => ({ id: f.dealId }),
    shows: (v) => (v as { edges: unknown[] }).edges.length > 0,
    // The caller's own tasks (author or assignee) only: the deal's task is the owner's, whoever else reads the deal.
    expected: { ...LISTED, nonOwnerSeesAll: 'none', admin: 'none' },
  },
  {
    operation: 'commissionReport (sellerId)',
    document: 'query($input: CommissionReportInput!) { commissionReport(input: $input) { month } }',
    variables: () => ({ input: { from: '2031-01-01', to: '2031-12-31', sellerId: ids.owner } }),
    shows: (v) => (v as unknown[]).length > 0,
    // Admins read every seller's rows (another organisation's admin: none of ours); anyone else naming another seller is refused.
    expected: { ...LISTED, executor: 'FORBIDDEN', nonOwner: 'FORBIDDEN', nonOwnerSeesAll: 'FORBIDDEN' },
  },
  { operation: 'task', document: 'query($id: ID!) { task(id: $id) { id } }', variables: (f) => ({ id: f.taskId }), expected: READ },
  {
    operation: 'client',
    document: 'query($id: ID!) { client(id: $id) { id } }',
    variables: (f) => ({ id: f.clientId }),
    // Clients are the organisation's address book: every member reads them.
    expected: { ...READ, executor: 'ok', nonOwner: 'ok' },
  },
  {
    operation: 'updateClient',
    document: mutation('updateClient', 'UpdateClientInput', 'client { id }'),
    variables: (f) => ({ input: { id: f.clientId, version: f.clientVersion, notes: 'матрица' } }),
    expected: { ...WRITE, executor: 'FORBIDDEN', nonOwner: 'ok', nonOwnerSeesAll: 'ok' },
  },
  {
    operation: 'createDeal (clientId)',
    document: mutation('createDeal', 'CreateDealInput', 'deal { id }'),
    variables: (f) => ({ input: { title: 'Ещё одна', clientId: f.clientId } }),
    expected: { ...WRITE, otherOrg: 'BAD_USER_INPUT', executor: 'FORBIDDEN', nonOwner: 'ok', nonOwnerSeesAll: 'ok' },
  },
  { operation: 'updateDeal', document: mutation('updateDeal', 'UpdateDealInput', 'deal { id }'), variables: (f) => ({ input: { id: f.dealId, version: f.dealVersion, title: 'Матрица' } }), expected: WRITE },
  { operation: 'changeDealStage', document: mutation('changeDealStage', 'ChangeDealStageInput', 'deal { id }'), variables: (f) => ({ input: { id: f.dealId, version: f.dealVersion, stage: f.stage } }), expected: WRITE },
  { operation: 'setDealArchived', document: mutation('setDealArchived', 'SetDealArchivedInput', 'deal { id }'), variables: (f) => ({ input: { id: f.dealId, version: f.dealVersion, archived: false } }), expected: WRITE },
  {
    operation: 'setDealReviewDate',
    document: mutation('setDealReviewDate', 'SetDealReviewDateInput', 'deal { id }'),
    variables: (f) => ({ input: { id: f.dealId, version: f.dealVersion, reviewDate: '2032-01-01', reason: 'матрица' } }),
    expected: WRITE,
  },
  { operation: 'snoozeDeal', document: mutation('snoozeDeal', 'SnoozeDealInput', 'deal { id }'), variables: (f) => ({ input: { id: f.dealId, version: f.dealVersion, days: 7, reason: 'матрица' } }), expected: WRITE },
  {
    operation: 'addDealParticipant',
    document: mutation('addDealParticipant', 'DealParticipantInput', 'deal { id }'),
    variables: (f) => ({ input: { dealId: f.dealId, userId: ids.owner } }),
    expected: { ...WRITE, executor: 'FORBIDDEN' },
  },
  {
    operation: 'removeDealParticipant',
    document: mutation('removeDealParticipant', 'DealParticipantInput', 'deal { id }'),
    variables: (f) => ({ input: { dealId: f.dealId, userId: ids.nonOwner } }),
    expected: { ...WRITE, executor: 'FORBIDDEN' },
  },
  { operation: 'addJournalEntry', document: mutation('addJournalEntry', 'AddJournalEntryInput', 'entry { id }'), variables: (f) => ({ input: { dealId: f.dealId, kind: 'NOTE', text: 'матрица' } }), expected: WRITE },
  { operation: 'editJournalEntry', document: mutation('editJournalEntry', 'EditJournalEntryInput', 'entry { id }'), variables: (f) => ({ input: { id: f.entryId, version: f.entryVersion, text: 'правка' } }), expected: WRITE },
  {
    operation: 'addCalculation',
    document: mutation('addCalculation', 'AddCalculationInput', 'calculation { id }'),
    variables: (f) => ({ input: { dealId: f.dealId, insurerId: f.insurerId, productId: f.productId, premium: rub('100') } }),
    expected: WRITE,
  },
  {
    operation: 'updateCalculation',
    document: mutation('updateCalculation', 'UpdateCalculationInput', 'calculation { id }'),
    // chooseCalculation rejects every other variant, so an allowed call edits a fresh one.
    prepare: async (f) =>
      (
        await as<{ addCalculation: { calculation: { id: string } } }>('owner', mutation('addCalculation', 'AddCalculationInput', 'calculation { id }'), {
          input: { dealId: f.dealId, insurerId: f.insurerId, productId: f.productId, premium: rub('100') },
        })
      ).addCalculation.calculation.id,
    variables: (f, fresh) => ({ input: { id: fresh ?? f.draftCalculationId, version: fresh ? 1 : f.draftCalculationVersion, notes: 'матрица' } }),
    expected: WRITE,
  },
  { operation: 'chooseCalculation', document: mutation('chooseCalculation', 'ChooseCalculationInput', 'chosen { id }'), variables: (f) => ({ input: { id: f.calculationId, version: f.calculationVersion } }), expected: WRITE },
  {
    operation: 'createPolicy',
    document: mutation('createPolicy', 'CreatePolicyInput', 'policy { id }'),
    variables: (f) => ({ input: { dealId: f.dealId, insurerId: f.insurerId, productId: f.productId, number: `M-${++policyNumber}`, startDate: '2031-01-01', endDate: '2031-12-31', premium: rub('100'), commissionRate: '0.1' } }),
    expected: WRITE,
  },
  {
    operation: 'updatePolicy',
    document: mutation('updatePolicy', 'UpdatePolicyInput', 'policy { id }'),
    variables: (f) => ({ input: { id: f.policyId, version: f.policyVersion, insuredObject: 'Авто' } }),
    // Payments regenerates the schedule from the new terms (its version grows).
    applied: (f) =>
      eventually(async () => {
        const { policySchedule } = await as<{ policySchedule: { termsVersion: number } }>('admin', 'query($id: ID!) { policySchedule(policyId: $id) { termsVersion } }', { id: f.policyId });
        expect(policySchedule.termsVersion).toBeGreaterThan(f.policyVersion);
      }),
    expected: WRITE,
  },
  {
    operation: 'createPolicy (taskId)',
    document: mutation('createPolicy', 'CreatePolicyInput', 'policy { id }'),
    variables: (f) => ({ input: { dealId: f.dealId, taskId: f.taskId, number: `T-${++policyNumber}`, startDate: '2031-01-01', endDate: '2031-12-31' } }),
    // The deal decides who gets further; the fixture's task names no calculation, so even they learn nothing but NOT_FOUND.
    expected: { ...WRITE, owner: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  { operation: 'renewPolicy', document: mutation('renewPolicy', 'RenewPolicyInput', 'deal { id }'), variables: (f) => ({ input: { policyId: f.policyId, force: true } }), expected: WRITE },
  {
    operation: 'updateInsurer',
    document: mutation('updateInsurer', 'UpdateInsurerInput', 'insurer { id }'),
    variables: (f) => ({ input: { id: f.insurerId, version: f.insurerVersion, active: true } }),
    // Another organisation's admin passes the role check; the insurer is then no id of theirs, like a made-up one.
    expected: { ...ADMIN_ONLY, otherOrg: 'BAD_USER_INPUT' },
  },
  {
    operation: 'createInsuranceProduct (insurerId)',
    document: mutation('createInsuranceProduct', 'CreateInsuranceProductInput', 'product { id }'),
    variables: (f) => ({ input: { name: `Продукт матрицы ${++policyNumber}`, insurerId: f.insurerId } }),
    // Another organisation's admin names an insurer that is no id of theirs, as with updateInsurer.
    expected: { ...ADMIN_ONLY, otherOrg: 'BAD_USER_INPUT' },
  },
  {
    operation: 'updateInsuranceProduct',
    document: mutation('updateInsuranceProduct', 'UpdateInsuranceProductInput', 'product { id }'),
    variables: (f) => ({ input: { id: f.productId, version: f.productVersion, active: true } }),
    expected: { ...ADMIN_ONLY, otherOrg: 'NOT_FOUND' },
  },
  {
    operation: 'recordInstalmentPayment',
    document: mutation('recordInstalmentPayment', 'RecordInstalmentPaymentInput', 'instalment { id }'),
    variables: (f) => ({ input: { instalmentId: f.instalmentId, version: f.instalmentVersion, amount: '1', paidOn: '2031-01-10', method: 'BANK_TRANSFER' } }),
    expected: WRITE,
  },
  {
    operation: 'recordCommissionReceipt',
    document: mutation('recordCommissionReceipt', 'RecordCommissionReceiptInput', 'income { id }'),
    variables: (f) => ({ input: { incomeId: f.incomeId, version: f.incomeVersion, amount: '0.01', receivedOn: '2031-02-01' } }),
    expected: WRITE,
  },
  { operation: 'addInstalment', document: mutation('addInstalment', 'AddInstalmentInput', 'instalment { id }'), variables: (f) => ({ input: { policyId: f.policyId, dueDate: '2031-06-01', amount: '1' } }), expected: WRITE },
  { operation: 'updateInstalment', document: mutation('updateInstalment', 'UpdateInstalmentInput', 'instalment { id }'), variables: (f) => ({ input: { instalmentId: f.instalmentId, version: f.instalmentVersion, dueDate: '2031-01-15' } }), expected: WRITE },
  { operation: 'updateCommissionIncome', document: mutation('updateCommissionIncome', 'UpdateCommissionIncomeInput', 'income { id }'), variables: (f) => ({ input: { incomeId: f.incomeId, version: f.incomeVersion, expectedDate: '2031-02-01' } }), expected: WRITE },
  { operation: 'addExpense', document: mutation('addExpense', 'AddExpenseInput', 'expense { id }'), variables: (f) => ({ input: { policyId: f.policyId, description: 'Курьер', amount: '1' } }), expected: WRITE },
  { operation: 'updateExpense', document: mutation('updateExpense', 'UpdateExpenseInput', 'expense { id }'), variables: (f) => ({ input: { expenseId: f.expenseId, version: f.expenseVersion, description: 'Курьер (изм.)' } }), expected: WRITE },
  {
    operation: 'recordExpensePayment',
    document: mutation('recordExpensePayment', 'RecordExpensePaymentInput', 'expense { id }'),
    variables: (f) => ({ input: { expenseId: f.expenseId, version: f.expenseVersion, amount: '0.01', paidOn: '2031-03-01' } }),
    expected: WRITE,
  },
  ...(Object.keys(ENTRY_KINDS) as EntryKind[]).map(
    (kind): Row => ({
      operation: ENTRY_KINDS[kind].reverse,
      document: mutation(ENTRY_KINDS[kind].reverse, 'ReverseEntryInput', `${ENTRY_KINDS[kind].payload} { id }`),
      // An allowed call reverses money recorded just before it; a refused one tries the fixture's.
      prepare: (f) => recordEntry(kind, f),
      variables: (f, entryId) => ({ input: { entryId: entryId ?? f.entries[kind], version: ENTRY_KINDS[kind].version(f), reason: 'матрица' } }),
      expected: WRITE,
    }),
  ),
  {
    operation: 'reopenTask',
    document: mutation('reopenTask', 'ReopenTaskInput', 'task { id }'),
    // An allowed call reopens a task cancelled just before it.
    prepare: async (f) => {
      const created = await as<{ createTask: { task: { id: string } } }>('owner', mutation('createTask', 'CreateTaskInput', 'task { id }'), { input: { kind: 'OTHER', title: 'отменённая', dealId: f.dealId } });
      const id = created.createTask.task.id;
      await as('owner', mutation('changeTaskStatus', 'ChangeTaskStatusInput', 'task { id }'), { input: { id, version: 1, status: 'CANCELLED' } });
      return id;
    },
    variables: (f, cancelled) => ({ input: { id: cancelled ?? f.taskId, version: cancelled ? 2 : f.taskVersion } }),
    expected: WRITE,
  },
  {
    operation: 'createTask (dealId)',
    document: mutation('createTask', 'CreateTaskInput', 'task { id }'),
    variables: (f) => ({ input: { kind: 'OTHER', title: 'матрица', dealId: f.dealId } }),
    // Tasks answers FORBIDDEN for a deal it knows but the caller may not work on (ADR 0008).
    expected: { ...WRITE, otherOrg: 'NOT_FOUND', executor: 'FORBIDDEN', nonOwner: 'FORBIDDEN' },
  },
  {
    operation: 'createTask (calculationId, policyId)',
    document: mutation('createTask', 'CreateTaskInput', 'task { id calculation { id } policy { id } }'),
    variables: (f) => ({ input: { kind: 'ISSUE_POLICY', title: 'матрица', dealId: f.dealId, calculationId: f.calculationId, policyId: f.policyId } }),
    // The deal decides, as above; the calculation and policy are CRM's to show (ADR 0052).
    expected: { ...WRITE, otherOrg: 'NOT_FOUND', executor: 'FORBIDDEN', nonOwner: 'FORBIDDEN' },
  },
  { operation: 'updateTask', document: mutation('updateTask', 'UpdateTaskInput', 'task { id }'), variables: (f) => ({ input: { id: f.taskId, version: f.taskVersion, title: 'матрица' } }), expected: WRITE },
  { operation: 'assignTask', document: mutation('assignTask', 'AssignTaskInput', 'task { id }'), variables: (f) => ({ input: { id: f.taskId, version: f.taskVersion, assigneeId: ids.owner } }), expected: WRITE },
  { operation: 'changeTaskStatus', document: mutation('changeTaskStatus', 'ChangeTaskStatusInput', 'task { id }'), variables: (f) => ({ input: { id: f.taskId, version: f.taskVersion, status: f.taskStatus === 'NEW' ? 'IN_PROGRESS' : 'NEW' } }), expected: WRITE },
  {
    operation: 'addTaskComment',
    document: mutation('addTaskComment', 'AddTaskCommentInput', 'comment { id }'),
    variables: (f) => ({ input: { taskId: f.taskId, text: 'матрица' } }),
    // Anyone who can see the task comments on it.
    expected: { ...WRITE, nonOwnerSeesAll: 'ok' },
  },
  {
    operation: 'setUserRoles',
    document: mutation('setUserRoles', 'SetUserRolesInput', 'user { id }'),
    // The roles it already has: the admin's call succeeds without changing what later rows rely on.
    variables: (f) => ({ input: { userId: f.targetUserId, roles: ['EXECUTOR'], version: f.targetUserVersion } }),
    expected: { ...ADMIN_ONLY, otherOrg: 'NOT_FOUND' },
  },
  {
    operation: 'deactivateUser',
    document: mutation('deactivateUser', 'DeactivateUserInput', 'user { id }'),
    // The admin deactivates a user invited for that call; the refused callers aim at the standing one.
    prepare: () => invitedUser(),
    variables: (f, prepared) => ({ input: { userId: prepared ?? f.targetUserId } }),
    expected: { ...ADMIN_ONLY, otherOrg: 'NOT_FOUND' },
  },
  {
    operation: 'revokeApiKey',
    document: mutation('revokeApiKey', 'RevokeApiKeyInput', 'apiKey { id }'),
    prepare: () => createdApiKey(),
    variables: (f, prepared) => ({ input: { id: prepared ?? f.apiKeyId } }),
    expected: { ...ADMIN_ONLY, otherOrg: 'NOT_FOUND' },
  },
  {
    operation: 'resolveScheduleConflict',
    document: mutation('resolveScheduleConflict', 'ResolveScheduleConflictInput', 'conflict { id }'),
    // A resolved conflict stays resolved, so each allowed caller resolves one made for that call.
    prepare: async (f) => (await scheduleConflict(f)).conflictId,
    variables: (f, prepared) => ({ input: { conflictId: prepared ?? f.conflictId, resolution: 'матрица' } }),
    expected: WRITE,
  },
  ...(['markNotificationsRead', 'archiveNotifications'] as const).map(
    (operation): Row => ({
      operation,
      document: mutation(operation, operation === 'markNotificationsRead' ? 'MarkNotificationsReadInput' : 'ArchiveNotificationsInput', 'unreadCount'),
      variables: (f) => ({ input: { ids: [f.notificationId] } }),
      // A notification is its recipient's alone: for anyone else, an admin included, its id is no id of theirs.
      expected: { anonymous: 'UNAUTHENTICATED', otherOrg: 'BAD_USER_INPUT', executor: 'BAD_USER_INPUT', nonOwner: 'BAD_USER_INPUT', nonOwnerSeesAll: 'BAD_USER_INPUT', owner: 'ok', admin: 'BAD_USER_INPUT' },
    }),
  ),
  {
    operation: 'deleteClient',
    document: mutation('deleteClient', 'DeleteClientInput', 'deletedClientId'),
    // The admin deletes a client made for the call (one without deals); refused callers try the deal's client.
    prepare: async () => JSON.stringify((await as<{ createClient: { client: { id: string; version: number } } }>('owner', mutation('createClient', 'CreateClientInput', 'client { id version }'), {
      input: { client: { kind: 'PERSON', lastName: `Ошибочный ${++invitations}` } },
    })).createClient.client),
    variables: (f, prepared) => ({ input: prepared ? JSON.parse(prepared) : { id: f.clientId, version: f.clientVersion } }),
    expected: { ...ADMIN_ONLY, otherOrg: 'NOT_FOUND' },
  },
  {
    operation: 'clientDuplicates (excludeClientId)',
    document: 'query($input: ClientDuplicateCheckInput!) { clientDuplicates(input: $input) { client { id } matchedOn } }',
    variables: () => ({ input: { phones: ['8 916 000 77 88'], excludeClientId: '00000000-0000-4000-8000-000000000000' } }),
    shows: (v) => (v as unknown[]).length > 0,
    // The address book again: every member of the organisation is warned; another organisation sees none of ours.
    expected: { ...READ, otherOrg: 'none', executor: 'ok', nonOwner: 'ok' },
  },
  {
    operation: 'mergeClients',
    document: mutation('mergeClients', 'MergeClientsInput', 'client { id }'),
    // Each allowed caller merges two clients made for that call; refused callers try to merge the deal's
    // client away (into an id that is no client, so only the source decides the answer).
    prepare: () => twoNewClients(),
    variables: (f, prepared) => ({
      input: prepared ? JSON.parse(prepared) : { sourceId: f.clientId, sourceVersion: f.clientVersion, targetId: '00000000-0000-4000-8000-000000000000', targetVersion: 1 },
    }),
    // Clients are the organisation's address book (sellers and admins merge duplicates); executors do not.
    expected: { ...WRITE, otherOrg: 'NOT_FOUND', executor: 'FORBIDDEN', nonOwner: 'ok', nonOwnerSeesAll: 'ok' },
  },
];

const tokens = {} as Record<Caller, string | undefined>;
const ids = {} as Record<'owner' | 'nonOwner', string>;
let system: TestSystem;

async function as<T>(caller: Caller, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await system.graphql<T>(query, variables, tokens[caller]);
  if (result.errors?.length || !result.data) throw new Error(`${caller}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

let invitations = 0;
/** A new EXECUTOR of the demo organisation, invited by the admin and signed up; its id. */
async function invitedUser(): Promise<string> {
  const email = `matrix.user.${++invitations}@demo.local`;
  const invited = await as<{ inviteUser: { inviteToken: string } }>('admin', mutation('inviteUser', 'InviteUserInput', 'inviteToken'), {
    input: { email, displayName: `Исполнитель ${invitations}`, roles: ['EXECUTOR'] },
  });
  const accepted = await as<{ acceptInvite: { user: { id: string } } }>('anonymous', mutation('acceptInvite', 'AcceptInviteInput', 'user { id }'), {
    input: { token: invited.inviteUser.inviteToken, password: DEMO_PASSWORD },
  });
  return accepted.acceptInvite.user.id;
}

/** Two new clients of the organisation, as the mergeClients input that merges the first into the second. */
async function twoNewClients(): Promise<string> {
  const create = (lastName: string) =>
    as<{ createClient: { client: { id: string; version: number } } }>('owner', mutation('createClient', 'CreateClientInput', 'client { id version }'), {
      input: { client: { kind: 'PERSON', lastName } },
    });
  const source = (await create(`Дубль ${++invitations}`)).createClient.client;
  const target = (await create(`Основной ${invitations}`)).createClient.client;
  return JSON.stringify({ sourceId: source.id, sourceVersion: source.version, targetId: target.id, targetVersion: target.version });
}

/** A partner API key issued by the admin; its id. */
async function createdApiKey(): Promise<string> {
  const created = await as<{ createApiKey: { apiKey: { id: string } } }>('admin', mutation('createApiKey', 'CreateApiKeyInput', 'apiKey { id }'), {
    input: { name: `Партнёр ${++invitations}` },
  });
  return created.createApiKey.apiKey.id;
}

/**
 * A policy of the deal whose paid instalment then gets new terms: Payments keeps the money and records a
 * TERMS_CHANGED_ITEM_HAS_ACTUALS conflict. The policy's id and the open conflict's.
 */
async function scheduleConflict(f: Pick<Fixture, 'dealId' | 'insurerId' | 'productId'>): Promise<{ policyId: string; conflictId: string }> {
  const created = await as<{ createPolicy: { policy: { id: string; version: number } } }>('owner', mutation('createPolicy', 'CreatePolicyInput', 'policy { id version }'), {
    input: { dealId: f.dealId, insurerId: f.insurerId, productId: f.productId, number: `C-${++policyNumber}`, startDate: '2031-01-01', endDate: '2031-12-31', premium: rub('100'), commissionRate: '0.1' },
  });
  const policy = created.createPolicy.policy;
  const schedule = (query: string) => as<{ policySchedule: Record<string, { id: string; version?: number }[]> | null }>('owner', `query($id: ID!) { policySchedule(policyId: $id) { ${query} } }`, { id: policy.id });
  const instalment = await eventually(async () => {
    const found = (await schedule('instalments { id version }')).policySchedule?.instalments?.[0];
    expect(found).toBeDefined();
    return found!;
  });
  await as('owner', mutation('recordInstalmentPayment', 'RecordInstalmentPaymentInput', 'instalment { id }'), {
    input: { instalmentId: instalment.id, version: instalment.version, amount: '1', paidOn: '2031-01-01', method: 'CASH' },
  });
  await as('owner', mutation('updatePolicy', 'UpdatePolicyInput', 'policy { id }'), { input: { id: policy.id, version: policy.version, instalments: [{ dueDate: '2031-02-01', amount: rub('100') }] } });
  const conflict = await eventually(async () => {
    const found = (await schedule('conflicts { id }')).policySchedule?.conflicts?.[0];
    expect(found).toBeDefined();
    return found!;
  });
  return { policyId: policy.id, conflictId: conflict.id };
}

/** A task the admin hands to the owner; the notification it puts in the owner's inbox. */
async function ownersNotification(): Promise<string> {
  await as('admin', mutation('createTask', 'CreateTaskInput', 'task { id }'), { input: { kind: 'OTHER', title: 'Для уведомления', assigneeId: ids.owner } });
  return eventually(async () => {
    const { notifications } = await as<{ notifications: { edges: { node: { id: string } }[] } }>('owner', '{ notifications(first: 1) { edges { node { id } } } }', {});
    expect(notifications.edges).toHaveLength(1);
    return notifications.edges[0]!.node.id;
  });
}

/** What any of the operations could change, read in parts that each stay under the cost limit (by the admin unless named). */
const STATE: { query: string; caller?: Caller; variables: (f: Pick<Fixture, 'dealId' | 'policyId' | 'taskId' | 'conflictPolicyId'>) => Record<string, unknown> }[] = [
  {
    query: `query($deal: ID!) {
      deals(first: 1) { totalCount }
      clients(first: 50) { edges { node { id version } } }
      insurers(includeInactive: true) { id version active products { id version active } }
      deal(id: $deal) {
        id title version stage archived reviewDate participants { id }
        client { id version }
        journal(first: 20) { edges { node { id version text } } }
        calculations { id version status notes }
        policies { id version insuredObject }
      }
    }`,
    variables: (f) => ({ deal: f.dealId }),
  },
  {
    query: `query($policy: ID!, $conflictPolicy: ID!) {
      policySchedule(policyId: $policy) {
        version
        instalments { id version dueDate paid { amount } payments { id reversedByEntryId } }
        commissionIncomes { id version expectedDate received { amount } }
        expenses { id version description paid { amount } }
      }
      conflicted: policySchedule(policyId: $conflictPolicy) { version conflicts(includeResolved: true) { id resolvedAt resolution } }
    }`,
    variables: (f) => ({ policy: f.policyId, conflictPolicy: f.conflictPolicyId }),
  },
  {
    query: `query($task: ID!) {
      task(id: $task) { id version title status assignee { id } comments { id } }
      myTasks(relation: ANY, first: 50) { edges { node { id } } }
    }`,
    variables: (f) => ({ task: f.taskId }),
  },
  {
    query: `{
      users(first: 50) { edges { node { id version roles active } } }
      apiKeys(first: 50, includeRevoked: true) { edges { node { id revokedAt } } }
    }`,
    variables: () => ({}),
  },
  {
    // The owner's inbox and archive; only the fixture's notification is compared (others may still be arriving).
    query: `{
      inbox: notifications(first: 50) { edges { node { id readAt seenAt archivedAt } } }
      archive: notifications(first: 50, filter: { archived: true }) { edges { node { id readAt seenAt archivedAt } } }
    }`,
    caller: 'owner',
    variables: () => ({}),
  },
];

interface State {
  deal: { id: string; version: number; stage: string; client: { version: number }; journal: { edges: { node: { id: string; version: number } }[] }; calculations: { id: string; version: number }[]; policies: { id: string; version: number }[] };
  insurers: { id: string; version: number; products: { id: string; version: number }[] }[];
  policySchedule: { instalments: { id: string; version: number }[]; commissionIncomes: { id: string; version: number }[]; expenses: { id: string; version: number }[] };
  task: { id: string; version: number; status: string };
  users: { edges: { node: { id: string; version: number } }[] };
}

describe('authorization matrix through the router', () => {
  let base: Omit<Fixture, 'clientVersion' | 'dealVersion' | 'stage' | 'entryVersion' | 'calculationVersion' | 'draftCalculationVersion' | 'policyVersion' | 'insurerVersion' | 'productVersion' | 'instalmentVersion' | 'incomeVersion' | 'expenseVersion' | 'taskVersion' | 'taskStatus' | 'targetUserVersion'>;

  const state = async (): Promise<State> => {
    type Inbox = { edges: { node: { id: string } }[] };
    const parts = await Promise.all(STATE.map((part) => as<Partial<State> & { inbox?: Inbox; archive?: Inbox }>(part.caller ?? 'admin', part.query, part.variables(base))));
    const { inbox, archive, ...rest } = Object.assign({}, ...parts) as State & { inbox: Inbox; archive: Inbox };
    const notification = [...inbox.edges, ...archive.edges].find((e) => e.node.id === base.notificationId)?.node ?? null;
    return { ...rest, notification } as State;
  };
  const fixture = async (): Promise<Fixture> => {
    const s = await state();
    const version = <T extends { id: string; version: number }>(rows: readonly T[], id: string) => rows.find((r) => r.id === id)!.version;
    return {
      ...base,
      clientVersion: s.deal.client.version,
      dealVersion: s.deal.version,
      stage: s.deal.stage,
      entryVersion: version(s.deal.journal.edges.map((e) => e.node), base.entryId),
      calculationVersion: version(s.deal.calculations, base.calculationId),
      draftCalculationVersion: version(s.deal.calculations, base.draftCalculationId),
      policyVersion: version(s.deal.policies, base.policyId),
      insurerVersion: version(s.insurers, base.insurerId),
      productVersion: version(s.insurers.flatMap((i) => i.products), base.productId),
      instalmentVersion: version(s.policySchedule.instalments, base.instalmentId),
      incomeVersion: version(s.policySchedule.commissionIncomes, base.incomeId),
      expenseVersion: version(s.policySchedule.expenses, base.expenseId),
      taskVersion: s.task.version,
      taskStatus: s.task.status,
      targetUserVersion: version(s.users.edges.map((e) => e.node), base.targetUserId),
    };
  };

  beforeAll(async () => {
    system = await startTestSystem();
    tokens.admin = await system.login('admin@demo.local');
    tokens.owner = await system.login('seller@demo.local');
    tokens.executor = await system.login('executor@demo.local');
    const invited = await as<{ inviteUser: { inviteToken: string } }>('admin', mutation('inviteUser', 'InviteUserInput', 'inviteToken'), {
      input: { email: 'second.seller@demo.local', displayName: 'Второй продавец', roles: ['SELLER'] },
    });
    await as('anonymous', mutation('acceptInvite', 'AcceptInviteInput', 'accessToken'), { input: { token: invited.inviteUser.inviteToken, password: DEMO_PASSWORD } });
    tokens.nonOwner = await system.login('second.seller@demo.local');
    tokens.nonOwnerSeesAll = tokens.nonOwner;
    const signUp = await as<{ signUp: { accessToken: string } }>('anonymous', mutation('signUp', 'SignUpInput', 'accessToken'), {
      input: { organizationName: 'Чужое бюро', email: 'boss@other.local', password: DEMO_PASSWORD, displayName: 'Чужой админ' },
    });
    tokens.otherOrg = signUp.signUp.accessToken;
    ids.owner = (await as<{ me: { id: string } }>('owner', '{ me { id } }', {})).me.id;
    ids.nonOwner = (await as<{ me: { id: string } }>('nonOwner', '{ me { id } }', {})).me.id;

    const created = await as<{ createDeal: { deal: { id: string; client: { id: string } } } }>('owner', mutation('createDeal', 'CreateDealInput', 'deal { id client { id } }'), {
      input: { title: 'Сделка матрицы', newClient: { kind: 'PERSON', firstName: 'Мария', lastName: 'Матрицева', phones: ['+7 916 000-77-88'] } },
    });
    const dealId = created.createDeal.deal.id;
    const { insurers } = await as<{ insurers: { id: string; products: { id: string }[] }[] }>('owner', '{ insurers { id products { id } } }', {});
    const insurer = insurers.find((i) => i.products.length > 0)!;
    const entry = await as<{ addJournalEntry: { entry: { id: string } } }>('owner', mutation('addJournalEntry', 'AddJournalEntryInput', 'entry { id }'), { input: { dealId, kind: 'NOTE', text: 'первая' } });
    const calc = await as<{ addCalculation: { calculation: { id: string } } }>('owner', mutation('addCalculation', 'AddCalculationInput', 'calculation { id }'), {
      input: { dealId, insurerId: insurer.id, productId: insurer.products[0]!.id, premium: rub('60000') },
    });
    const draft = await as<{ addCalculation: { calculation: { id: string } } }>('owner', mutation('addCalculation', 'AddCalculationInput', 'calculation { id }'), {
      input: { dealId, insurerId: insurer.id, productId: insurer.products[0]!.id, premium: rub('65000') },
    });
    const policy = await as<{ createPolicy: { policy: { id: string } } }>('owner', mutation('createPolicy', 'CreatePolicyInput', 'policy { id }'), {
      input: {
        dealId,
        number: 'MATRIX-1',
        insurerId: insurer.id,
        productId: insurer.products[0]!.id,
        startDate: '2031-01-01',
        endDate: '2031-12-31',
        premium: rub('60000'),
        instalments: [{ dueDate: '2031-01-15', amount: rub('60000') }],
        commissionRate: '0.1',
      },
    });
    const policyId = policy.createPolicy.policy.id;
    const task = await as<{ createTask: { task: { id: string } } }>('owner', mutation('createTask', 'CreateTaskInput', 'task { id }'), { input: { kind: 'OTHER', title: 'Задача матрицы', dealId } });
    const schedule = await eventually(async () => {
      const s = await as<{ policySchedule: { instalments: { id: string }[]; commissionIncomes: { id: string }[] } | null }>('owner', 'query($id: ID!) { policySchedule(policyId: $id) { instalments { id } commissionIncomes { id } } }', { id: policyId });
      expect(s.policySchedule).not.toBeNull();
      return s.policySchedule!;
    });
    const expense = await as<{ addExpense: { expense: { id: string } } }>('owner', mutation('addExpense', 'AddExpenseInput', 'expense { id }'), { input: { policyId, description: 'Курьер', amount: '500' } });
    base = {
      clientId: created.createDeal.deal.client.id,
      dealId,
      entryId: entry.addJournalEntry.entry.id,
      calculationId: calc.addCalculation.calculation.id,
      draftCalculationId: draft.addCalculation.calculation.id,
      policyId,
      insurerId: insurer.id,
      productId: insurer.products[0]!.id,
      instalmentId: schedule.instalments[0]!.id,
      incomeId: schedule.commissionIncomes[0]!.id,
      expenseId: expense.addExpense.expense.id,
      taskId: task.createTask.task.id,
      targetUserId: await invitedUser(),
      apiKeyId: await createdApiKey(),
      entries: { instalment: '', income: '', expense: '' },
      ...(await scheduleConflict({ dealId, insurerId: insurer.id, productId: insurer.products[0]!.id }).then((c) => ({ conflictPolicyId: c.policyId, conflictId: c.conflictId }))),
      notificationId: await ownersNotification(),
    };
    for (const kind of Object.keys(ENTRY_KINDS) as EntryKind[]) base.entries[kind] = await recordEntry(kind, await fixture());
    // The whole system plus a dozen set-up calls: more than one default timeout on a busy machine.
  }, 180_000);
  afterAll(() => system?.stop());

  const setSellersSeeAll = async (on: boolean) => {
    const { crmSettings } = await as<{ crmSettings: { version: number } }>('admin', '{ crmSettings { version } }', {});
    await as('admin', mutation('updateCrmSettings', 'UpdateCrmSettingsInput', 'settings { version }'), { input: { version: crmSettings.version, sellersSeeAllDeals: on } });
    // Tasks and Payments follow when crm.settings.changed reaches them.
    await eventually(async () => {
      const seen = await as<{ task: unknown; policySchedule: unknown }>('nonOwner', 'query($t: ID!, $p: ID!) { task(id: $t) { id } policySchedule(policyId: $p) { policyId } }', { t: base.taskId, p: base.policyId });
      expect([seen.task !== null, seen.policySchedule !== null]).toEqual([on, on]);
    });
  };

  it.each(CALLERS.map((caller) => [caller]))('%s', async (caller) => {
    if (caller === 'nonOwnerSeesAll') await setSellersSeeAll(true);
    const outcomes: Record<string, Outcome | string> = {};
    const expected: Record<string, Outcome> = {};
    try {
      for (const row of ROWS) {
        const allowed = row.expected[caller] === 'ok';
        const current = await fixture();
        const prepared = allowed && row.prepare ? await row.prepare(current) : undefined;
        const before = allowed ? undefined : await state();
        const result = await system.graphql<Record<string, unknown>>(row.document, row.variables(allowed && row.prepare ? await fixture() : current, prepared), tokens[caller]);
        const code = result.errors?.[0]?.extensions?.code as Outcome | undefined;
        const value = result.data ? Object.values(result.data)[0] : undefined;
        outcomes[row.operation] = code ?? (value === null ? 'null' : value === undefined ? `no data: ${JSON.stringify(result.errors)}` : row.shows?.(value) === false ? 'none' : 'ok');
        expected[row.operation] = row.expected[caller];
        if (allowed && !result.errors && row.applied) await row.applied(current);
        // A refused (or hidden) operation changed nothing anywhere: CRM, Payments, Tasks.
        if (before) expect({ operation: row.operation, state: await state() }).toEqual({ operation: row.operation, state: before });
      }
    } finally {
      if (caller === 'nonOwnerSeesAll') await setSellersSeeAll(false);
    }
    expect(outcomes).toEqual(expected);
    // About 55 operations, each with a state read before and after.
  }, 300_000);
});
