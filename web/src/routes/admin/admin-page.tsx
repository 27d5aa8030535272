import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import { graphql } from '../../__generated__';
import type { Role } from '../../__generated__/graphql';
import { QueryState } from '../../components/query-state';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { SectionCard } from '../../components/section-card';
import { useLocale } from '../../i18n/locale';
import { OrgUsersQuery } from '../deal-card/tasks-section';
import { ApiKeysSection } from './api-keys-section';
import { AuditLogSection } from './audit-log-section';
import { CrmSettingsSection } from './crm-settings-section';
import { InsurersSection } from './insurers-section';

const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      inviteToken
      invitation {
        id
        email
      }
    }
  }
`);

const ROLES: Role[] = ['ADMIN', 'SELLER', 'EXECUTOR'];

/** Users of the organisation and invitations (admins only; the server checks it again). */
export function AdminPage() {
  const { t } = useLocale();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ email: string; displayName: string; roles: Role[] }>();
  const users = useQuery({ queryKey: ['users'], queryFn: () => execute(OrgUsersQuery) });
  const invite = useMutation({
    mutationFn: (input: { email: string; displayName: string; roles: Role[] }) => execute(InviteUserMutation, { input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
    onError: (error) => showFieldErrors(form, error),
  });
  const token = invite.data?.inviteUser.inviteToken;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t('nav.admin')}
      </Typography.Title>
      <SectionCard title={t('admin.users')}>
        <QueryState query={users}>
          {(data) => (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.users.edges.map((e) => e.node)}
              columns={[
                { title: t('admin.name'), dataIndex: 'displayName' },
                { title: t('login.email'), dataIndex: 'email' },
                { title: t('admin.roles'), render: (_, u) => u.roles.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>) },
                { title: t('admin.active'), render: (_, u) => (u.active ? t('common.yes') : t('common.no')) },
              ]}
            />
          )}
        </QueryState>
      </SectionCard>
      <SectionCard title={t('admin.invite')}>
        <Form form={form} layout="inline" initialValues={{ roles: ['SELLER'] }} onFinish={(v) => invite.mutate(v)}>
          <Form.Item name="email" label={t('login.email')} rules={[{ required: true, message: t('error.field') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="displayName" label={t('admin.name')} rules={[{ required: true, message: t('error.field') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="roles" label={t('admin.roles')}>
            <Checkbox.Group options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={invite.isPending}>
            {t('admin.invite')}
          </Button>
        </Form>
        {invite.isError && !form.getFieldsError().some((f) => f.errors.length) && <Alert type="error" title={errorText(t, invite.error)} />}
        {token && <Alert style={{ marginTop: 16 }} type="success" title={t('admin.invited')} description={<Typography.Text copyable>{`${location.origin}/login?invite=${token}`}</Typography.Text>} />}
      </SectionCard>
      <CrmSettingsSection />
      <InsurersSection />
      <ApiKeysSection />
      <AuditLogSection />
    </Flex>
  );
}
