// One profile block (personal / interpersonal / work): read view, and an inline form to edit it.
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContactDetailT, useUpdateContact } from '../../../api/contacts.ts';
import { PROFILE_BLOCKS, type ProfileBlockName } from './profile-blocks.ts';

interface ProfileBlockCardProps {
  contact: ContactDetailT;
  block: ProfileBlockName;
  editable: boolean;
}

export function ProfileBlockCard({ contact, block, editable }: ProfileBlockCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Record<string, string>>();
  const update = useUpdateContact(contact.id);
  const values = contact[block];
  const suggested: readonly string[] = PROFILE_BLOCKS[block];
  const extraKeys = Object.keys(values).filter((key) => !suggested.includes(key));
  const keys = [...suggested, ...extraKeys];
  const label = (key: string) =>
    suggested.includes(key)
      ? t(`contact.profileKey.${key as (typeof PROFILE_BLOCKS)[ProfileBlockName][number]}`)
      : key;
  const filled = keys.filter((key) => values[key]?.trim()).length;

  const onFinish = (edited: Record<string, string>) => {
    const next: Record<string, string> = {};
    for (const key of keys) {
      const text = (edited[key] ?? '').trim();
      if (text) next[key] = text;
    }
    update.mutate({ [block]: next }, { onSuccess: () => setEditing(false) });
  };

  return (
    <Card
      size="small"
      title={
        <Space>
          {t(`contact.profile.${block}`)}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {filled}/{keys.length}
          </Typography.Text>
        </Space>
      }
      extra={
        editable && !editing ? (
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => {
              form.setFieldsValue(Object.fromEntries(keys.map((key) => [key, values[key] ?? ''])));
              setEditing(true);
            }}
          >
            {t('common.edit')}
          </Button>
        ) : null
      }
      style={{ height: '100%' }}
    >
      {editing ? (
        <Form form={form} layout="vertical" onFinish={onFinish} size="small">
          {update.error ? (
            <Alert type="error" showIcon title={update.error.message} style={{ marginBottom: 8 }} />
          ) : null}
          {keys.map((key, index) => (
            <Form.Item
              key={key}
              label={label(key)}
              name={key}
              rules={[{ max: 2000, message: t('form.maxLength', { max: 2000 }) }]}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} autoFocus={index === 0} />
            </Form.Item>
          ))}
          <Space>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Descriptions
          column={1}
          size="small"
          items={keys.map((key) => ({
            key,
            label: label(key),
            children: values[key]?.trim() ? (
              <span style={{ whiteSpace: 'pre-wrap' }}>{values[key]}</span>
            ) : (
              <Typography.Text type="secondary">{t('contact.profile.empty')}</Typography.Text>
            ),
          }))}
        />
      )}
    </Card>
  );
}
