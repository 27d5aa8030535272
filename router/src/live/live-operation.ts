import {
  GraphQLError,
  Kind,
  getOperationAST,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { LiveEvent } from './live-events';
import { routerText } from '../router.texts';
import { sharableSelection } from './live-sharing';

type Entity = LiveEvent['entity'];

const ROOT_FIELDS: Record<string, { entity: Entity; eventType: string }> = {
  dealChanged: { entity: 'deal', eventType: 'DealEvent' },
  myDealsChanged: { entity: 'deal', eventType: 'DealEvent' },
  myTasksChanged: { entity: 'task', eventType: 'TaskEvent' },
  notificationAdded: { entity: 'notification', eventType: 'NotificationEvent' },
};

/** The variable that carries the changed entity's id into the derived query. */
export const LIVE_ID_VARIABLE = '__liveId';

/**
 * A subscription turned into what the router runs per event: one query text (stable per subscription,
 * so the gateway's document and plan caches hold), plus how to assemble the event from its result.
 */
export interface LiveOperation {
  rootField: string;
  entity: Entity;
  /** `dealChanged`'s deal; null when every entity of the organisation is a candidate. */
  filterId: string | null;
  queryText: string;
  /** The subscription's variables the derived query uses (without the entity id). */
  variables: Record<string, unknown>;
  /** The subscription's result for one event, from the derived query's data. */
  assemble(event: LiveEvent, data: Record<string, unknown>): Record<string, unknown>;
  /** The response keys under which the derived query selects the entity. */
  entityKeys: string[];
  /** The derived query reads only fields whose answer one access class shares (`live-sharing.ts`, ADR 0074). */
  sharable: boolean;
}

function badOperation(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Walks a selection set through fragments, calling `onField` for every field it selects. */
function eachField(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, onField: (field: FieldNode) => void): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) onField(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) eachField(selection.selectionSet, fragments, onField);
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) eachField(fragment.selectionSet, fragments, onField);
    }
  }
}

function usedFragments(selectionSets: SelectionSetNode[], fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const pending = [...selectionSets];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      },
    });
  }
  return [...used.values()];
}

function argumentValue(field: FieldNode, name: string, variables: Record<string, unknown>): string | null {
  const value = field.arguments?.find((arg) => arg.name.value === name)?.value;
  if (!value) return null;
  if (value.kind === Kind.VARIABLE) {
    const bound = variables[value.name.value];
    return typeof bound === 'string' || typeof bound === 'number' ? String(bound) : null;
  }
  return value.kind === Kind.STRING || value.kind === Kind.INT ? value.value : null;
}

/** What a subscription document means for every subscriber of it: shared, whatever their variables. */
type LiveTemplate = Omit<LiveOperation, 'filterId' | 'variables'> & {
  /** The root field (for `dealChanged`'s id argument). */
  root: FieldNode;
  /** The subscription's variables the derived query uses. */
  used: ReadonlySet<string>;
};

/** Templates per parsed document and operation name: subscribers sharing a document share its template. */
const templates = new WeakMap<DocumentNode, Map<string, LiveTemplate>>();

/**
 * Derives the per-event query from a validated subscription document: every `deal`/`task` selection of
 * the event becomes `deal(id: $__liveId) { … }` with the same alias, fragments and variables. Only the
 * filter id and the variables are the subscriber's own; the rest is shared by every subscription of
 * the same (cached) document, so an idle subscriber costs a few fields, not an AST and a query text.
 */
export function liveOperation(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): LiveOperation {
  const byName = templates.get(document) ?? new Map<string, LiveTemplate>();
  templates.set(document, byName);
  let template = byName.get(operationName ?? '');
  if (!template) {
    template = liveTemplate(document, operationName);
    byName.set(operationName ?? '', template);
  }
  const { root, used, ...shared } = template;
  return {
    ...shared,
    filterId: root.name.value === 'dealChanged' ? argumentValue(root, 'id', variables) : null,
    variables: Object.fromEntries(Object.entries(variables).filter(([name]) => used.has(name))),
  };
}

function liveTemplate(document: DocumentNode, operationName: string | null | undefined): LiveTemplate {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'subscription') throw badOperation(routerText('onlySubscriptions').render());
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d] as const),
  );
  const roots: FieldNode[] = [];
  eachField(operation.selectionSet, fragments, (field) => roots.push(field));
  const root = roots[0];
  const spec = root && ROOT_FIELDS[root.name.value];
  if (!root || !spec || roots.length !== 1 || !root.selectionSet) throw badOperation(routerText('oneLiveField').render());
  const rootKey = root.alias?.value ?? root.name.value;
  const rootSelection = root.selectionSet;

  const entityFields: FieldNode[] = [];
  eachField(rootSelection, fragments, (field) => {
    if (field.name.value === spec.entity && field.selectionSet) entityFields.push(field);
  });
  const idVariable = { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: LIVE_ID_VARIABLE } } as const;
  const querySelections: FieldNode[] = entityFields.map((field) => ({
    ...field,
    alias: { kind: Kind.NAME, value: field.alias?.value ?? field.name.value },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'id' }, value: idVariable }],
  }));
  const entityKeys = [...new Set(querySelections.map((field) => field.alias!.value))];
  const liveIdDefinition: VariableDefinitionNode = {
    kind: Kind.VARIABLE_DEFINITION,
    variable: idVariable,
    type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
  };
  // Always select the entity's id, so an event whose entity is not visible is told apart from an empty selection.
  const selectionSet: SelectionSetNode = {
    kind: Kind.SELECTION_SET,
    selections: querySelections.length > 0 ? querySelections : [{ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: spec.entity }, name: { kind: Kind.NAME, value: spec.entity }, arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'id' }, value: idVariable }], selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }] } }],
  };
  if (entityKeys.length === 0) entityKeys.push(spec.entity);
  const used = new Set<string>();
  visit(selectionSet, { Variable: (node) => void used.add(node.name.value) });
  const fragmentsNeeded = usedFragments([selectionSet], fragments);
  fragmentsNeeded.forEach((fragment) => visit(fragment, { Variable: (node) => void used.add(node.name.value) }));
  const query: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: `Live_${operation.name?.value ?? root.name.value}` },
    variableDefinitions: [liveIdDefinition, ...(operation.variableDefinitions ?? []).filter((d) => used.has(d.variable.name.value))],
    selectionSet,
  };
  const queryText = print({ kind: Kind.DOCUMENT, definitions: [query, ...fragmentsNeeded] });

  return {
    root,
    used,
    rootField: root.name.value,
    entity: spec.entity,
    queryText,
    entityKeys,
    sharable: sharableSelection(
      spec.entity,
      selectionSet.selections.map((selection) => (selection as FieldNode).selectionSet!),
      fragments,
    ),
    assemble(event, data) {
      const value: Record<string, unknown> = {};
      eachField(rootSelection, fragments, (field) => {
        const key = field.alias?.value ?? field.name.value;
        const name = field.name.value;
        if (name === spec.entity) value[key] = data[key] ?? null;
        else if (name === '__typename') value[key] = spec.eventType;
        else value[key] = (event as unknown as Record<string, unknown>)[name] ?? null;
      });
      return { [rootKey]: value };
    },
  };
}
