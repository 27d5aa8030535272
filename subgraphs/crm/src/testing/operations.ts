/** GraphQL operations the CRM tests share. */
export const CREATE_DEAL = `mutation($input: CreateDealInput!) {
  createDeal(input: $input) {
    deal { id version title stage reviewDate owner { id } client { id displayName phones emails inn } }
    duplicates { client { id displayName } matchedOn }
  }
}`;

export const CREATE_CLIENT = `mutation($input: CreateClientInput!) {
  createClient(input: $input) { client { id version displayName } duplicates { client { id } matchedOn } }
}`;

export const ADD_CALCULATION = `mutation($input: AddCalculationInput!) {
  addCalculation(input: $input) { calculation { id version status premium { amount currency } commissionRate insurer { name } product { name } } }
}`;

export const CHOOSE_CALCULATION = `mutation($input: ChooseCalculationInput!) {
  chooseCalculation(input: $input) { chosen { id status } rejected { id status } }
}`;

export const CREATE_POLICY = `mutation($input: CreatePolicyInput!) {
  createPolicy(input: $input) {
    policy { id version number premium { amount currency } instalments { dueDate amount { amount } } commissionRate commissionAmount { amount } insurer { id name } product { id } }
    deal { id reviewDate reviewDateManual }
  }
}`;

export const ADD_NOTE = `mutation($input: AddJournalEntryInput!) {
  addJournalEntry(input: $input) { entry { id version kind text author { id } } }
}`;

export const DEAL_JOURNAL = `query($id: ID!) {
  deal(id: $id) { journal { edges { node { kind text version edited history { version text } } } } }
}`;

export const newPerson = (overrides: Record<string, unknown> = {}) => ({
  kind: 'PERSON',
  firstName: 'Иван',
  lastName: 'Петров',
  phones: ['+7 916 123-45-67'],
  emails: ['ivan.petrov@example.com'],
  ...overrides,
});
