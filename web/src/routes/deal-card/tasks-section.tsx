/** The deal's tasks; the card page starts it together with its header (docs/performance.md). */
export const dealTasksQuery = (dealId: string) =>
  queryOptions({ queryKey: ['deal', dealId, 'tasks'], queryFn: () => execute(DealTasksQuery, { id: dealId }), refetchInterval: livePollInterval });

import { queryOptions, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { TaskKind } from '../../__generated__/graphql';
import { QueryState } from '../../components/query-state';
import { TaskList } from '../../components/task-list';
import { execute } from '../../graphql/execute';
import { livePollInterval } from '../../graphql/live';
import { SectionCard } from '../../components/section-card';
import { useLocale } from '../../i18n/locale';
import { useDealMutation } from './use-deal-mutation';

const DealTasksQuery = graphql(`
  query DealTasks($id: ID!) {
    deal(id: $id) {
      id
      tasks(first: 50) {
        edges {
          node {
            ...TaskRow
          }
        }
      }
    }
  }
`);

export const OrgUsersQuery = graphql(`
  query OrgUsers {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          email
          roles
          active
        }
      }
    }
  }
`);

const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        id
      }
    }
  }
`);

interface NewTask {
  kind: TaskKind;
  title: string;
  assigneeId: string;
  dueDate?: dayjs.Dayjs;
}

export function TasksSection({ dealId }: { dealId: string }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewTask>();
  const query = useQuery(dealTasksQuery(dealId));
  const users = useQuery({ queryKey: ['users'], queryFn: () => execute(OrgUsersQuery), enabled: open, staleTime: 300_000 });
  const create = useDealMutation(
    dealId,
    (v: NewTask) => execute(CreateTaskMutation, { input: { dealId, kind: v.kind, title: v.title, assigneeId: v.assigneeId, dueDate: v.dueDate?.format('YYYY-MM-DD') ?? null } }),
    { form, onSuccess: () => (setOpen(false), form.resetFields()) },
  );
  return (
    <SectionCard title={t('card.tasks')} extra={<Button onClick={() => setOpen(true)}>{t('card.taskCreate')}</Button>}>
      <QueryState query={query}>{(data) => <TaskList tasks={data.deal?.tasks.edges.map((e) => e.node) ?? []} />}</QueryState>
      <Modal open={open} title={t('card.taskCreate')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={create.isPending} okText={t('common.save')} cancelText={t('common.cancel')} forceRender>
        <Form form={form} layout="vertical" initialValues={{ kind: 'CALCULATION' }} onFinish={(v) => create.mutate(v)}>
          <Form.Item name="kind" label={t('task.kind')}>
            <Select options={(['CALCULATION', 'ISSUE_POLICY', 'PAYMENT_CHECK', 'OTHER'] as const).map((k) => ({ value: k, label: t(`task.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('task.title')} rules={[{ required: true, message: t('error.field') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="assigneeId" label={t('card.taskAssignee')} rules={[{ required: true, message: t('error.field') }]}>
            <Select loading={users.isPending} options={users.data?.users.edges.filter((e) => e.node.active).map((e) => ({ value: e.node.id, label: `${e.node.displayName} (${e.node.roles.map((role) => t(`role.${role}`)).join(', ')})` }))} />
          </Form.Item>
          <Form.Item name="dueDate" label={t('task.due')}>
            <DatePicker format="DD.MM.YYYY" />
          </Form.Item>
        </Form>
      </Modal>
    </SectionCard>
  );
}
