import { composeServices, type CompositionSuccess } from '@apollo/composition';
import { parse, printSchema, type DocumentNode } from 'graphql';

/** One subgraph as composition sees it. */
export interface SubgraphSource {
  name: string;
  /** The routing URL recorded in the supergraph; the router may override it at run time. */
  url: string;
  typeDefs: string | DocumentNode;
}

/** A composition hint reviewed and accepted on purpose; `reason` is for the next reader. */
export interface AcceptedHint {
  code: string;
  /** Schema coordinate (e.g. `User.email`); absent means every hint with this code. */
  coordinate?: string;
  reason: string;
}

export type ComposeOutcome =
  | {
      ok: true;
      supergraphSdl: string;
      /** The public API schema: what clients (web, bot, partners) see, without federation internals. */
      apiSchemaSdl: string;
      /** Accepted hints that composition no longer produces: safe to delete from the file. */
      unusedAcceptances: AcceptedHint[];
    }
  | { ok: false; errors: string[] };

/**
 * Composes the supergraph from subgraph SDLs. Pure: no file system, no network. Fails on composition
 * errors and on any hint that `acceptedHints` does not list, so a new hint is reviewed, not ignored.
 */
export function composeSupergraph(subgraphs: readonly SubgraphSource[], acceptedHints: readonly AcceptedHint[] = []): ComposeOutcome {
  if (subgraphs.length === 0) return { ok: false, errors: ['No subgraphs to compose.'] };
  const services = [...subgraphs]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({ name: s.name, url: s.url, typeDefs: typeof s.typeDefs === 'string' ? parse(s.typeDefs) : s.typeDefs }));

  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((e) => `[${String(e.extensions?.code ?? 'ERROR')}] ${e.message}`) };

  const unaccepted = result.hints.filter((hint) => !acceptedHints.some((a) => accepts(a, hint)));
  if (unaccepted.length > 0) {
    return {
      ok: false,
      errors: unaccepted.map(
        (hint) => `Unaccepted composition hint [${hint.definition.code}] ${hint.message} (coordinate: ${hint.coordinate ?? 'none'}). Fix the SDL or add it to schema/accepted-hints.json with a reason.`,
      ),
    };
  }

  return {
    ok: true,
    supergraphSdl: ensureTrailingNewline(result.supergraphSdl),
    apiSchemaSdl: ensureTrailingNewline(printSchema(result.schema.toAPISchema().toGraphQLJSSchema())),
    unusedAcceptances: acceptedHints.filter((a) => !result.hints.some((hint) => accepts(a, hint))),
  };
}

// The package does not export the hint class itself from its entry point.
type CompositionHint = CompositionSuccess['hints'][number];

function accepts(acceptance: AcceptedHint, hint: CompositionHint): boolean {
  return acceptance.code === hint.definition.code && (acceptance.coordinate === undefined || acceptance.coordinate === hint.coordinate);
}

function ensureTrailingNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
