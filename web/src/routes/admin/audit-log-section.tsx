import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { AuditChannel, AuditLogFilter } from '../../__generated__/graphql';
import { AuditEntries } from '../../components/audit-entries';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';

const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $after: String, $language: Language) {
    auditLog(filter: $filter, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEntryRow
        }
      }
    }
  }
`);

const CHANNELS: AuditChannel[] = ['WEB', 'BOT', 'PARTNER', 'SYSTEM'];

/** The organisation's audit log for administrators: filter by channel, entity and action code; 50 at a time. */
export function AuditLogSection() {
  const { t, language } = useLocale();
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const query = useInfiniteQuery({
    queryKey: ['auditLog', filter, language],
    queryFn: ({ pageParam }) => execute(AuditLogQuery, { filter, after: pageParam, language: language === 'ru' ? 'RU' : 'EN' }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.auditLog.pageInfo.hasNextPage ? last.auditLog.pageInfo.endCursor : undefined),
  });
  return (
    <SectionCard title={t('audit.log')}>
      <Form
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(v: { channel?: AuditChannel; entityType?: string; action?: string }) =>
          setFilter({ ...(v.channel ? { channel: v.channel } : {}), ...(v.entityType?.trim() ? { entityType: v.entityType.trim() } : {}), ...(v.action?.trim() ? { action: v.action.trim() } : {}) })
        }
      >
        <Form.Item name="channel" label={t('audit.filter.channel')}>
          <Select allowClear style={{ width: 160 }} options={CHANNELS.map((c) => ({ value: c, label: t(`audit.channel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="entityType" label={t('audit.filter.entityType')}>
          <Input placeholder="deal" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="action" label={t('audit.filter.action')}>
          <Input placeholder="crm.deal.updated" style={{ width: 200 }} />
        </Form.Item>
        <Button htmlType="submit">{t('common.search')}</Button>
      </Form>
      <QueryState query={query} empty={(data) => !data.pages[0]?.auditLog.edges.length}>
        {(data) => (
          <>
            <AuditEntries entries={data.pages.flatMap((p) => p.auditLog.edges.map((e) => e.node))} />
            {query.hasNextPage && (
              <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('common.more')}
              </Button>
            )}
          </>
        )}
      </QueryState>
    </SectionCard>
  );
}
