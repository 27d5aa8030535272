/** An entity another subgraph owns, known here by its key only. */
export interface EntityRef {
  id: string;
}
