import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import ruRU from 'antd/es/locale/ru_RU';
import { LocaleProvider, useLocale } from '../i18n/locale';
import { startLiveUpdates } from '../graphql/live';
import { router } from './routes';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: true } },
});
startLiveUpdates(queryClient);

/** AntD's default blue and secondary greys miss WCAG AA contrast (4.5:1); these pass it (checked by axe in tests/browser). */
const theme = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // A hovered primary button keeps AA contrast too (AntD lightens it to 3.1:1).
    colorPrimaryHover: '#003eb3',
    colorTextSecondary: 'rgba(0, 0, 0, 0.66)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Field errors and danger buttons: AntD's #ff4d4f is 3.3:1 on white.
    colorError: '#cf1322',
  },
};

function Themed() {
  const { language, t } = useLocale();
  return (
    <ConfigProvider locale={language === 'ru' ? ruRU : enUS} theme={theme} renderEmpty={() => <span style={{ color: theme.token.colorTextSecondary }}>{t('common.empty')}</span>}>
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <Themed />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
