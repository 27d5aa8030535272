import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, List, Popover, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { JournalEntryKind } from '../../__generated__/graphql';
import { formatInstant } from '../../components/dates';
import { QueryState } from '../../components/query-state';
import { execute } from '../../graphql/execute';
import { livePollInterval } from '../../graphql/live';
import { SectionCard } from '../../components/section-card';
import { useLocale } from '../../i18n/locale';
import { useDealMutation } from './use-deal-mutation';

const DealJournalQuery = graphql(`
  query DealJournal($id: ID!) {
    deal(id: $id) {
      id
      journal(first: 100) {
        edges {
          node {
            id
            kind
            text
            version
            edited
            createdAt
            author {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

/** Read only when someone opens it: the history is the expensive part of a journal. */
const JournalHistoryQuery = graphql(`
  query DealJournalHistory($id: ID!) {
    deal(id: $id) {
      id
      journal(first: 100) {
        edges {
          node {
            id
            history {
              version
              text
              writtenAt
            }
          }
        }
      }
    }
  }
`);

const AddJournalEntryMutation = graphql(`
  mutation AddJournalEntry($input: AddJournalEntryInput!) {
    addJournalEntry(input: $input) {
      entry {
        id
      }
    }
  }
`);

const EditJournalEntryMutation = graphql(`
  mutation EditJournalEntry($input: EditJournalEntryInput!) {
    editJournalEntry(input: $input) {
      entry {
        id
        version
      }
    }
  }
`);

const KINDS: JournalEntryKind[] = ['NOTE', 'CALL', 'MEETING'];

function History({ dealId, entryId }: { dealId: string; entryId: string }) {
  const { intl } = useLocale();
  const query = useQuery({ queryKey: ['deal', dealId, 'journal-history'], queryFn: () => execute(JournalHistoryQuery, { id: dealId }) });
  const history = query.data?.deal?.journal.edges.find((e) => e.node.id === entryId)?.node.history ?? [];
  return (
    <List size="small" loading={query.isPending} dataSource={history} renderItem={(r) => <List.Item>v{r.version} · {formatInstant(r.writtenAt, intl)} — {r.text}</List.Item>} style={{ maxWidth: 400 }} />
  );
}

export function JournalSection({ dealId }: { dealId: string }) {
  const { t, intl } = useLocale();
  const [form] = Form.useForm<{ kind: JournalEntryKind; text: string }>();
  const [editing, setEditing] = useState<{ id: string; version: number; text: string } | null>(null);
  const query = useQuery({ queryKey: ['deal', dealId, 'journal'], queryFn: () => execute(DealJournalQuery, { id: dealId }), refetchInterval: livePollInterval });
  const add = useDealMutation(dealId, (v: { kind: JournalEntryKind; text: string }) => execute(AddJournalEntryMutation, { input: { dealId, ...v } }), { form, onSuccess: () => form.resetFields(['text']) });
  const edit = useDealMutation(dealId, (v: { id: string; version: number; text: string }) => execute(EditJournalEntryMutation, { input: v }), { onSuccess: () => setEditing(null) });

  return (
    <SectionCard title={t('card.journal')}>
      <QueryState query={query}>
        {(data) => (
          <List
            size="small"
            dataSource={data.deal?.journal.edges.map((e) => e.node) ?? []}
            renderItem={(entry) => (
              <List.Item
                actions={
                  entry.kind === 'SYSTEM'
                    ? []
                    : [
                        <Button key="edit" size="small" type="link" onClick={() => setEditing({ id: entry.id, version: entry.version, text: entry.text })}>
                          {t('common.edit')}
                        </Button>,
                      ]
                }
              >
                <Space direction="vertical" size={0} style={{ width: '100%' }}>
                  <Typography.Text type="secondary">
                    {formatInstant(entry.createdAt, intl)} · {entry.author?.displayName ?? '—'} <Tag>{t(`journal.kind.${entry.kind}`)}</Tag>
                    {entry.edited && (
                      <Popover trigger="click" title={t('card.journalHistory')} content={<History dealId={dealId} entryId={entry.id} />}>
                        <Button size="small" type="link">
                          {t('card.journalEdited')}
                        </Button>
                      </Popover>
                    )}
                  </Typography.Text>
                  {editing?.id === entry.id ? (
                    <Space.Compact style={{ width: '100%' }}>
                      <Input value={editing.text} onChange={(e) => setEditing({ ...editing, text: e.target.value })} aria-label={t('common.edit')} />
                      <Button type="primary" loading={edit.isPending} onClick={() => edit.mutate(editing)}>
                        {t('common.save')}
                      </Button>
                    </Space.Compact>
                  ) : (
                    <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{entry.text}</Typography.Paragraph>
                  )}
                </Space>
              </List.Item>
            )}
          />
        )}
      </QueryState>
      <Form form={form} layout="vertical" initialValues={{ kind: 'NOTE' }} onFinish={(v) => add.mutate(v)}>
        <Form.Item name="kind" label={t('journal.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`journal.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="text" label={t('card.journalAdd')} rules={[{ required: true, message: t('error.field') }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button htmlType="submit" loading={add.isPending}>
          {t('common.add')}
        </Button>
      </Form>
    </SectionCard>
  );
}
