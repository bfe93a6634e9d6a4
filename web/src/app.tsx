// The app's providers and router. antd follows the UI language; an expired session leads to /login?next=….
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { sessionKey } from './api/auth.ts';
import { setCsrfToken, setUnauthenticatedHandler } from './api/http.ts';
import { queryClient } from './api/query-client.ts';
import { router } from './router.tsx';

setUnauthenticatedHandler(() => {
  setCsrfToken(null);
  queryClient.setQueryData(sessionKey, null);
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
});

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 6 } }}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
