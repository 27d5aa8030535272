import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { SessionError } from '../../graphql/session';
import { acceptInvitation, signIn } from '../../graphql/session';
import { useLocale } from '../../i18n/locale';

interface Values {
  email: string;
  password: string;
}

/** Sign in, or (with `?invite=TOKEN`) accept an invitation by choosing a password. */
export function LoginPage() {
  const { t } = useLocale();
  const search = useSearch({ from: '/login' });
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const invite = search.invite;

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    const errors: SessionError[] | undefined = invite ? await acceptInvitation(invite, values.password) : await signIn(values.email, values.password);
    setBusy(false);
    if (!errors) {
      if (search.redirect) window.location.assign(search.redirect);
      else await navigate({ to: '/deals', search: { view: 'review' } });
      return;
    }
    const fields = errors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field);
    if (fields.length) {
      form.setFields(fields.map((e) => ({ name: e.extensions!.field!.replace(/^input\./, '') as keyof Values, errors: [`${t('error.field')}: ${e.message}`] })));
      return;
    }
    const code = errors[0]?.extensions?.code;
    setFailure(code === 'RATE_LIMITED' ? t('error.RATE_LIMITED') : code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? t('login.failed') : t('error.INTERNAL_SERVER_ERROR'));
  };

  return (
    <main style={{ display: 'grid', placeItems: 'center', minHeight: '100vh', background: '#f0f2f5' }}>
      {/* A plain box, not antd's Card: Card pulls in Tabs and Dropdown, too heavy for the first screen. */}
      <section style={{ width: 380, background: '#fff', borderRadius: 8, padding: 24, boxShadow: '0 1px 2px rgba(0, 0, 0, 0.06)' }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {invite ? t('invite.title') : t('login.title')}
        </Typography.Title>
        {failure && <Alert role="alert" type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          {!invite && (
            <Form.Item label={t('login.email')} name="email" rules={[{ required: true, message: t('error.field') }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
          )}
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('error.field') }]}>
            <Input.Password autoComplete={invite ? 'new-password' : 'current-password'} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {invite ? t('invite.submit') : t('login.submit')}
          </Button>
        </Form>
      </section>
    </main>
  );
}
