import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Flex, List, Segmented, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { NotificationsInboxQuery } from '../../__generated__/graphql';
import { formatInstant } from '../../components/dates';
import { QueryState } from '../../components/query-state';
import { errorText } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { useToasts } from '../../components/toasts';
import {
  ArchiveNotificationsMutation,
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
  MarkNotificationsSeenMutation,
  NotificationsInboxQuery as InboxQuery,
} from './notifications-operations';

type Box = 'inbox' | 'unread' | 'archived';
type Item = NotificationsInboxQuery['notifications']['edges'][number]['node'];

const FILTERS: Record<Box, { unreadOnly?: boolean; archived?: boolean }> = { inbox: {}, unread: { unreadOnly: true }, archived: { archived: true } };

/** The inbox: newest first; read, archive, all read. Opening it marks what arrived as seen (the bell's count is of unread ones). */
export function NotificationsPage() {
  const { t, intl } = useLocale();
  const { message } = useToasts();
  const queryClient = useQueryClient();
  const [box, setBox] = useState<Box>('inbox');
  const list = useQuery({ queryKey: ['notifications', 'list', box], queryFn: () => execute(InboxQuery, { filter: FILTERS[box], first: 100 }) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const seen = useMutation({ mutationFn: () => execute(MarkNotificationsSeenMutation) });
  const { mutate: markSeen } = seen;
  useEffect(() => markSeen(), [markSeen]);
  const onError = (error: unknown) => void message.error(errorText(t, error));
  const read = useMutation({ mutationFn: (ids: string[]) => execute(MarkNotificationsReadMutation, { input: { ids } }), onSuccess: refresh, onError });
  const archive = useMutation({ mutationFn: (ids: string[]) => execute(ArchiveNotificationsMutation, { input: { ids } }), onSuccess: refresh, onError });
  const readAll = useMutation({ mutationFn: () => execute(MarkAllNotificationsReadMutation), onSuccess: refresh, onError });

  const actions = (n: Item) => [
    ...(n.readAt ? [] : [<Button key="read" size="small" onClick={() => read.mutate([n.id])} aria-label={`${t('notifications.markRead')}: ${n.title}`}>{t('notifications.markRead')}</Button>]),
    ...(n.archivedAt ? [] : [<Button key="archive" size="small" onClick={() => archive.mutate([n.id])} aria-label={`${t('notifications.archive')}: ${n.title}`}>{t('notifications.archive')}</Button>]),
  ];

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <h1 style={{ margin: 0, fontSize: 24, fontWeight: 600 }}>{t('notifications.title')}</h1>
        <Button onClick={() => readAll.mutate()} loading={readAll.isPending}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      <Segmented<Box>
        value={box}
        onChange={setBox}
        options={[
          { value: 'inbox', label: t('notifications.inbox') },
          { value: 'unread', label: t('notifications.unread') },
          { value: 'archived', label: t('notifications.archived') },
        ]}
      />
      {seen.isError && <Alert type="warning" showIcon title={errorText(t, seen.error)} />}
      <QueryState query={list} empty={(data) => data.notifications.edges.length === 0}>
        {(data) => (
          <List<Item>
            bordered
            style={{ background: '#fff' }}
            dataSource={data.notifications.edges.map((e) => e.node)}
            renderItem={(n) => (
              <List.Item key={n.id} actions={actions(n)} data-notification={n.title} style={n.readAt ? undefined : { background: '#f0f5ff' }}>
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <span style={{ fontWeight: n.readAt ? 400 : 600 }}>{n.title}</span>
                      {!n.readAt && <Tag color="blue">{t('notifications.new')}</Tag>}
                    </Space>
                  }
                  description={
                    <>
                      <div style={{ color: 'rgba(0, 0, 0, 0.88)' }}>{n.body}</div>
                      <span>{formatInstant(n.createdAt, intl)}</span>
                      {n.deal && (
                        <>
                          {' · '}
                          <Link to="/deals/$dealId" params={{ dealId: n.deal.id }} onClick={() => !n.readAt && read.mutate([n.id])} style={{ textDecoration: 'underline' }}>
                            {n.deal.title}
                          </Link>
                        </>
                      )}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Flex>
  );
}
