import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button, Space, Table, Tag } from 'antd';
import { graphql } from '../__generated__';
import type { TaskKind, TaskStatus } from '../__generated__/graphql';
import { isConflict } from '../graphql/errors';
import { execute } from '../graphql/execute';
import { useLocale } from '../i18n/locale';
import { formatDay, orgToday } from './dates';
import { errorText } from './server-errors';
import { useToasts } from './toasts';

/** What a task list shows; the queries that feed it spread this fragment. */
export const TaskRowFragment = graphql(`
  fragment TaskRow on Task {
    id
    kind
    title
    status
    version
    dueDate
    assignee {
      id
      displayName
    }
  }
`);

const ChangeTaskStatusMutation = graphql(`
  mutation ChangeTaskStatus($input: ChangeTaskStatusInput!) {
    changeTaskStatus(input: $input) {
      task {
        id
        status
        version
      }
    }
  }
`);

export interface TaskRow {
  id: string;
  kind: TaskKind;
  title: string;
  status: TaskStatus;
  version: number;
  dueDate?: string | null;
  assignee?: { displayName: string } | null;
  deal?: { id: string; title: string } | null;
}

/** Tasks with their status, due date (overdue in red) and the next status moves; used on "My tasks" and the deal card. */
export function TaskList({ tasks, showDeal }: { tasks: readonly TaskRow[]; showDeal?: boolean }) {
  const { t } = useLocale();
  const { message } = useToasts();
  const queryClient = useQueryClient();
  const today = orgToday();
  const change = useMutation({
    mutationFn: ({ task, status }: { task: TaskRow; status: TaskStatus }) => execute(ChangeTaskStatusMutation, { input: { id: task.id, version: task.version, status } }),
    onError: (error) => void message.error(isConflict(error) ? t('error.CONFLICT') : errorText(t, error)),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['tasks'] }), queryClient.invalidateQueries({ queryKey: ['deal'] })]),
  });
  const overdue = (task: TaskRow) => Boolean(task.dueDate && task.dueDate < today && task.status !== 'DONE' && task.status !== 'CANCELLED');
  return (
    <Table<TaskRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...tasks]}
      rowClassName={(task) => (overdue(task) ? 'overdue-row' : '')}
      columns={[
        { title: t('task.title'), render: (_, task) => <span data-task={task.title}>{task.title}</span> },
        { title: t('task.kind'), render: (_, task) => t(`task.kind.${task.kind}`) },
        ...(showDeal ? [{ title: t('task.deal'), render: (_: unknown, task: TaskRow) => (task.deal ? <Link to="/deals/$dealId" params={{ dealId: task.deal.id }}>{task.deal.title}</Link> : '—') }] : []),
        { title: t('card.taskAssignee'), render: (_, task) => task.assignee?.displayName ?? '—' },
        {
          title: t('task.due'),
          render: (_, task) => (
            <Space>
              {formatDay(task.dueDate)}
              {overdue(task) && <Tag color="red">{t('task.overdue')}</Tag>}
            </Space>
          ),
        },
        { title: t('card.status'), render: (_, task) => <Tag>{t(`task.status.${task.status}`)}</Tag> },
        {
          title: '',
          render: (_, task) => (
            <Space>
              {task.status === 'NEW' && (
                <Button size="small" onClick={() => change.mutate({ task, status: 'IN_PROGRESS' })}>
                  {t('task.start')}
                </Button>
              )}
              {(task.status === 'NEW' || task.status === 'IN_PROGRESS') && (
                <Button size="small" type="primary" onClick={() => change.mutate({ task, status: 'DONE' })}>
                  {t('task.done')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
