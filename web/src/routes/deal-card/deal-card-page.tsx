import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Col, Row } from 'antd';
import { graphql } from '../../__generated__';
import { WithDialogs } from '../../components/dialogs';
import { QueryState } from '../../components/query-state';
import { execute } from '../../graphql/execute';
import { livePollInterval, useLiveInvalidation } from '../../graphql/live';
import { AuditSection } from './audit-section';
import { CalculationsSection, dealCalculationsQuery } from './calculations-section';
import { DealHeader } from './deal-header';
import { dealDocumentsQuery, DocumentsSection } from './documents-section';
import { JournalSection } from './journal-section';
import { dealMoneySummaryQuery, MoneySummarySection } from './money-summary-section';
import { dealPoliciesQuery, PoliciesSection } from './policies-section';
import { dealTasksQuery, TasksSection } from './tasks-section';

export const DealCardQuery = graphql(`
  query DealCard($id: ID!) {
    deal(id: $id) {
      id
      title
      stage
      version
      insuranceType
      reviewDate
      reviewDateReason
      reviewDateManual
      expectedPremium {
        amount
        currency
      }
      owner {
        id
        displayName
      }
      client {
        id
        displayName
        phones
        emails
        inn
      }
    }
  }
`);

/** Any change of the deal or its card (calculations, policies, payments, tasks, journal) refreshes every section. */
export const DealCardLive = graphql(`
  subscription DealCardLive($id: ID!) {
    dealChanged(id: $id) {
      kind
      eventId
      deal {
        id
        version
      }
    }
  }
`);

const route = getRouteApi('/authed/deals/$dealId');

/** The deal card: each section reads its own part of the deal, so one slow or refused part does not blank the card. */
export function DealCardPage() {
  const { dealId } = route.useParams();
  useLiveInvalidation(DealCardLive, { id: dealId }, [['deal', dealId]]);
  const query = useQuery({ queryKey: ['deal', dealId, 'header'], queryFn: () => execute(DealCardQuery, { id: dealId }), refetchInterval: livePollInterval });
  // The sections' queries start with the header's, not after it has arrived and the sections have
  // rendered (that was the card's critical path: header, render, then the rest; docs/performance.md).
  usePrefetchQuery(dealCalculationsQuery(dealId));
  usePrefetchQuery(dealPoliciesQuery(dealId));
  usePrefetchQuery(dealMoneySummaryQuery(dealId));
  usePrefetchQuery(dealTasksQuery(dealId));
  usePrefetchQuery(dealDocumentsQuery(dealId));
  return (
    <WithDialogs>
      <QueryState query={query}>
        {({ deal }) =>
          deal && (
            <Row gutter={[16, 16]}>
              <Col span={24}>
                <DealHeader deal={deal} />
              </Col>
              <Col xs={24} xl={14}>
                <CalculationsSection dealId={deal.id} />
                <PoliciesSection dealId={deal.id} />
              </Col>
              <Col xs={24} xl={10}>
                <MoneySummarySection dealId={deal.id} />
                <TasksSection dealId={deal.id} />
                <JournalSection dealId={deal.id} />
              </Col>
              <Col span={24}>
                <DocumentsSection dealId={deal.id} />
                <AuditSection dealId={deal.id} />
              </Col>
            </Row>
          )
        }
      </QueryState>
    </WithDialogs>
  );
}
