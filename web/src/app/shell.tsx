import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { App as AntApp, Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import { graphql } from '../__generated__';
import { setOrgTimeZone } from '../components/dates';
import { execute } from '../graphql/execute';
import { signOut } from '../graphql/session';
import { useLocale, type Language } from '../i18n/locale';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      roles
      organization {
        id
        name
      }
      telegram {
        telegramUsername
        linkedAt
      }
    }
    crmSettings {
      timeZone
    }
  }
`);

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      const result = await execute(MeQuery);
      // Days are shown in the organisation's zone, not the browser's (ADR 0046).
      setOrgTimeZone(result.crmSettings.timeZone);
      return result;
    },
    staleTime: 60_000,
  });
}

export function Shell() {
  const { t, language, setLanguage } = useLocale();
  const me = useMe().data?.me;
  const path = useRouterState({ select: (s) => s.location.pathname });
  const navigate = useNavigate();
  const items = [
    { key: '/deals', label: <Link to="/deals" search={{ view: 'review' }}>{t('nav.deals')}</Link> },
    { key: '/tasks', label: <Link to="/tasks">{t('nav.tasks')}</Link> },
    { key: '/clients', label: <Link to="/clients" search={{}}>{t('nav.clients')}</Link> },
    { key: '/reports', label: <Link to="/reports">{t('nav.reports')}</Link> },
    { key: '/settings', label: <Link to="/settings">{t('nav.settings')}</Link> },
    ...(me?.roles.includes('ADMIN') ? [{ key: '/admin', label: <Link to="/admin">{t('nav.admin')}</Link> }] : []),
  ];
  return (
    // Messages and confirmation dialogs (App.useApp) belong to the signed-in screens; the login screen loads without them.
    <AntApp>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
            {t('app.title')}
          </Typography.Text>
          <Menu theme="dark" mode="horizontal" selectedKeys={[items.find((i) => path.startsWith(i.key))?.key ?? '']} items={items} style={{ flex: 1, minWidth: 0 }} />
          <Space>
            <Segmented<Language> size="small" value={language} onChange={setLanguage} options={[{ label: 'RU', value: 'ru' }, { label: 'EN', value: 'en' }]} aria-label={t('settings.language')} />
            <Typography.Text style={{ color: '#fff' }}>{me?.displayName}</Typography.Text>
            <Button size="small" onClick={() => void signOut().then(() => navigate({ to: '/login', search: {} }))}>
              {t('nav.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </AntApp>
  );
}
