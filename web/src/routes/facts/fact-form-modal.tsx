// The create/edit dialog of an actuals row (回款, 费用): the first field has the focus, Enter in a text field saves,
// Esc cancels; the server's 400 details land on the fields they name and anything else shows above the form.
import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type KeyboardEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../../lib/form-errors.ts';

interface FactFormModalProps<V> {
  open: boolean;
  title: string;
  form: FormInstance<V>;
  /** The values the form starts from each time it opens. */
  initialValues: Partial<V>;
  /** The fields on the form, in order; the first one gets the focus and server details are matched to them. */
  fields: readonly (keyof V & string)[];
  saving: boolean;
  /** Saves; a rejected promise's error is put on the form. */
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  testId?: string;
  children: ReactNode;
}

/** Enter submits from a plain text field; lists, pickers and buttons keep Enter for themselves. */
function submitsOnEnter(event: KeyboardEvent<HTMLFormElement>): boolean {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return false;
  const target = event.target as HTMLElement;
  return (
    target instanceof HTMLInputElement &&
    target.closest('.ant-select, .ant-picker, .ant-select-dropdown') === null
  );
}

export function FactFormModal<V extends object>({
  open,
  title,
  form,
  initialValues,
  fields,
  saving,
  onSubmit,
  onClose,
  testId,
  children,
}: FactFormModalProps<V>) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(initialValues as Parameters<FormInstance<V>['setFieldsValue']>[0]);
  }, [open, initialValues, form]);

  const onFinish = async (values: V) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFormError(applyApiError(form, error, fields));
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      forceRender
      afterOpenChange={(visible) => {
        const first = fields[0];
        if (visible && first) form.focusField(first as Parameters<FormInstance<V>['focusField']>[0]);
      }}
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<V>
        form={form}
        layout="vertical"
        data-testid={testId}
        onFinish={(values) => void onFinish(values)}
        onKeyDown={(event) => {
          if (!submitsOnEnter(event)) return;
          event.preventDefault();
          form.submit();
        }}
      >
        {children}
      </Form>
    </Modal>
  );
}
