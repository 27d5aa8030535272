import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Popconfirm, Table, Tag, Typography } from 'antd';
import { graphql } from '../../__generated__';
import { formatInstant } from '../../components/dates';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
// The partner API's operations are the ones in its manifest (router/src/partners): a key may run some or all of them.
import partnerManifest from '../../../../schema/operations/partner.json';
import { useToasts } from '../../components/toasts';

const PARTNER_OPERATIONS = partnerManifest.operations.map((o) => o.name);

const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys(first: 100, includeRevoked: true) {
      edges {
        node {
          id
          name
          prefix
          allowedOperations
          createdAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`);

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`);

/** Partner API keys: issue one (its secret shown once), see when each was last used, revoke. */
export function ApiKeysSection() {
  const { t, intl } = useLocale();
  const { message } = useToasts();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; allowedOperations: string[] }>();
  const keys = useQuery({ queryKey: ['apiKeys'], queryFn: () => execute(ApiKeysQuery) });
  const create = useMutation({
    mutationFn: (input: { name: string; allowedOperations: string[] }) => execute(CreateApiKeyMutation, { input }),
    onSuccess: () => {
      form.resetFields();
      return queryClient.invalidateQueries({ queryKey: ['apiKeys'] });
    },
    onError: (error) => {
      if (!showFieldErrors(form, error)) void message.error(errorText(t, error));
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => execute(RevokeApiKeyMutation, { input: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['apiKeys'] }),
    onError: (error) => void message.error(errorText(t, error)),
  });
  const created = create.data?.createApiKey;
  return (
    <SectionCard title={t('apiKeys.title')}>
      <QueryState query={keys} empty={(data) => data.apiKeys.edges.length === 0}>
        {(data) => (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.apiKeys.edges.map((e) => e.node)}
            columns={[
              { title: t('admin.name'), dataIndex: 'name' },
              { title: t('apiKeys.prefix'), render: (_, k) => <code>{k.prefix}…</code> },
              { title: t('apiKeys.operations'), render: (_, k) => k.allowedOperations.map((op) => <Tag key={op}>{op}</Tag>) },
              { title: t('apiKeys.created'), render: (_, k) => formatInstant(k.createdAt, intl) },
              { title: t('apiKeys.lastUsed'), render: (_, k) => formatInstant(k.lastUsedAt, intl) },
              {
                title: t('card.status'),
                render: (_, k) =>
                  k.revokedAt ? (
                    <Tag>{t('apiKeys.revokedAt', { at: formatInstant(k.revokedAt, intl) })}</Tag>
                  ) : (
                    <Popconfirm title={t('apiKeys.revokeConfirm', { name: k.name })} okText={t('apiKeys.revoke')} cancelText={t('common.cancel')} onConfirm={() => revoke.mutate(k.id)}>
                      <Button size="small" danger aria-label={`${t('apiKeys.revoke')}: ${k.name}`}>
                        {t('apiKeys.revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 24 }}>
        {t('apiKeys.create')}
      </Typography.Title>
      <Form form={form} layout="vertical" initialValues={{ allowedOperations: PARTNER_OPERATIONS }} onFinish={(v) => create.mutate(v)} style={{ maxWidth: 560 }}>
        <Form.Item name="name" label={t('apiKeys.name')} rules={[{ required: true, message: t('error.field') }]}>
          <Input placeholder={t('apiKeys.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="allowedOperations" label={t('apiKeys.operations')}>
          <Checkbox.Group options={PARTNER_OPERATIONS} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('apiKeys.create')}
        </Button>
      </Form>
      {create.isError && !form.getFieldsError().some((f) => f.errors.length) && <Alert style={{ marginTop: 16 }} type="error" title={errorText(t, create.error)} />}
      {created && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          title={t('apiKeys.secretOnce', { name: created.apiKey.name })}
          description={
            <Typography.Text copyable code data-testid="api-key-secret">
              {created.secret}
            </Typography.Text>
          }
        />
      )}
    </SectionCard>
  );
}
