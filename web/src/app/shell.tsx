import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Button, Segmented } from 'antd';
import { graphql } from '../__generated__';
import { setOrgTimeZone } from '../components/dates';
import { Toasts } from '../components/toasts';
import { execute } from '../graphql/execute';
import { signOut } from '../graphql/session';
import { useLocale, type Language } from '../i18n/locale';
import { NotificationsBell } from '../routes/notifications/notifications-bell';

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
  const meQuery = useMe();
  const me = meQuery.data?.me;
  // Screens wait for the organisation's zone (from `Me`) so no date is first drawn in the browser's zone.
  const zoneKnown = meQuery.isSuccess || meQuery.isError;
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
  const selected = items.find((i) => path.startsWith(i.key))?.key;
  return (
    // Toast messages belong to the signed-in screens; the login screen loads without them.
    <Toasts>
      {/* Plain elements, not antd's Layout (which brings its Sider along): the frame is on every first load. */}
      <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
        <header style={{ display: 'flex', alignItems: 'center', gap: 16, height: 64, padding: '0 50px', background: '#001529' }}>
          <strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>{t('app.title')}</strong>
          {/* Plain links, not antd's Menu: the header is on every first load (ADR 0055). */}
          <nav aria-label={t('nav.main')} className="crm-nav" style={{ flex: 1, minWidth: 0, display: 'flex', gap: 4, overflowX: 'auto' }}>
            {items.map((item) => (
              <span key={item.key} className={item.key === selected ? 'crm-nav-item crm-nav-item-selected' : 'crm-nav-item'}>
                {item.label}
              </span>
            ))}
          </nav>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <NotificationsBell />
            <Segmented<Language> size="small" value={language} onChange={setLanguage} options={[{ label: 'RU', value: 'ru' }, { label: 'EN', value: 'en' }]} aria-label={t('settings.language')} />
            <span style={{ color: '#fff' }}>{me?.displayName}</span>
            <Button size="small" onClick={() => void signOut().then(() => navigate({ to: '/login', search: {} }))}>
              {t('nav.logout')}
            </Button>
          </div>
        </header>
        <main style={{ padding: 24 }} aria-busy={!zoneKnown}>
          {zoneKnown ? <Outlet /> : null}
        </main>
      </div>
    </Toasts>
  );
}
