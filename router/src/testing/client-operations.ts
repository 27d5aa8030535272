/**
 * Representative operations of the web app and the bot (the screens SPEC.md describes), for testing
 * the query limits until the clients' own operations live in `schema/operations/`; the limits test
 * reads those too. Each one asks what a real screen shows, at the pages its lists default to.
 */
const money = 'amount currency';
const user = 'id displayName email';
const clientFields = `id kind displayName firstName lastName middleName companyName phones emails inn birthDate
  registrationData address notes tags version createdAt updatedAt owner { ${user} }`;
const journalEntry = `id kind text version edited createdAt updatedAt author { ${user} }
  history { version kind text writtenAt author { ${user} } }`;
const calculation = `id status insuredObject commissionRate deductible terms validUntil variantLabel notes version createdAt updatedAt
  sumInsured { ${money} } premium { ${money} } commissionAmount { ${money} }
  insurer { id name } product { id name insuranceType } author { ${user} }`;
const summary = (['premiumPlanned', 'premiumPaid', 'premiumOutstanding', 'commissionPlanned', 'commissionReceived', 'commissionOutstanding', 'expensesPlanned', 'expensesPaid', 'netIncome', 'netIncomePlanned'] as const)
  .map((field) => `${field} { ${money} }`)
  .join(' ');
const policy = `id number status insuredObject startDate endDate commissionRate nextUnpaidDueDate version createdAt updatedAt
  premium { ${money} } commissionAmount { ${money} } insurer { id name } product { id name }
  instalments { dueDate amount { ${money} } } plannedExpenses { description dueDate amount { ${money} } }`;
const task = `id kind title description dueDate priority status version createdAt updatedAt completedAt
  author { ${user} } assignee { ${user} } deal { id title }`;

export const clientOperations: Record<string, string> = {
  /** The deal card: everything on one screen, journal and tasks at their default pages. */
  DealCard: `query DealCard($id: ID!) {
    deal(id: $id) {
      id title stage lossReason insuranceType source reviewDate reviewDateManual reviewDateReason archived version createdAt updatedAt
      expectedPremium { ${money} }
      client { ${clientFields} }
      owner { ${user} }
      participants { ${user} }
      renewalOf { id number endDate }
      calculationsCount
      calculations { ${calculation} }
      policies { ${policy} }
      moneySummary { currency otherCurrencyItemCount ${summary} }
      journal { edges { cursor node { ${journalEntry} } } pageInfo { hasNextPage endCursor } }
      tasks { edges { cursor node { ${task} } } pageInfo { hasNextPage endCursor } }
    }
  }`,
  /** The deals list / kanban board: a page of 100 rows of the columns it shows, with stage counts. */
  DealsBoard: `query DealsBoard($first: Int = 100, $after: String, $filter: DealsFilter, $sort: DealSort) {
    deals(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      edges { cursor node { id title stage reviewDate archived version updatedAt expectedPremium { ${money} } client { id displayName } owner { id displayName } } }
      pageInfo { hasNextPage endCursor }
    }
    dealStageCounts(filter: $filter) { stage count }
  }`,
  /** The client card with its deals. */
  ClientCard: `query ClientCard($id: ID!) {
    client(id: $id) { ${clientFields} deals { edges { node { id title stage reviewDate updatedAt owner { id displayName } } } pageInfo { hasNextPage endCursor } } }
  }`,
  /** The clients list with search. */
  Clients: `query Clients($search: String, $after: String) {
    clients(first: 50, search: $search, after: $after) { edges { cursor node { id kind displayName phones emails inn tags owner { id displayName } } } pageInfo { hasNextPage endCursor } }
  }`,
  /** "My tasks", also the bot's /tasks. */
  MyTasks: `query MyTasks($relation: TaskRelation, $filter: TaskFilter, $after: String) {
    myTasks(relation: $relation, filter: $filter, after: $after) { edges { cursor node { ${task} } } pageInfo { hasNextPage endCursor } }
  }`,
  /** The task card with comments and history. */
  TaskCard: `query TaskCard($id: ID!) {
    task(id: $id) { ${task} comments { id text createdAt author { ${user} } } history { id at field from to actor { ${user} } } }
  }`,
  /** The policy's payment schedule. */
  PolicySchedule: `query PolicySchedule($policyId: ID!) {
    policySchedule(policyId: $policyId) {
      policyId dealId currency termsVersion version nextUnpaidDueDate hasOpenConflicts premium { ${money} }
      summary { currency otherCurrencyItemCount ${summary} }
    }
  }`,
  /** The journal of a deal, a further page. */
  DealJournalPage: `query DealJournalPage($id: ID!, $after: String) {
    deal(id: $id) { id journal(first: 50, after: $after) { edges { cursor node { ${journalEntry} } } pageInfo { hasNextPage endCursor } } }
  }`,
};

/** What the limits must refuse: a list of the largest page where every row is a full deal card. */
export const abusiveDealsOperation = `query Abusive {
  deals(first: 100) { edges { node {
    id title stage lossReason insuranceType source reviewDate reviewDateManual reviewDateReason archived version createdAt updatedAt
    expectedPremium { ${money} }
    client { ${clientFields} }
    owner { ${user} } participants { ${user} }
    calculations { ${calculation} }
    policies { ${policy} }
    moneySummary { currency otherCurrencyItemCount ${summary} }
  } } }
}`;
