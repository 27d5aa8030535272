import type { DealSortField, DealStage, DealsFilter, SortDirection } from '../../__generated__/graphql';

export const DEAL_STAGES: DealStage[] = ['NEW', 'CALCULATION', 'NEGOTIATION', 'ISSUING', 'ACTIVE', 'CLOSED_WON', 'CLOSED_LOST'];
const SORT_FIELDS: DealSortField[] = ['UPDATED_AT', 'CREATED_AT', 'REVIEW_DATE', 'TITLE'];

/** The deals screen's state lives in the URL: a link or a reload shows the same list. */
export interface DealsSearch {
  /** `review`: deals whose review date is due, the default first view; `table`: all; `kanban`: the board. */
  view: 'review' | 'table' | 'kanban';
  mine?: boolean;
  stage?: DealStage[];
  owner?: string;
  client?: string;
  q?: string;
  sort?: DealSortField;
  dir?: SortDirection;
}

export function parseDealsSearch(search: Record<string, unknown>): DealsSearch {
  const view = search.view === 'table' || search.view === 'kanban' ? search.view : 'review';
  const stages = (Array.isArray(search.stage) ? search.stage : [search.stage]).filter((s): s is DealStage => DEAL_STAGES.includes(s as DealStage));
  return {
    view,
    ...(search.mine === true || search.mine === 'true' ? { mine: true } : {}),
    ...(stages.length ? { stage: stages } : {}),
    ...(typeof search.owner === 'string' && search.owner ? { owner: search.owner } : {}),
    ...(typeof search.client === 'string' && search.client ? { client: search.client } : {}),
    ...(typeof search.q === 'string' && search.q ? { q: search.q } : {}),
    ...(SORT_FIELDS.includes(search.sort as DealSortField) ? { sort: search.sort as DealSortField } : {}),
    ...(search.dir === 'ASC' || search.dir === 'DESC' ? { dir: search.dir } : {}),
  };
}

/** The API filter for the URL state; the review view adds "due for review by the organisation's today" (the server's day, ADR 0046). */
export function dealsFilter(search: DealsSearch): DealsFilter {
  return {
    ...(search.mine ? { mine: true } : {}),
    ...(search.stage && search.view !== 'kanban' ? { stages: search.stage } : {}),
    ...(search.owner ? { ownerId: search.owner } : {}),
    ...(search.client ? { clientId: search.client } : {}),
    ...(search.q ? { search: search.q } : {}),
    ...(search.view === 'review' ? { reviewDue: true } : {}),
  };
}

export function dealsSort(search: DealsSearch): { field: DealSortField; direction: SortDirection } {
  if (search.sort) return { field: search.sort, direction: search.dir ?? 'DESC' };
  return search.view === 'review' ? { field: 'REVIEW_DATE', direction: 'ASC' } : { field: 'UPDATED_AT', direction: 'DESC' };
}
