// 新建用户 (admins): user name, display name, role, org unit and an initial password.
import { Alert, Form, Input, type InputRef, Modal, Select, TreeSelect } from 'antd';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../../src/core/org/roles.ts';
import {
  type OrgUnitT,
  type UserInputT,
  type UserItemT,
  useCreateUser,
  useOrgUnits,
} from '../../../api/org.ts';
import { orgUnitLabel } from '../../../components/region-select.tsx';
import { applyApiError } from '../../../lib/form-errors.ts';

interface TreeNode {
  value: number;
  title: string;
  children: TreeNode[];
}

/** Org units as a tree for the picker (parents before children is not assumed). */
export function orgTree(units: OrgUnitT[], lang: string): TreeNode[] {
  const nodes = new Map<number, TreeNode>(
    units.map((unit) => [unit.id, { value: unit.id, title: orgUnitLabel(unit, lang), children: [] }]),
  );
  const roots: TreeNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id);
    if (!node) continue;
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

const FIELDS = ['username', 'displayName', 'role', 'orgUnitId', 'password', 'email'] as const;

interface UserFormModalProps {
  open: boolean;
  onClose: () => void;
  onSaved: (user: UserItemT) => void;
}

export function UserFormModal({ open, onClose, onSaved }: UserFormModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<UserInputT>();
  // Two instances can be mounted at once (edit and add-subsidiary); field ids must stay unique.
  const formId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const firstRef = useRef<InputRef>(null);
  const create = useCreateUser();
  const units = useOrgUnits();
  const tree = useMemo(() => orgTree(units.data ?? [], i18n.language), [units.data, i18n.language]);

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue({ role: 'rep' });
  }, [open, form]);

  const onFinish = (values: UserInputT) => {
    setFormError(null);
    const email = values.email?.trim();
    create.mutate(
      { ...values, email: email ? email : null },
      {
        onSuccess: onSaved,
        onError: (error) => setFormError(applyApiError(form, error, FIELDS, 'username')),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('user.form.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      forceRender
      afterOpenChange={(visible) => {
        if (visible) firstRef.current?.focus();
      }}
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<UserInputT>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name={`user-form-${formId}`}
        autoComplete="off"
      >
        <Form.Item
          label={t('user.field.username')}
          name="username"
          rules={[
            { required: true, message: t('form.required') },
            { min: 2, max: 50, message: t('form.lengthBetween', { min: 2, max: 50 }) },
            { pattern: /^[a-zA-Z0-9_.-]+$/, message: t('user.form.usernamePattern') },
          ]}
        >
          <Input ref={firstRef} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('user.field.displayName')}
          name="displayName"
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 100, message: t('form.maxLength', { max: 100 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('user.field.role')}
          name="role"
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        <Form.Item
          label={t('user.field.orgUnit')}
          name="orgUnitId"
          rules={[{ required: true, message: t('form.required') }]}
        >
          <TreeSelect
            treeData={tree}
            treeDefaultExpandAll
            loading={units.isLoading}
            showSearch={{ treeNodeFilterProp: 'title' }}
          />
        </Form.Item>
        <Form.Item
          label={t('user.field.password')}
          name="password"
          rules={[
            { required: true, message: t('form.required') },
            { min: 8, message: t('user.form.passwordTooShort') },
            { max: 200, message: t('form.maxLength', { max: 200 }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('user.field.email')}
          name="email"
          rules={[{ type: 'email', message: t('form.invalidEmail') }]}
        >
          <Input />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
