// The plan's files ([PLAN-9]): the 9-step executive briefing as PPTX or PDF, in the language the UI speaks,
// and the whole plan as an Excel workbook. Generating a deck takes a moment: the button shows it is busy.
import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, FilePptOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPlanFile, type PlanFile } from '../../../api/plans.ts';

export function PlanExportMenu({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<PlanFile | null>(null);

  const download = async (file: PlanFile) => {
    setBusy(file);
    try {
      await downloadPlanFile(planId, file);
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'pptx', icon: <FilePptOutlined />, label: t('plan.header.exportPptx') },
          { key: 'pdf', icon: <FilePdfOutlined />, label: t('plan.header.exportPdf') },
          { key: 'xlsx', icon: <FileExcelOutlined />, label: t('plan.header.exportXlsx') },
        ],
        onClick: ({ key }) => void download(key as PlanFile),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy !== null} data-testid="plan-export">
        {busy ? t('plan.header.exporting') : t('plan.header.export')}
      </Button>
    </Dropdown>
  );
}
