// 导入: download the template, choose all-or-nothing or valid-rows-only, upload an .xlsx and read the
// result — counts and every bad row with its column and message. Files over 10 MB are refused up front.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Modal, Radio, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  downloadTemplate,
  type ExcelEntity,
  type ImportMode,
  type ImportResultT,
  MAX_IMPORT_BYTES,
  useImport,
} from '../../api/excel.ts';
import { FileDrop } from '../../components/file-drop.tsx';
import { ImportProblemTable } from '../../components/import-problem-table.tsx';

interface ImportModalProps {
  entity: ExcelEntity;
  open: boolean;
  onClose: () => void;
}

export function ImportModal({ entity, open, onClose }: ImportModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [mode, setMode] = useState<ImportMode>('all');
  const [result, setResult] = useState<ImportResultT | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const upload = useImport(entity);

  const close = () => {
    setResult(null);
    setFailure(null);
    upload.reset();
    onClose();
  };

  const onTemplate = async () => {
    setDownloading(true);
    try {
      await downloadTemplate(entity);
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t(`excel.importTitle.${entity}`)}
      onCancel={close}
      footer={<Button onClick={close}>{t('common.close')}</Button>}
      width={720}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>{t('excel.step1')}</Typography.Text>
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void onTemplate()}>
            {t('excel.downloadTemplate')}
          </Button>
        </Space>
        <div>
          <Typography.Text>{t('excel.step2')}</Typography.Text>
          <Radio.Group
            value={mode}
            onChange={(event) => setMode(event.target.value as ImportMode)}
            style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 8 }}
            options={[
              { value: 'all', label: t('excel.modeAll') },
              { value: 'valid', label: t('excel.modeValid') },
            ]}
          />
        </div>
        <FileDrop
          extensions={['.xlsx']}
          maxBytes={MAX_IMPORT_BYTES}
          pending={upload.isPending}
          dropHint={t('excel.dropHint')}
          hint={t('excel.sizeHint', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })}
          wrongType={t('excel.notXlsx')}
          send={(file) => upload.mutateAsync({ file, mode })}
          onStart={() => {
            setResult(null);
            setFailure(null);
          }}
          onResult={setResult}
          onFailure={setFailure}
        />
        {failure ? <Alert type="error" showIcon title={failure} /> : null}
        {result ? <ImportResultView result={result} /> : null}
      </Space>
    </Modal>
  );
}

function ImportResultView({ result }: { result: ImportResultT }) {
  const { t } = useTranslation();
  const summary = result.applied
    ? t('excel.result.applied', { created: result.created, updated: result.updated, skipped: result.skipped })
    : t('excel.result.notApplied', { count: result.errors.length });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type={result.applied ? (result.errors.length ? 'warning' : 'success') : 'error'}
        showIcon
        title={summary}
      />
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={t('excel.result.totalRows')} value={result.totalRows} />
        </Col>
        <Col span={6}>
          <Statistic title={t('excel.result.created')} value={result.created} />
        </Col>
        <Col span={6}>
          <Statistic title={t('excel.result.updated')} value={result.updated} />
        </Col>
        <Col span={6}>
          <Statistic title={t('excel.result.skipped')} value={result.skipped} />
        </Col>
      </Row>
      <ImportProblemTable problems={result.errors} />
    </Space>
  );
}
