import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Checkbox, Flex, Segmented, Skeleton, Tag } from 'antd';
// Search alone: `Input` from 'antd' carries TextArea, Password and OTP too (ADR 0055).
import Search from 'antd/es/input/Search';
import { lazy, Suspense } from 'react';
import { graphql } from '../../__generated__';
import { execute } from '../../graphql/execute';
import { livePollInterval, useLiveInvalidation } from '../../graphql/live';
import { useLocale } from '../../i18n/locale';
import { DEAL_STAGES, dealsFilter, type DealsSearch } from './deals-search';
import { DealsTable } from './deals-table';

/** The board (drag and drop) loads only when someone opens it. */
const DealsKanban = lazy(() => import('./deals-kanban').then((m) => ({ default: m.DealsKanban })));

const StageCountsQuery = graphql(`
  query DealStageCounts($filter: DealsFilter) {
    dealStageCounts(filter: $filter) {
      stage
      count
    }
  }
`);

/** Any change of a deal the caller can see refreshes the list, the board and the counts. */
const DealsListLive = graphql(`
  subscription DealsListLive {
    myDealsChanged {
      kind
      deal {
        id
      }
    }
  }
`);

export function DealsPage() {
  const { t } = useLocale();
  const search = useSearch({ from: '/authed/deals' });
  const navigate = useNavigate({ from: '/deals' });
  const update = (patch: Partial<DealsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  useLiveInvalidation(DealsListLive, {}, [['deals'], ['dealStageCounts']]);
  const counts = useQuery({
    queryKey: ['dealStageCounts', dealsFilter(search)],
    queryFn: () => execute(StageCountsQuery, { filter: dealsFilter(search) }),
    refetchInterval: livePollInterval,
  });
  const countOf = (stage: string) => counts.data?.dealStageCounts.find((c) => c.stage === stage)?.count ?? 0;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <h1 style={{ margin: 0, fontSize: 24, fontWeight: 600 }}>{t('nav.deals')}</h1>
        <Link to="/deals/new">
          <Button type="primary">{t('deals.new')}</Button>
        </Link>
      </Flex>
      <Flex gap={12} wrap align="center">
        <Segmented<DealsSearch['view']>
          value={search.view}
          onChange={(view) => update({ view })}
          options={[
            { value: 'review', label: t('deals.view.review') },
            { value: 'table', label: t('deals.view.table') },
            { value: 'kanban', label: t('deals.view.kanban') },
          ]}
        />
        <Search
          aria-label={t('common.search')}
          placeholder={t('common.search')}
          defaultValue={search.q}
          allowClear
          onSearch={(q) => update({ q: q || undefined })}
          style={{ width: 260 }}
        />
        <Checkbox checked={Boolean(search.mine)} onChange={(e) => update({ mine: e.target.checked || undefined })}>
          {t('deals.filter.mine')}
        </Checkbox>
      </Flex>
      {/* The stage counts are the stage filter too (in the table views): a click toggles the stage. */}
      <Flex gap={8} wrap role="group" aria-label={t('deals.counts')}>
        {DEAL_STAGES.map((stage) => {
          const label = (
            <>
              {t(`stage.${stage}`)}: <strong>{countOf(stage)}</strong>
            </>
          );
          if (search.view === 'kanban')
            return (
              <Tag key={stage} data-stage-count={stage}>
                {label}
              </Tag>
            );
          const chosen = search.stage?.includes(stage) ?? false;
          const toggled = chosen ? (search.stage ?? []).filter((s) => s !== stage) : [...(search.stage ?? []), stage];
          // A real toggle button (focusable, aria-pressed), drawn like a tag.
          return (
            <button
              key={stage}
              type="button"
              data-stage-count={stage}
              aria-pressed={chosen}
              onClick={() => update({ stage: toggled.length ? toggled : undefined })}
              style={{
                cursor: 'pointer',
                font: 'inherit',
                fontSize: 12,
                lineHeight: '20px',
                padding: '0 7px',
                borderRadius: 4,
                border: `1px solid ${chosen ? '#0958d9' : '#d9d9d9'}`,
                background: chosen ? '#0958d9' : '#fafafa',
                color: chosen ? '#fff' : 'rgba(0, 0, 0, 0.88)',
              }}
            >
              {label}
            </button>
          );
        })}
      </Flex>
      {search.view === 'kanban' ? (
        <Suspense fallback={<Skeleton active />}>
          <DealsKanban search={search} />
        </Suspense>
      ) : (
        <DealsTable search={search} onChange={update} />
      )}
    </Flex>
  );
}
