// 新建计划: a key account and a plan year; the server refuses a second plan for the same account and year
// (shown on the account field) and accounts the user may not see.
import { App, Form, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanCreateInputT, type PlanT, useCreatePlan } from '../../api/plans.ts';
import { AccountSelect } from '../../components/account-select.tsx';
import { errorText } from '../../lib/error-text.ts';
import { applyApiError } from '../../lib/form-errors.ts';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (plan: PlanT) => void;
  /** Preset account (from the account page). */
  accountId?: number | undefined;
  accountLabel?: string | undefined;
}

export function PlanCreateModal({ open, onClose, onCreated, accountId, accountLabel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanCreateInputT>();
  const create = useCreatePlan();

  useEffect(() => {
    if (open) form.setFieldsValue({ accountId, planYear: new Date().getFullYear() } as PlanCreateInputT);
  }, [open, accountId, form]);

  const submit = async (values: PlanCreateInputT) => {
    try {
      const plan = await create.mutateAsync(values);
      message.success(t('plan.list.created'));
      form.resetFields();
      onCreated(plan);
    } catch (error) {
      const rest = applyApiError(form, error, ['accountId', 'planYear'], 'accountId');
      if (rest) message.error(errorText(error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('plan.list.createTitle')}
      okText={t('plan.list.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        name="planCreate"
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        data-testid="plan-create-form"
      >
        <Form.Item
          name="accountId"
          label={t('plan.list.account')}
          rules={[{ required: true, message: t('plan.list.accountRequired') }]}
        >
          <AccountSelect autoFocus currentLabel={accountLabel} />
        </Form.Item>
        <Form.Item
          name="planYear"
          label={t('plan.list.year')}
          rules={[
            { required: true, message: t('plan.list.yearRequired') },
            { type: 'number', min: 2000, max: 2100, message: t('plan.list.yearRange') },
          ]}
        >
          <InputNumber style={{ width: 160 }} precision={0} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
