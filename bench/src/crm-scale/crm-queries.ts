/** The GraphQL a broker's screens send, through the router; field names as in CRM's schema.graphql. */

/**
 * The "to review" list's first page: due deals, earliest review date first (the default sort with
 * reviewDueBy). `withCount` adds the total the screen shows as a badge: measured apart, as it is a
 * second statement that costs more than the page.
 */
export const TO_REVIEW_QUERY = `query ToReview($day: Date!, $withCount: Boolean!) {
  deals(first: 20, filter: {reviewDueBy: $day}) {
    totalCount @include(if: $withCount)
    edges { cursor node {
      id title stage reviewDate reviewDateManual
      expectedPremium { amount currency }
      client { id displayName phones }
      owner { id displayName }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Everything the deal card shows: the deal, its client, the journal's first page, quotes and policies. */
export const DEAL_CARD_QUERY = `query DealCard($id: ID!) {
  deal(id: $id) {
    id title stage lossReason insuranceType source
    expectedPremium { amount currency }
    reviewDate reviewDateManual reviewDateReason archived version createdAt updatedAt
    owner { id displayName }
    participants { id displayName }
    client { id kind displayName phones emails inn address tags }
    journal(first: 20) {
      edges { node { id kind text edited createdAt author { id displayName } } }
      pageInfo { hasNextPage endCursor }
    }
    calculationsCount
    calculations {
      id status variantLabel validUntil commissionRate
      premium { amount currency }
      insurer { id name }
      product { id name }
    }
    policies {
      id number status startDate endDate nextUnpaidDueDate
      premium { amount currency }
      instalments { dueDate amount { amount currency } }
      insurer { id name }
    }
  }
}`;

/** Client search as the search box sends it: name fragment, phone fragment, e-mail or INN. */
export const CLIENT_SEARCH_QUERY = `query Clients($search: String!) {
  clients(first: 20, search: $search) {
    edges { node { id kind displayName phones emails inn } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface ToReviewData {
  deals: { totalCount?: number; edges: { node: { id: string } }[] };
}
export interface DealCardData {
  deal: { id: string } | null;
}
export interface ClientSearchData {
  clients: { edges: { node: { id: string } }[] };
}
