// 导入订单明细: choose a .csv or .xlsx file, optionally check it only (试导入), watch the upload, then read the
// result — counts, or every problem with its row and column. Nothing is written when any row is bad.
import { Alert, Button, Checkbox, Col, Modal, Progress, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_ORDER_LINE_UPLOAD_BYTES,
  type OrderLineImportResultT,
  useImportOrderLines,
} from '../../../api/order-lines.ts';
import { FileDrop } from '../../../components/file-drop.tsx';
import { ImportProblemTable } from '../../../components/import-problem-table.tsx';

export function OrderLineImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [dryRun, setDryRun] = useState(false);
  const [sent, setSent] = useState(0);
  const [result, setResult] = useState<OrderLineImportResultT | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const upload = useImportOrderLines(setSent);

  const close = () => {
    setResult(null);
    setFailure(null);
    setSent(0);
    upload.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('orderLines.import.title')}
      onCancel={close}
      footer={<Button onClick={close}>{t('common.close')}</Button>}
      width={760}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('orderLines.import.columns')}
        </Typography.Paragraph>
        <Checkbox
          checked={dryRun}
          onChange={(event) => setDryRun(event.target.checked)}
          disabled={upload.isPending}
        >
          {t('orderLines.import.dryRun')}
        </Checkbox>
        <FileDrop
          extensions={['.csv', '.xlsx']}
          maxBytes={MAX_ORDER_LINE_UPLOAD_BYTES}
          pending={upload.isPending}
          dropHint={t('orderLines.import.dropHint')}
          hint={t('orderLines.import.sizeHint', { mb: MAX_ORDER_LINE_UPLOAD_BYTES / 1024 / 1024 })}
          wrongType={t('orderLines.import.wrongType')}
          send={(file) => upload.mutateAsync({ file, dryRun })}
          onStart={() => {
            setResult(null);
            setFailure(null);
            setSent(0);
          }}
          onResult={setResult}
          onFailure={setFailure}
        />
        {upload.isPending ? (
          <div>
            <Progress percent={Math.round(sent * 100)} status="active" />
            <Typography.Text type="secondary">
              {sent < 1 ? t('orderLines.import.uploading') : t('orderLines.import.checking')}
            </Typography.Text>
          </div>
        ) : null}
        {failure ? <Alert type="error" showIcon title={failure} /> : null}
        {result ? <ImportResultView result={result} /> : null}
      </Space>
    </Modal>
  );
}

function ImportResultView({ result }: { result: OrderLineImportResultT }) {
  const { t } = useTranslation();
  const clean = result.problemCount === 0;
  const summary = result.applied
    ? t('orderLines.import.applied', {
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
      })
    : clean
      ? t('orderLines.import.dryRunPassed', { created: result.created, updated: result.updated })
      : t('orderLines.import.notApplied', { count: result.problemCount });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type={clean ? 'success' : 'error'} showIcon title={summary} />
      <Row gutter={16}>
        <Col span={5}>
          <Statistic title={t('orderLines.import.totalRows')} value={result.totalRows} />
        </Col>
        <Col span={5}>
          <Statistic title={t('orderLines.import.created')} value={result.created} />
        </Col>
        <Col span={5}>
          <Statistic title={t('orderLines.import.updated')} value={result.updated} />
        </Col>
        <Col span={5}>
          <Statistic title={t('orderLines.import.unchanged')} value={result.unchanged} />
        </Col>
        <Col span={4}>
          <Statistic title={t('orderLines.import.factRows')} value={result.factRows} />
        </Col>
      </Row>
      <ImportProblemTable problems={result.errors} />
    </Space>
  );
}
