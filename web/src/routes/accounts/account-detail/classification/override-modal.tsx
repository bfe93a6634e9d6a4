// Sets a model's class by hand ([SEG] overrides): the new class and a required reason, kept in the history.
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ModelKey, type ModelResultT, useSetOverride } from '../../../../api/segmentation.ts';
import { applyApiError } from '../../../../lib/form-errors.ts';
import { modelLabel, valueLabel, valuesOf } from '../../../../lib/segmentation-labels.ts';

interface OverrideValues {
  value?: string;
  reason?: string;
}

interface OverrideModalProps {
  accountId: number;
  /** The result to override; null closes the dialog. */
  result: ModelResultT | null;
  onClose: () => void;
  onSaved: () => void;
}

export function OverrideModal({ accountId, result, onClose, onSaved }: OverrideModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OverrideValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSetOverride(accountId);
  const model: ModelKey = result?.model ?? 'purchase_grid';

  useEffect(() => {
    if (!result) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue({ value: result.override?.value, reason: result.override?.reason });
  }, [result, form]);

  const onFinish = (values: OverrideValues) => {
    if (!result || !values.value || !values.reason) return;
    setFormError(null);
    save.mutate(
      { model: result.model, value: values.value, reason: values.reason.trim() },
      {
        onSuccess: () => onSaved(),
        onError: (error) => setFormError(applyApiError(form, error, ['value', 'reason'])),
      },
    );
  };

  return (
    <Modal
      open={result !== null}
      title={t('segmentation.override.title', { model: modelLabel(t, model) })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      {result ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('segmentation.override.current', {
            value: valueLabel(t, model, result.override?.computedValue ?? result.value),
          })}
        />
      ) : null}
      <Form<OverrideValues> form={form} layout="vertical" onFinish={onFinish} name="override-form">
        <Form.Item
          name="value"
          label={t('segmentation.override.value')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={valuesOf(model).map((value) => ({ value, label: valueLabel(t, model, value) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('segmentation.override.reason')}
          rules={[
            { required: true, whitespace: true, message: t('segmentation.override.reasonRequired') },
            { max: 500, message: t('form.maxLength', { max: 500 }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 6 }}
            placeholder={t('segmentation.override.reasonHint')}
            showCount
            maxLength={500}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
