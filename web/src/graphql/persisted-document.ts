/**
 * What the built app keeps of an operation: its persisted id and whether it is a query, mutation or
 * subscription; the text stays on the server's manifest (ADR 0030, 0059). The build swaps each
 * `graphql(\`…\`)` call for one of these (web/persisted-documents-plugin.ts).
 */
export class PersistedDocument extends String {
  readonly __meta__: { hash: string | null };

  constructor(operation: string, hash: string | null) {
    super(operation);
    this.__meta__ = { hash };
  }
}
