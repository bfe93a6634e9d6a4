// One profile block (personal / interpersonal / work): the questionnaire's active questions of the block with
// their answers, answers to retired questions below them, and an inline form to edit the block.
import { EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContactDetailT, useUpdateContact } from '../../../api/contacts.ts';
import type { ProfileQuestionT } from '../../../api/value.ts';
import type { ProfileBlockName } from './profile-blocks.ts';
import { blockQuestions, retiredLabel } from './profile-questions.ts';

interface ProfileBlockCardProps {
  contact: ContactDetailT;
  block: ProfileBlockName;
  editable: boolean;
  /** The company questionnaire; undefined while loading or when unavailable (the suggested keys are used). */
  questions: readonly ProfileQuestionT[] | undefined;
  /** The profile is stale: the block is highlighted so its answers get checked. */
  stale: boolean;
}

export function ProfileBlockCard({ contact, block, editable, questions, stale }: ProfileBlockCardProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Record<string, string>>();
  const update = useUpdateContact(contact.id);
  const values = contact[block];
  const asked = blockQuestions(block, questions, t, i18n.language);
  const askedKeys = asked.map((question) => question.key);
  const extraKeys = Object.keys(values).filter((key) => !askedKeys.includes(key));
  const keys = [...askedKeys, ...extraKeys];
  const label = (key: string) =>
    asked.find((question) => question.key === key)?.label ?? retiredLabel(key, questions, i18n.language);
  const filled = askedKeys.filter((key) => values[key]?.trim()).length;

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
          <Typography.Text
            type="secondary"
            style={{ fontWeight: 'normal' }}
            data-testid={`block-count-${block}`}
          >
            {filled}/{askedKeys.length}
          </Typography.Text>
          {stale ? (
            <Tag color="warning" icon={<WarningOutlined />} style={{ fontWeight: 'normal' }}>
              {t('contact.stale.tag')}
            </Tag>
          ) : null}
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
      className={stale ? 'kd-stale-card' : undefined}
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
          layout="vertical"
          colon={false}
          className="kd-profile-answers"
          items={keys.map((key) => ({
            key,
            label: askedKeys.includes(key) ? (
              label(key)
            ) : (
              <span>
                {label(key)} <Tag style={{ marginInlineEnd: 0 }}>{t('profileQuestion.retired')}</Tag>
              </span>
            ),
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
