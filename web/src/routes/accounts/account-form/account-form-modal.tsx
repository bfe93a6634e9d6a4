// 新建/编辑客户: one form for create and edit; inline rules mirror the server's, and the server's 400
// details and 409 duplicate code are put back on the fields they name.
import { Alert, AutoComplete, Col, Form, Input, type InputRef, Modal, Row, Select } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_TYPES, type AccountType } from '../../../../../src/core/account/account-types.ts';
import {
  type AccountDetailT,
  type AccountInputT,
  useAccountFacets,
  useCreateAccount,
  useUpdateAccount,
} from '../../../api/accounts.ts';
import { useMe } from '../../../api/auth.ts';
import { AccountSelect } from '../../../components/account-select.tsx';
import { RegionSelect } from '../../../components/region-select.tsx';
import { UserSelect } from '../../../components/user-select.tsx';
import { applyApiError } from '../../../lib/form-errors.ts';

interface AccountFormValues {
  code?: string;
  name: string;
  type: AccountType;
  parentId?: number | null;
  ownerId: number;
  regionId?: number | null;
  industry?: string;
  province?: string;
  city?: string;
  address?: string;
  phone?: string;
  website?: string;
  notes?: string;
}

const FIELDS = [
  'code',
  'name',
  'type',
  'parentId',
  'ownerId',
  'regionId',
  'industry',
  'province',
  'city',
  'address',
  'phone',
  'website',
  'notes',
] as const;

const TEXT_FIELDS = ['industry', 'province', 'city', 'address', 'phone', 'website', 'notes'] as const;

/** Form values → API body: blank optional texts become null (cleared), a blank code is left to the server. */
function toInput(values: AccountFormValues): AccountInputT {
  const input: AccountInputT = {
    name: values.name.trim(),
    type: values.type,
    ownerId: values.ownerId,
    parentId: values.parentId ?? null,
    regionId: values.regionId ?? null,
  };
  const code = values.code?.trim();
  if (code) input.code = code;
  for (const field of TEXT_FIELDS) {
    const text = values[field]?.trim();
    input[field] = text ? text : null;
  }
  return input;
}

function toValues(account: AccountDetailT): AccountFormValues {
  return {
    code: account.code,
    name: account.name,
    type: account.type,
    parentId: account.parentId,
    ownerId: account.ownerId,
    regionId: account.regionId,
    industry: account.industry ?? '',
    province: account.province ?? '',
    city: account.city ?? '',
    address: account.address ?? '',
    phone: account.phone ?? '',
    website: account.website ?? '',
    notes: account.notes ?? '',
  };
}

interface AccountFormModalProps {
  open: boolean;
  /** The account being edited; absent when creating. */
  account?: AccountDetailT | undefined;
  /** Preset parent when creating a subsidiary from the hierarchy tab. */
  parent?: { id: number; name: string } | undefined;
  onClose: () => void;
  onSaved: (account: AccountDetailT) => void;
}

export function AccountFormModal({ open, account, parent, onClose, onSaved }: AccountFormModalProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [form] = Form.useForm<AccountFormValues>();
  // Two instances can be mounted at once (edit and add-subsidiary); field ids must stay unique.
  const formId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const nameRef = useRef<InputRef>(null);
  const create = useCreateAccount();
  const update = useUpdateAccount(account?.id ?? 0);
  const facets = useAccountFacets();
  const saving = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      account ? toValues(account) : { type: 'key_account', ownerId: me.id, parentId: parent?.id ?? null },
    );
  }, [open, account, parent, form, me.id]);

  const onFinish = (values: AccountFormValues) => {
    setFormError(null);
    const input = toInput(values);
    const onError = (error: unknown) => setFormError(applyApiError(form, error, FIELDS, 'code'));
    if (account) update.mutate(input, { onSuccess: onSaved, onError });
    else create.mutate(input, { onSuccess: onSaved, onError });
  };

  const maxRule = (max: number) => ({ max, message: t('form.maxLength', { max }) });

  return (
    <Modal
      open={open}
      title={account ? t('account.form.editTitle') : t('account.form.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      width={760}
      forceRender
      afterOpenChange={(visible) => {
        if (visible) nameRef.current?.focus();
      }}
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<AccountFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name={`account-form-${formId}`}
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              label={t('account.field.name')}
              name="name"
              rules={[{ required: true, whitespace: true, message: t('form.required') }, maxRule(200)]}
            >
              <Input ref={nameRef} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t('account.field.code')}
              name="code"
              rules={[maxRule(40)]}
              extra={account ? undefined : t('account.form.codeHint')}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t('account.field.type')}
              name="type"
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select
                options={ACCOUNT_TYPES.map((type) => ({ value: type, label: t(`accountType.${type}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t('account.field.owner')}
              name="ownerId"
              rules={[{ required: true, message: t('form.required') }]}
            >
              <UserSelect currentLabel={account ? account.ownerName : me.displayName} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('account.field.region')} name="regionId">
              <RegionSelect allowClear />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label={t('account.field.parent')} name="parentId" extra={t('account.form.parentHint')}>
              <AccountSelect
                allowClear
                excludeId={account?.id}
                currentLabel={account?.parentName ?? parent?.name}
                placeholder={t('account.form.parentPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('account.field.industry')} name="industry" rules={[maxRule(50)]}>
              <AutoComplete
                options={(facets.data?.industries ?? []).map((industry) => ({ value: industry }))}
                showSearch={{
                  filterOption: (input, option) => String(option?.value ?? '').includes(input),
                }}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('account.field.province')} name="province" rules={[maxRule(50)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('account.field.city')} name="city" rules={[maxRule(50)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('account.field.phone')} name="phone" rules={[maxRule(50)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label={t('account.field.address')} name="address" rules={[maxRule(300)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('account.field.website')} name="website" rules={[maxRule(200)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('account.field.notes')} name="notes" rules={[maxRule(5000)]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
        {/* Lets Enter in any text field submit the form, as in a plain HTML form. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
