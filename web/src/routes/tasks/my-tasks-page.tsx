import { useQuery } from '@tanstack/react-query';
import { Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { TaskStatus } from '../../__generated__/graphql';
import { orgToday } from '../../components/dates';
import { QueryState } from '../../components/query-state';
import { TaskList } from '../../components/task-list';
import { execute } from '../../graphql/execute';
import { livePollInterval, useLiveInvalidation } from '../../graphql/live';
import { useLocale } from '../../i18n/locale';

const MyTasksQuery = graphql(`
  query MyTasks($filter: TaskFilter) {
    myTasks(relation: ASSIGNED_TO_ME, first: 100, filter: $filter) {
      edges {
        node {
          ...TaskRow
          deal {
            id
            title
          }
        }
      }
    }
  }
`);

const OPEN: TaskStatus[] = ['NEW', 'IN_PROGRESS'];

/** Tasks assigned to me, open ones first; a new task for me shows up without reloading. */
/** Any change of a task the caller can see refreshes the list. */
const MyTasksLive = graphql(`
  subscription MyTasksLive {
    myTasksChanged {
      kind
      task {
        id
      }
    }
  }
`);

export function MyTasksPage() {
  const { t } = useLocale();
  const [status, setStatus] = useState<'open' | TaskStatus>('open');
  const filter = { status: status === 'open' ? OPEN : [status], today: orgToday() };
  useLiveInvalidation(MyTasksLive, {}, [['tasks']]);
  const query = useQuery({ queryKey: ['tasks', 'mine', filter], queryFn: () => execute(MyTasksQuery, { filter }), refetchInterval: livePollInterval });
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t('nav.tasks')}
      </Typography.Title>
      <Segmented<'open' | TaskStatus>
        value={status}
        onChange={setStatus}
        options={[
          { value: 'open', label: `${t('task.status.NEW')} / ${t('task.status.IN_PROGRESS')}` },
          { value: 'DONE', label: t('task.status.DONE') },
          { value: 'CANCELLED', label: t('task.status.CANCELLED') },
        ]}
      />
      <QueryState query={query}>{(data) => <TaskList showDeal tasks={data.myTasks.edges.map((e) => e.node)} />}</QueryState>
    </Flex>
  );
}
