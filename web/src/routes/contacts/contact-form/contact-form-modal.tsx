// 新建/编辑联系人: identity and reporting line; the three profile blocks are edited on the detail page.
import { Alert, Col, DatePicker, Form, Input, type InputRef, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ContactDetailT,
  type ContactInputT,
  useContacts,
  useCreateContact,
  useUpdateContact,
} from '../../../api/contacts.ts';
import { AccountSelect } from '../../../components/account-select.tsx';
import { applyApiError } from '../../../lib/form-errors.ts';
import { withCode } from '../../../lib/labels.ts';

interface ContactFormValues {
  accountId?: number;
  name: string;
  title?: string;
  department?: string;
  reportsToId?: number | null;
  phone?: string;
  email?: string;
  wechat?: string;
  lastVerifiedOn?: Dayjs | null;
}

const FIELDS = [
  'accountId',
  'name',
  'title',
  'department',
  'reportsToId',
  'phone',
  'email',
  'wechat',
  'lastVerifiedOn',
] as const;
const TEXT_FIELDS = ['title', 'department', 'phone', 'email', 'wechat'] as const;

function toInput(values: ContactFormValues, accountId: number): ContactInputT {
  const input: ContactInputT = {
    accountId,
    name: values.name.trim(),
    reportsToId: values.reportsToId ?? null,
    lastVerifiedOn: values.lastVerifiedOn ? values.lastVerifiedOn.format('YYYY-MM-DD') : null,
  };
  for (const field of TEXT_FIELDS) {
    const text = values[field]?.trim();
    input[field] = text ? text : null;
  }
  return input;
}

interface ContactFormModalProps {
  open: boolean;
  contact?: ContactDetailT | undefined;
  /** Fixed account when adding from an account's contacts tab. */
  account?: { id: number; name: string } | undefined;
  onClose: () => void;
  onSaved: (contact: ContactDetailT) => void;
}

export function ContactFormModal({ open, contact, account, onClose, onSaved }: ContactFormModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<ContactFormValues>();
  // Two instances can be mounted at once (edit and add-subsidiary); field ids must stay unique.
  const formId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const nameRef = useRef<InputRef>(null);
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? 0);
  const selectedAccountId = Form.useWatch('accountId', form);
  const accountId = account?.id ?? contact?.accountId ?? selectedAccountId;
  const colleagues = useContacts({ accountId, limit: 200, sort: 'name' }, open && Boolean(accountId));

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    if (contact) {
      form.setFieldsValue({
        accountId: contact.accountId,
        name: contact.name,
        title: contact.title ?? '',
        department: contact.department ?? '',
        reportsToId: contact.reportsToId,
        phone: contact.phone ?? '',
        email: contact.email ?? '',
        wechat: contact.wechat ?? '',
        lastVerifiedOn: contact.lastVerifiedOn ? dayjs(contact.lastVerifiedOn) : null,
      });
    } else {
      form.setFieldsValue({ accountId: account?.id, lastVerifiedOn: dayjs() });
    }
  }, [open, contact, account, form]);

  const onFinish = (values: ContactFormValues) => {
    setFormError(null);
    const target = account?.id ?? values.accountId ?? contact?.accountId;
    if (!target) return;
    const input = toInput(values, target);
    const onError = (error: unknown) => setFormError(applyApiError(form, error, FIELDS, 'name'));
    if (contact) update.mutate(input, { onSuccess: onSaved, onError });
    else create.mutate(input, { onSuccess: onSaved, onError });
  };

  const maxRule = (max: number) => ({ max, message: t('form.maxLength', { max }) });
  const reportsToOptions = (colleagues.data?.items ?? [])
    .filter((colleague) => colleague.id !== contact?.id)
    .map((colleague) => ({
      value: colleague.id,
      label: colleague.title ? withCode(colleague.name, colleague.title, i18n.language) : colleague.name,
    }));

  return (
    <Modal
      open={open}
      title={contact ? t('contact.form.editTitle') : t('contact.form.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      width={680}
      forceRender
      afterOpenChange={(visible) => {
        if (visible) nameRef.current?.focus();
      }}
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<ContactFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name={`contact-form-${formId}`}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label={t('contact.field.name')}
              name="name"
              rules={[{ required: true, whitespace: true, message: t('form.required') }, maxRule(100)]}
            >
              <Input ref={nameRef} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={t('contact.field.account')}
              name="accountId"
              rules={[{ required: true, message: t('form.required') }]}
            >
              {account || contact ? (
                <Select
                  disabled
                  options={[
                    {
                      value: account?.id ?? contact?.accountId,
                      label: account?.name ?? contact?.accountName,
                    },
                  ]}
                />
              ) : (
                <AccountSelect
                  onChange={(value) => form.setFieldsValue({ accountId: value, reportsToId: null })}
                />
              )}
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('contact.field.title')} name="title" rules={[maxRule(100)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('contact.field.department')} name="department" rules={[maxRule(100)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('contact.field.reportsTo')} name="reportsToId">
              <Select
                allowClear
                disabled={!accountId}
                loading={colleagues.isFetching}
                options={reportsToOptions}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={accountId ? undefined : t('contact.form.pickAccountFirst')}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('contact.field.lastVerifiedOn')} name="lastVerifiedOn">
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('contact.field.phone')} name="phone" rules={[maxRule(50)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t('contact.field.email')}
              name="email"
              rules={[{ type: 'email', message: t('form.invalidEmail') }, maxRule(200)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('contact.field.wechat')} name="wechat" rules={[maxRule(100)]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
