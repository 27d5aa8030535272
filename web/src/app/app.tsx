import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import { LocaleProvider, useLocale } from '../i18n/locale';
import { startLiveUpdates } from '../graphql/live';
import { router } from './routes';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: true } },
});
startLiveUpdates(queryClient);

function Themed() {
  const { language } = useLocale();
  return (
    <ConfigProvider locale={language === 'ru' ? ruRU : enUS}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
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
