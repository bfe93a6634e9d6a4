// The actions column of an actuals row for people who may write it: edit (when the screen has a form) and delete
// after a confirmation that says the monthly actuals follow.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';

interface FactRowActionsProps {
  onEdit?: (() => void) | undefined;
  onDelete: () => void;
  deleteConfirm: string;
}

export function FactRowActions({ onEdit, onDelete, deleteConfirm }: FactRowActionsProps) {
  const { t } = useTranslation();
  return (
    <Space size={0}>
      {onEdit ? (
        <Button type="text" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={onEdit} />
      ) : null}
      <Popconfirm
        title={deleteConfirm}
        okText={t('facts.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={onDelete}
      >
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('facts.delete')} />
      </Popconfirm>
    </Space>
  );
}
