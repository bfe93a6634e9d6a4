// API 令牌: personal tokens for scripts and integrations. The secret is shown once, right after creation.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, type InputRef, Modal, Popconfirm, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type TokenCreatedT,
  type TokenItemT,
  useCreateToken,
  useRevokeToken,
  useTokens,
} from '../../../api/tokens.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { applyApiError } from '../../../lib/form-errors.ts';

export default function TokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [form] = Form.useForm<{ name: string }>();
  const [creating, setCreating] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<TokenCreatedT | null>(null);
  const nameRef = useRef<InputRef>(null);

  const onFinish = (values: { name: string }) => {
    setFormError(null);
    create.mutate(
      { name: values.name.trim() },
      {
        onSuccess: (token) => {
          setCreating(false);
          form.resetFields();
          setCreated(token);
        },
        onError: (error) => setFormError(applyApiError(form, error, ['name'], 'name')),
      },
    );
  };

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('token.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('token.create')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('token.intro')}</Typography.Paragraph>
      {tokens.isError ? (
        <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : (
        <Table<TokenItemT>
          rowKey="id"
          size="middle"
          loading={tokens.isFetching}
          dataSource={tokens.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('token.empty') }}
          columns={[
            { title: t('token.name'), dataIndex: 'name', key: 'name' },
            {
              title: t('common.createdAt'),
              dataIndex: 'createdAt',
              key: 'createdAt',
              render: (value: string) => formatDateTime(value),
            },
            {
              title: t('token.lastUsedAt'),
              dataIndex: 'lastUsedAt',
              key: 'lastUsedAt',
              render: (value: string | null) => (value ? formatDateTime(value) : t('token.neverUsed')),
            },
            {
              title: '',
              key: 'actions',
              width: 120,
              render: (_, row) => (
                <Popconfirm
                  title={t('token.revokeConfirm', { name: row.name })}
                  okText={t('token.revoke')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    revoke.mutateAsync(row.id).then(
                      () => message.success(t('token.revoked')),
                      (error: Error) => message.error(error.message),
                    )
                  }
                >
                  <Button danger size="small" icon={<DeleteOutlined />}>
                    {t('token.revoke')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}

      <Modal
        open={creating}
        title={t('token.create')}
        okText={t('token.createOk')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        confirmLoading={create.isPending}
        forceRender
        afterOpenChange={(visible) => {
          if (visible) nameRef.current?.focus();
        }}
      >
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
        <Form form={form} layout="vertical" onFinish={onFinish} name="token-form">
          <Form.Item
            label={t('token.name')}
            name="name"
            extra={t('token.nameHint')}
            rules={[
              { required: true, whitespace: true, message: t('form.required') },
              { max: 100, message: t('form.maxLength', { max: 100 }) },
            ]}
          >
            <Input ref={nameRef} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={created !== null}
        title={t('token.createdTitle')}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('token.copiedDone')}
          </Button>
        }
        mask={{ closable: false }}
      >
        <Alert type="warning" showIcon title={t('token.showOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph
          copyable={{ text: created?.token ?? '' }}
          code
          style={{ wordBreak: 'break-all' }}
          data-testid="new-token"
        >
          {created?.token}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('token.usage')}</Typography.Paragraph>
      </Modal>
    </>
  );
}
