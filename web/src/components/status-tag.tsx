// Active / archived badge shared by accounts and contacts.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function StatusTag({ status }: { status: 'active' | 'archived' }) {
  const { t } = useTranslation();
  return status === 'active' ? (
    <Tag color="success">{t('status.active')}</Tag>
  ) : (
    <Tag>{t('status.archived')}</Tag>
  );
}
