/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChangeDealStageInput = {
  id: string | number;
  /** Required when the stage is CLOSED_LOST. */
  lossReason?: string | null | undefined;
  stage: DealStage;
  version: number;
};

export type DealSort = {
  direction?: SortDirection | null | undefined;
  field: DealSortField;
};

export type DealSortField =
  | 'CREATED_AT'
  | 'REVIEW_DATE'
  | 'TITLE'
  | 'UPDATED_AT';

export type DealStage =
  | 'ACTIVE'
  | 'CALCULATION'
  | 'CLOSED_LOST'
  | 'CLOSED_WON'
  | 'ISSUING'
  | 'NEGOTIATION'
  | 'NEW';

export type DealsFilter = {
  /** Archived deals are hidden unless asked for. */
  archived?: boolean | null | undefined;
  clientId?: string | number | null | undefined;
  /** Only deals the caller owns or participates in. */
  mine?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Deals whose review date is on or before this day (the "to review" list). */
  reviewDueBy?: string | null | undefined;
  /** Matches the title and the client's name, phone, e-mail or INN. */
  search?: string | null | undefined;
  stages?: Array<DealStage> | null | undefined;
};

/** A person's permissions inside their organisation; a user may hold several. */
export type Role =
  | 'ADMIN'
  | 'EXECUTOR'
  | 'SELLER';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, roles: Array<Role>, organization: { id: string, name: string }, telegram: { telegramUsername: string | null, linkedAt: string } | null } };

export type ChangeDealStageMutationVariables = Exact<{
  input: ChangeDealStageInput;
}>;


export type ChangeDealStageMutation = { changeDealStage: { deal: { id: string, stage: DealStage, version: number } } };

export type DealStageCountsQueryVariables = Exact<{
  filter?: DealsFilter | null | undefined;
}>;


export type DealStageCountsQuery = { dealStageCounts: Array<{ stage: DealStage, count: number }> };

export type DealsListQueryVariables = Exact<{
  filter?: DealsFilter | null | undefined;
  sort?: DealSort | null | undefined;
  first?: number | null | undefined;
}>;


export type DealsListQuery = { deals: { totalCount: number, edges: Array<{ node: { id: string, title: string, stage: DealStage, version: number, reviewDate: string | null, reviewDateReason: string | null, updatedAt: string, expectedPremium: { amount: string, currency: string } | null, client: { id: string, displayName: string }, owner: { id: string, displayName: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    roles
    organization {
      id
      name
    }
    telegram {
      telegramUsername
      linkedAt
    }
  }
}
    `, {"hash":"sha256:d42f7028cd110fdd11b2b4ea0dadea888990be4dc5ee3d8460e16351abb82816"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ChangeDealStageDocument = new TypedDocumentString(`
    mutation ChangeDealStage($input: ChangeDealStageInput!) {
  changeDealStage(input: $input) {
    deal {
      id
      stage
      version
    }
  }
}
    `, {"hash":"sha256:d7b130f912825b187bf6036ed35afc51c33dafe8612756be8d3372b37e4f4b8a"}) as unknown as TypedDocumentString<ChangeDealStageMutation, ChangeDealStageMutationVariables>;
export const DealStageCountsDocument = new TypedDocumentString(`
    query DealStageCounts($filter: DealsFilter) {
  dealStageCounts(filter: $filter) {
    stage
    count
  }
}
    `, {"hash":"sha256:016f747f05198977746daa2a1dfd86ae15879a1f2e07459439f485f717839836"}) as unknown as TypedDocumentString<DealStageCountsQuery, DealStageCountsQueryVariables>;
export const DealsListDocument = new TypedDocumentString(`
    query DealsList($filter: DealsFilter, $sort: DealSort, $first: Int) {
  deals(first: $first, filter: $filter, sort: $sort) {
    totalCount
    edges {
      node {
        id
        title
        stage
        version
        reviewDate
        reviewDateReason
        updatedAt
        expectedPremium {
          amount
          currency
        }
        client {
          id
          displayName
        }
        owner {
          id
          displayName
        }
      }
    }
  }
}
    `, {"hash":"sha256:4e1982a8074e84adf55d09aa532d6d25803a50759fe5b459285bfba317e3e5fe"}) as unknown as TypedDocumentString<DealsListQuery, DealsListQueryVariables>;