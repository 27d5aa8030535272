/** Another subgraph's entity as Tasks knows it: its key only; the router fetches the rest from its owner. */
export interface EntityRef {
  id: string;
}

export const dealRef = (id: string) => ({ __typename: 'Deal' as const, id });
export const calculationRef = (id: string) => ({ __typename: 'Calculation' as const, id });
export const policyRef = (id: string) => ({ __typename: 'Policy' as const, id });
export const userRef = (id: string) => ({ __typename: 'User' as const, id });
