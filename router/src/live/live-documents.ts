import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationRule } from 'graphql';

/** Distinct valid subscription documents kept per schema; the oldest is forgotten past this. */
const KEPT_DOCUMENTS = 500;

/**
 * Parsed and validated subscription documents by text, per schema (a new supergraph starts afresh):
 * thousands of subscribers of the web app's few documents share one AST each (and the live templates
 * keyed by it), instead of each holding its own for as long as it stays subscribed.
 */
export function createLiveDocuments(parseOptions: ParseOptions, rules: readonly ValidationRule[]) {
  const bySchema = new WeakMap<GraphQLSchema, Map<string, DocumentNode>>();
  const allRules = [...specifiedRules, ...rules];
  return {
    /** The document of `query`, or why it is refused (syntax or validation errors). */
    document(schema: GraphQLSchema, query: string): DocumentNode | GraphQLError[] {
      const documents = bySchema.get(schema) ?? new Map<string, DocumentNode>();
      bySchema.set(schema, documents);
      const known = documents.get(query);
      if (known) {
        documents.delete(query);
        documents.set(query, known);
        return known;
      }
      let document: DocumentNode;
      try {
        document = parse(query, parseOptions);
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      const errors = validate(schema, document, allRules);
      if (errors.length > 0) return [...errors];
      documents.set(query, document);
      if (documents.size > KEPT_DOCUMENTS) documents.delete(documents.keys().next().value!);
      return document;
    },
  };
}
