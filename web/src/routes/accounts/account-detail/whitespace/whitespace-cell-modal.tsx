// Edits one whitespace cell (division × product line): status, potential and current amounts, competitor, notes.
import { Form, Input, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { WHITESPACE_STATUSES } from '../../../../../../src/core/value/whitespace-grid.ts';
import type { WhitespaceCellT, WhitespaceStatus } from '../../../../api/value.ts';
import { YuanInput } from '../../../../components/yuan-input.tsx';
import { coreText } from '../../../../lib/core-messages.ts';

interface CellValues {
  status: WhitespaceStatus;
  potentialFen: number | null;
  currentFen: number | null;
  competitor: string;
  notes: string;
}

interface WhitespaceCellModalProps {
  /** The cell being edited with the names to show; null closes the dialog. */
  editing: { cell: WhitespaceCellT; productLineName: string } | null;
  onClose: () => void;
  onApply: (cell: WhitespaceCellT) => void;
}

export function WhitespaceCellModal({ editing, onClose, onApply }: WhitespaceCellModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<CellValues>();
  const status = Form.useWatch('status', form);

  useEffect(() => {
    if (!editing) return;
    const { cell } = editing;
    form.setFieldsValue({
      status: cell.status,
      potentialFen: cell.potentialFen,
      currentFen: cell.currentFen,
      competitor: cell.competitor ?? '',
      notes: cell.notes ?? '',
    });
  }, [editing, form]);

  const onFinish = (values: CellValues) => {
    if (!editing) return;
    onApply({
      ...editing.cell,
      status: values.status,
      potentialFen: values.potentialFen ?? null,
      currentFen: values.currentFen ?? null,
      competitor: values.competitor.trim() || null,
      notes: values.notes.trim() || null,
    });
  };

  return (
    <Modal
      open={editing !== null}
      title={editing ? `${editing.cell.division} × ${editing.productLineName}` : ''}
      okText={t('whitespace.apply')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<CellValues> form={form} layout="vertical" onFinish={onFinish} name="whitespace-cell-form">
        <Form.Item name="status" label={t('whitespace.status')}>
          <Radio.Group
            optionType="button"
            options={WHITESPACE_STATUSES.map((value) => ({
              value,
              label: coreText(`whitespace.status.${value}`, i18n.language),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="potentialFen"
          label={t('whitespace.potential')}
          tooltip={t('whitespace.potentialHint')}
        >
          <YuanInput />
        </Form.Item>
        <Form.Item name="currentFen" label={t('whitespace.current')}>
          <YuanInput />
        </Form.Item>
        <Form.Item
          name="competitor"
          label={t('whitespace.competitor')}
          rules={[{ max: 100, message: t('form.maxLength', { max: 100 }) }]}
        >
          <Input
            maxLength={100}
            placeholder={status === 'competitor' ? t('whitespace.competitorHint') : undefined}
          />
        </Form.Item>
        <Form.Item
          name="notes"
          label={t('whitespace.notes')}
          rules={[{ max: 500, message: t('form.maxLength', { max: 500 }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
