import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Tag } from 'antd';
import { graphql } from '../../__generated__';
import type { DealSortField, DealsListQuery } from '../../__generated__/graphql';
import { formatDay, formatInstant, orgToday } from '../../components/dates';
import { MoneyText } from '../../components/money';
import { PlainTable, type SortOrder } from '../../components/plain-table';
import { QueryState } from '../../components/query-state';
import { execute } from '../../graphql/execute';
import { livePollInterval } from '../../graphql/live';
import { useLocale } from '../../i18n/locale';
import { dealsFilter, dealsSort, type DealsSearch } from './deals-search';

export const DealsListQueryDocument = graphql(`
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
`);

export type DealRow = DealsListQuery['deals']['edges'][number]['node'];

const COLUMN_SORT: Record<string, DealSortField> = { title: 'TITLE', reviewDate: 'REVIEW_DATE', updatedAt: 'UPDATED_AT' };

export function DealsTable({ search, onChange }: { search: DealsSearch; onChange: (patch: Partial<DealsSearch>) => void }) {
  const { t, intl } = useLocale();
  const sort = dealsSort(search);
  const query = useQuery({
    queryKey: ['deals', search.view, dealsFilter(search), sort],
    queryFn: () => execute(DealsListQueryDocument, { filter: dealsFilter(search), sort, first: 100 }),
    refetchInterval: livePollInterval,
  });
  const order = (field: DealSortField): SortOrder => (sort.field === field ? (sort.direction === 'ASC' ? 'ascend' : 'descend') : null);
  const today = orgToday();
  return (
    <QueryState query={query}>
      {(data) => (
        <PlainTable<DealRow>
          label={t('nav.deals')}
          rowKey={(d) => d.id}
          rows={data.deals.edges.map((e) => e.node)}
          total={data.deals.totalCount}
          onSort={(key, next) => {
            const field = next ? COLUMN_SORT[key] : undefined;
            onChange({ sort: field, dir: field ? (next === 'ascend' ? 'ASC' : 'DESC') : undefined });
          }}
          columns={[
            { key: 'title', title: t('deals.col.title'), sortOrder: order('TITLE'), render: (d) => <Link to="/deals/$dealId" params={{ dealId: d.id }}>{d.title}</Link> },
            { key: 'client', title: t('deals.col.client'), render: (d) => d.client.displayName },
            { key: 'stage', title: t('deals.col.stage'), render: (d) => <Tag>{t(`stage.${d.stage}`)}</Tag> },
            { key: 'owner', title: t('deals.col.owner'), render: (d) => d.owner.displayName },
            {
              key: 'reviewDate',
              title: t('deals.col.reviewDate'),
              sortOrder: order('REVIEW_DATE'),
              render: (d) => <span style={d.reviewDate && d.reviewDate <= today ? { color: '#cf1322', fontWeight: 600 } : undefined}>{formatDay(d.reviewDate)}</span>,
            },
            { key: 'premium', title: t('deals.col.premium'), align: 'right', render: (d) => <MoneyText money={d.expectedPremium} /> },
            { key: 'updatedAt', title: t('deals.col.updatedAt'), sortOrder: order('UPDATED_AT'), render: (d) => formatInstant(d.updatedAt, intl) },
          ]}
        />
      )}
    </QueryState>
  );
}
