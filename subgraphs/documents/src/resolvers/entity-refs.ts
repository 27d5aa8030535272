/** Another subgraph's entity as Documents knows it: its key only; the router fetches the rest from its owner. */
export interface EntityRef {
  id: string;
}

export const entityRef = <T extends 'Deal' | 'Client' | 'Policy'>(typename: T, id: string | null) => (id ? { __typename: typename, id } : null);
