// 导入目标表: upload a 目标分解 workbook exported from this plan and edited. The import is all or nothing — when any
// cell is wrong nothing is written and every problem is listed with its cell address (e.g. D7), node and month.
import { Alert, Button, Modal, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '../../../../api/excel.ts';
import {
  type TargetSheetImportResultT,
  type TargetSheetProblemT,
  useImportTargetSheet,
} from '../../../../api/targets.ts';
import { FileDrop } from '../../../../components/file-drop.tsx';

interface SheetImportModalProps {
  planId: number;
  open: boolean;
  /** The selected node, which a subtree sheet may have been exported under. */
  selected: { key: string; label: string } | undefined;
  /** Whether the last export was of the selected node's subtree (the import then defaults to it). */
  subtreeFirst: boolean;
  onClose: () => void;
}

export function SheetImportModal({ planId, open, selected, subtreeFirst, onClose }: SheetImportModalProps) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'all' | 'subtree'>(subtreeFirst && selected ? 'subtree' : 'all');
  const under = scope === 'subtree' ? selected : undefined;
  const upload = useImportTargetSheet(planId);
  const [result, setResult] = useState<TargetSheetImportResultT | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setResult(null);
    setFailure(null);
    upload.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('targets.sheet.importTitle')}
      onCancel={close}
      footer={<Button onClick={close}>{t('common.close')}</Button>}
      width={760}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('targets.sheet.importHint')}</Typography.Text>
        {selected ? (
          <Radio.Group
            value={scope}
            onChange={(event) => setScope(event.target.value as 'all' | 'subtree')}
            options={[
              { value: 'all', label: t('targets.sheet.scopeAll') },
              { value: 'subtree', label: t('targets.sheet.importUnder', { label: selected.label }) },
            ]}
          />
        ) : null}
        <FileDrop
          extensions={['.xlsx']}
          maxBytes={MAX_IMPORT_BYTES}
          pending={upload.isPending}
          dropHint={t('targets.sheet.dropHint')}
          wrongType={t('excel.notXlsx')}
          send={(file) => upload.mutateAsync({ file, under: under?.key })}
          onStart={() => {
            setResult(null);
            setFailure(null);
          }}
          onResult={setResult}
          onFailure={setFailure}
          testId="target-sheet-upload"
        />
        {failure ? <Alert type="error" showIcon title={failure} /> : null}
        {result ? <SheetImportResult result={result} /> : null}
      </Space>
    </Modal>
  );
}

function SheetImportResult({ result }: { result: TargetSheetImportResultT }) {
  const { t } = useTranslation();
  if (result.applied)
    return (
      <Alert
        type="success"
        showIcon
        title={t('targets.sheet.imported', { count: result.changedCells })}
        data-testid="target-sheet-result"
      />
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="target-sheet-result">
      <Alert type="error" showIcon title={t('targets.sheet.problems', { count: result.errors.length })} />
      <Table<TargetSheetProblemT>
        size="small"
        rowKey={(problem, index) => `${problem.cell ?? ''}|${index}`}
        dataSource={result.errors}
        pagination={result.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          {
            title: t('targets.sheet.cell'),
            dataIndex: 'cell',
            key: 'cell',
            width: 90,
            render: (cell: string | null) => <Typography.Text code>{cell ?? '–'}</Typography.Text>,
          },
          {
            title: t('targets.editor.metric'),
            key: 'metric',
            width: 150,
            render: (_, problem) =>
              [
                problem.metric ? t(`targets.metric.${problem.metric}`) : null,
                problem.month ? t('targets.editor.month', { m: problem.month }) : null,
              ]
                .filter(Boolean)
                .join(' · ') || '–',
          },
          { title: t('targets.sheet.problem'), dataIndex: 'message', key: 'message' },
        ]}
      />
    </Space>
  );
}
