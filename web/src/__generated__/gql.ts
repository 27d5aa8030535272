/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      organization {\n        id\n        name\n      }\n      telegram {\n        telegramUsername\n        linkedAt\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangeDealStage($input: ChangeDealStageInput!) {\n    changeDealStage(input: $input) {\n      deal {\n        id\n        stage\n        version\n      }\n    }\n  }\n": typeof types.ChangeDealStageDocument,
    "\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n": typeof types.DealStageCountsDocument,
    "\n  query DealsList($filter: DealsFilter, $sort: DealSort, $first: Int) {\n    deals(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          reviewDate\n          reviewDateReason\n          updatedAt\n          expectedPremium {\n            amount\n            currency\n          }\n          client {\n            id\n            displayName\n          }\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealsListDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      organization {\n        id\n        name\n      }\n      telegram {\n        telegramUsername\n        linkedAt\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation ChangeDealStage($input: ChangeDealStageInput!) {\n    changeDealStage(input: $input) {\n      deal {\n        id\n        stage\n        version\n      }\n    }\n  }\n": types.ChangeDealStageDocument,
    "\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n": types.DealStageCountsDocument,
    "\n  query DealsList($filter: DealsFilter, $sort: DealSort, $first: Int) {\n    deals(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          reviewDate\n          reviewDateReason\n          updatedAt\n          expectedPremium {\n            amount\n            currency\n          }\n          client {\n            id\n            displayName\n          }\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DealsListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      organization {\n        id\n        name\n      }\n      telegram {\n        telegramUsername\n        linkedAt\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDealStage($input: ChangeDealStageInput!) {\n    changeDealStage(input: $input) {\n      deal {\n        id\n        stage\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeDealStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n"): typeof import('./graphql').DealStageCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsList($filter: DealsFilter, $sort: DealSort, $first: Int) {\n    deals(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          reviewDate\n          reviewDateReason\n          updatedAt\n          expectedPremium {\n            amount\n            currency\n          }\n          client {\n            id\n            displayName\n          }\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealsListDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
