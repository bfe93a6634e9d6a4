// 添加下级: a child of a node ([TGT-2]) — an org unit, a rep, an industry, an account type, a customer or a product
// line (picked by code or name from /api/product-lines; the node stores ref_id = product_line_id and narrows its
// scope to that line, so its actuals are that line's order lines). Under a customer without children the product
// line is offered first. The server names the node and re-splits the parent by its method; a refusal (a duplicate
// child, one outside the parent) is marked on the field that picks the child (refId, or refKey for industry and
// account type).
import { Alert, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_TYPES } from '../../../../../../src/core/account/account-types.ts';
import { useAccountFacets } from '../../../../api/accounts.ts';
import { useProductLines } from '../../../../api/order-lines.ts';
import { useOrgUnits } from '../../../../api/org.ts';
import { type TargetNodeAddInputT, type TargetNodeT, useAddTargetNode } from '../../../../api/targets.ts';
import { AccountSelect } from '../../../../components/account-select.tsx';
import { orgUnitLabel } from '../../../../components/region-select.tsx';
import { UserSelect } from '../../../../components/user-select.tsx';
import { applyApiError } from '../../../../lib/form-errors.ts';

const CHILD_DIMENSIONS = ['org_unit', 'rep', 'industry', 'account_type', 'customer', 'product_line'] as const;
type ChildDimension = (typeof CHILD_DIMENSIONS)[number];

interface AddChildValues {
  dimension: ChildDimension;
  refId?: number;
  refKey?: string;
}

interface AddChildModalProps {
  planId: number;
  parent: TargetNodeT | null;
  /** The dimension of the parent's existing children, offered first. */
  defaultDimension: ChildDimension | null;
  onClose: () => void;
  onAdded: () => void;
}

export const isChildDimension = (value: string): value is ChildDimension =>
  (CHILD_DIMENSIONS as readonly string[]).includes(value);

export function AddChildModal({ planId, parent, defaultDimension, onClose, onAdded }: AddChildModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<AddChildValues>();
  const add = useAddTargetNode(planId);
  const [failure, setFailure] = useState<string | null>(null);
  const dimension = Form.useWatch('dimension', form);
  const units = useOrgUnits();
  const facets = useAccountFacets();
  const productLines = useProductLines();

  const submit = async (values: AddChildValues) => {
    if (!parent) return;
    const byKey = values.dimension === 'industry' || values.dimension === 'account_type';
    const input: TargetNodeAddInputT = {
      parentKey: parent.key,
      dimension: values.dimension,
      ...(byKey ? { refKey: values.refKey ?? null } : { refId: values.refId ?? null }),
    };
    setFailure(null);
    try {
      await add.mutateAsync(input);
      form.resetFields();
      onAdded();
    } catch (error) {
      setFailure(applyApiError(form, error, [byKey ? 'refKey' : 'refId']));
    }
  };

  const refField = () => {
    const required = [{ required: true, message: t('targets.addChild.refRequired') }];
    switch (dimension) {
      case 'org_unit':
        return (
          <Form.Item name="refId" label={t('targets.addChild.ref')} rules={required}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={units.isLoading}
              options={(units.data ?? [])
                .filter((unit) => unit.kind !== 'company')
                .map((unit) => ({ value: unit.id, label: orgUnitLabel(unit, i18n.language) }))}
            />
          </Form.Item>
        );
      case 'rep':
        return (
          <Form.Item name="refId" label={t('targets.addChild.ref')} rules={required}>
            <UserSelect />
          </Form.Item>
        );
      case 'customer':
        return (
          <Form.Item name="refId" label={t('targets.addChild.ref')} rules={required}>
            <AccountSelect />
          </Form.Item>
        );
      case 'product_line':
        return (
          <Form.Item name="refId" label={t('targets.addChild.ref')} rules={required}>
            <Select
              id="add-child-product-line"
              showSearch
              optionFilterProp="label"
              placeholder={t('targets.addChild.searchProductLine')}
              loading={productLines.isLoading}
              options={(productLines.data ?? []).map((line) => ({
                value: line.id,
                label: `${line.code} ${line.name}`,
              }))}
            />
          </Form.Item>
        );
      case 'industry':
        return (
          <Form.Item name="refKey" label={t('targets.addChild.ref')} rules={required}>
            <Select
              showSearch
              loading={facets.isLoading}
              options={(facets.data?.industries ?? []).map((value) => ({ value, label: value }))}
            />
          </Form.Item>
        );
      case 'account_type':
        return (
          <Form.Item name="refKey" label={t('targets.addChild.ref')} rules={required}>
            <Select options={ACCOUNT_TYPES.map((value) => ({ value, label: t(`accountType.${value}`) }))} />
          </Form.Item>
        );
      default:
        return null;
    }
  };

  return (
    <Modal
      open={parent !== null}
      title={parent ? t('targets.addChild.title', { label: parent.label }) : ''}
      okText={t('targets.addChild.add')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form<AddChildValues>
        form={form}
        layout="vertical"
        name="targetAddChild"
        initialValues={{
          dimension: defaultDimension ?? (parent?.dimension === 'customer' ? 'product_line' : 'customer'),
        }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<AddChildValues>) => {
          if (changed.dimension) form.setFieldsValue({ refId: undefined, refKey: undefined });
        }}
      >
        <Form.Item name="dimension" label={t('targets.addChild.dimension')}>
          <Select
            options={CHILD_DIMENSIONS.map((value) => ({ value, label: t(`targets.dimension.${value}`) }))}
          />
        </Form.Item>
        {refField()}
      </Form>
      {failure ? <Alert type="error" showIcon title={failure} /> : null}
    </Modal>
  );
}
