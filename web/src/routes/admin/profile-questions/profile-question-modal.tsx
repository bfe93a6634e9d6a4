// Adds or edits one profile question: block, key (fixed once created, answers are stored under it), texts in
// both languages, order and whether it is asked.
import { Alert, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ProfileBlock,
  type ProfileQuestionInputT,
  type ProfileQuestionT,
  useSaveProfileQuestion,
} from '../../../api/value.ts';
import { applyApiError } from '../../../lib/form-errors.ts';

export const PROFILE_QUESTION_BLOCKS: readonly ProfileBlock[] = ['personal', 'interpersonal', 'work'];
const FIELDS = ['block', 'key', 'textZh', 'textEn', 'sortOrder', 'active'] as const;

interface ProfileQuestionModalProps {
  open: boolean;
  /** The question to edit; undefined adds a new one. */
  question: ProfileQuestionT | undefined;
  /** Suggested sort order for a new question (after the last one of its block). */
  nextSortOrder: (block: ProfileBlock) => number;
  onClose: () => void;
  onSaved: (question: ProfileQuestionT) => void;
}

export function ProfileQuestionModal({
  open,
  question,
  nextSortOrder,
  onClose,
  onSaved,
}: ProfileQuestionModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProfileQuestionInputT>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveProfileQuestion();

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      question
        ? {
            block: question.block,
            key: question.key,
            textZh: question.textZh,
            textEn: question.textEn,
            sortOrder: question.sortOrder,
            active: question.active,
          }
        : { block: 'personal', sortOrder: nextSortOrder('personal'), active: true },
    );
  }, [open, question, form, nextSortOrder]);

  const onFinish = (values: ProfileQuestionInputT) => {
    setFormError(null);
    save.mutate(
      { id: question?.id, input: { ...values, key: values.key.trim() } },
      {
        onSuccess: (saved) => onSaved(saved),
        onError: (error) => setFormError(applyApiError(form, error, FIELDS, 'key')),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={question ? t('profileQuestion.editTitle') : t('profileQuestion.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<ProfileQuestionInputT>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name="profile-question-form"
        onValuesChange={(changed: Partial<ProfileQuestionInputT>) => {
          if (!question && changed.block) form.setFieldValue('sortOrder', nextSortOrder(changed.block));
        }}
      >
        <Form.Item
          name="block"
          label={t('profileQuestion.block')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            options={PROFILE_QUESTION_BLOCKS.map((block) => ({
              value: block,
              label: t(`profileQuestion.blocks.${block}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('profileQuestion.key')}
          extra={question ? t('profileQuestion.keyFixed') : t('profileQuestion.keyHint')}
          rules={[
            { required: true, message: t('form.required') },
            { pattern: /^[a-zA-Z][a-zA-Z0-9_]*$/, message: t('profileQuestion.keyPattern') },
            { max: 50, message: t('form.maxLength', { max: 50 }) },
          ]}
        >
          <Input disabled={question !== undefined} />
        </Form.Item>
        <Form.Item
          name="textZh"
          label={t('profileQuestion.textZh')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 300, message: t('form.maxLength', { max: 300 }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item
          name="textEn"
          label={t('profileQuestion.textEn')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 300, message: t('form.maxLength', { max: 300 }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item
          name="sortOrder"
          label={t('profileQuestion.sortOrder')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber<number> min={0} max={1000} precision={0} />
        </Form.Item>
        <Form.Item name="active" label={t('profileQuestion.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
