// What a screen shows when its data could not be loaded: the server's (translated) message and a retry.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/http.ts';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  if (apiError?.code === 'not_found') {
    return (
      <Result
        status="404"
        title={t('common.notFound')}
        subTitle={apiError.message}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  if (apiError?.code === 'forbidden') {
    return <Result status="403" title={t('common.forbidden')} subTitle={apiError.message} />;
  }
  return (
    <Result
      status="error"
      title={t('common.loadFailed')}
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
