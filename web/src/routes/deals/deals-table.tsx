import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Table, Tag } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { graphql } from '../../__generated__';
import type { DealSortField, DealsListQuery } from '../../__generated__/graphql';
import { formatDay, formatInstant, orgToday } from '../../components/dates';
import { MoneyText } from '../../components/money';
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
        <Table<DealRow>
          rowKey="id"
          size="middle"
          dataSource={data.deals.edges.map((e) => e.node)}
          pagination={{ pageSize: 25, hideOnSinglePage: true, showTotal: () => data.deals.totalCount }}
          onChange={(_pagination, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const field = one?.order ? COLUMN_SORT[String(one.columnKey)] : undefined;
            onChange({ sort: field, dir: field ? (one?.order === 'ascend' ? 'ASC' : 'DESC') : undefined });
          }}
          columns={[
            { key: 'title', title: t('deals.col.title'), sorter: true, sortOrder: order('TITLE'), render: (_, d) => <Link to="/deals/$dealId" params={{ dealId: d.id }}>{d.title}</Link> },
            { key: 'client', title: t('deals.col.client'), render: (_, d) => d.client.displayName },
            { key: 'stage', title: t('deals.col.stage'), render: (_, d) => <Tag>{t(`stage.${d.stage}`)}</Tag> },
            { key: 'owner', title: t('deals.col.owner'), render: (_, d) => d.owner.displayName },
            {
              key: 'reviewDate',
              title: t('deals.col.reviewDate'),
              sorter: true,
              sortOrder: order('REVIEW_DATE'),
              render: (_, d) => <span style={d.reviewDate && d.reviewDate <= today ? { color: '#cf1322', fontWeight: 600 } : undefined}>{formatDay(d.reviewDate)}</span>,
            },
            { key: 'premium', title: t('deals.col.premium'), align: 'right', render: (_, d) => <MoneyText money={d.expectedPremium} /> },
            { key: 'updatedAt', title: t('deals.col.updatedAt'), sorter: true, sortOrder: order('UPDATED_AT'), render: (_, d) => formatInstant(d.updatedAt, intl) },
          ]}
        />
      )}
    </QueryState>
  );
}
