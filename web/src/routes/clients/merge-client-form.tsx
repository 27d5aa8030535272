import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Alert, Button, Form, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import { errorText } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { ClientSearch } from '../deal-new/client-search';
import { useToasts } from '../../components/toasts';

const ClientVersionQuery = graphql(`
  query ClientVersion($id: ID!) {
    client(id: $id) {
      id
      displayName
      version
    }
  }
`);

const MergeClientsMutation = graphql(`
  mutation MergeClients($input: MergeClientsInput!) {
    mergeClients(input: $input) {
      client {
        id
      }
      movedDeals {
        id
      }
    }
  }
`);

/** Merges this client (the one that disappears) into another picked by search; its deals move there. */
export function MergeClientForm({ source }: { source: { id: string; displayName: string; version: number } }) {
  const { t } = useLocale();
  const { message } = useToasts();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [targetId, setTargetId] = useState<string>();
  const merge = useMutation({
    mutationFn: async (target: string) => {
      // The target's version as of now: the merge refuses with CONFLICT if either client changed meanwhile.
      const current = (await execute(ClientVersionQuery, { id: target })).client;
      if (!current) throw new Error('target gone');
      return execute(MergeClientsMutation, { input: { sourceId: source.id, sourceVersion: source.version, targetId: current.id, targetVersion: current.version } });
    },
    onSuccess: async (data) => {
      message.success(t('clientCard.merged', { count: data.mergeClients.movedDeals.length }));
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
      await queryClient.invalidateQueries({ queryKey: ['client'] });
      await queryClient.invalidateQueries({ queryKey: ['deals'] });
      await navigate({ to: '/clients/$clientId', params: { clientId: data.mergeClients.client.id } });
    },
  });
  return (
    <Form layout="vertical">
      <Typography.Paragraph type="secondary">{t('clientCard.mergeHint', { name: source.displayName })}</Typography.Paragraph>
      <Form.Item label={t('clientCard.mergeTarget')} htmlFor="merge-target" style={{ maxWidth: 480 }}>
        <ClientSearch id="merge-target" label={t('clientCard.mergeTarget')} value={targetId} onChange={setTargetId} exclude={source.id} />
      </Form.Item>
      <Popconfirm title={t('clientCard.mergeConfirm', { name: source.displayName })} okText={t('clientCard.mergeDo')} cancelText={t('common.cancel')} onConfirm={() => targetId && merge.mutate(targetId)} disabled={!targetId}>
        <Button danger disabled={!targetId} loading={merge.isPending}>
          {t('clientCard.mergeDo')}
        </Button>
      </Popconfirm>
      {merge.isError && <Alert style={{ marginTop: 16 }} type="error" showIcon title={errorText(t, merge.error)} />}
    </Form>
  );
}
