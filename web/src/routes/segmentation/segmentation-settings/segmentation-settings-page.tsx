// 分级设置 (admins and directors): the X/Y grid, the X cut points, portfolio criteria and weights, and the models'
// thresholds — all data, no release needed. 预览 shows how many accounts would change class before saving;
// problems (checked here first with the server's own rules, then by the server) land on their fields; after a
// save every account is recomputed and the job's progress is shown.
import { EyeOutlined, ReloadOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Form,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Tabs,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DEFAULT_SEGMENTATION_CONFIG } from '../../../../../src/core/segmentation/segmentation-config-defaults.ts';
import { validateSegmentationConfig } from '../../../../../src/core/segmentation/segmentation-config-validator.ts';
import { type Lang, translate } from '../../../../../src/core/shared/messages.ts';
import { ApiError } from '../../../api/http.ts';
import {
  type ConfigPreviewT,
  type JobT,
  type SegmentationConfig,
  useLatestJob,
  usePreviewSegmentationConfig,
  useSaveSegmentationConfig,
  useSegmentationConfig,
} from '../../../api/segmentation.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { JobProgress, useJobCompletion } from '../recompute/recompute-panel.tsx';
import { type ConfigProblem, configPath, placeProblems } from './config-errors.ts';
import { CriteriaEditor } from './criteria-editor.tsx';
import { GridEditor } from './grid-editor.tsx';
import { PreviewResult } from './preview-result.tsx';
import {
  ClpFields,
  KamAndRelationshipFields,
  LifecycleAndStageFields,
  NumberField,
  ParetoAndBcgFields,
} from './threshold-fields.tsx';

type TabKey = 'grid' | 'portfolio' | 'thresholds';
/** Shown between the save and the first poll that finds its job. */
const WAITING_JOB: JobT = {
  id: 0,
  kind: '',
  status: 'queued',
  total: 0,
  done: 0,
  startedAt: null,
  finishedAt: null,
  error: null,
};
const TAB_OF_SECTION: Record<string, TabKey> = { purchaseGrid: 'grid', portfolio: 'portfolio' };

export default function SegmentationSettingsPage() {
  const { t } = useTranslation();
  const config = useSegmentationConfig();
  if (config.isError) return <QueryError error={config.error} onRetry={() => void config.refetch()} />;
  if (!config.data) return <Skeleton active paragraph={{ rows: 14 }} />;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/segmentation">{t('segmentation.title')}</Link> },
          { title: t('segmentation.settings.title') },
        ]}
      />
      <SettingsForm
        config={config.data.config}
        version={config.data.version}
        updatedAt={config.data.updatedAt}
        updatedBy={config.data.updatedBy}
      />
    </>
  );
}

interface SettingsFormProps {
  config: SegmentationConfig;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

function SettingsForm({ config, version, updatedAt, updatedBy }: SettingsFormProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SegmentationConfig>();
  const [tab, setTab] = useState<TabKey>('grid');
  const [problems, setProblems] = useState<ConfigProblem[]>([]);
  const [cellErrors, setCellErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [preview, setPreview] = useState<{ result: ConfigPreviewT; draft: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  const [revision, setRevision] = useState(0);
  /** After a save: the newest job id before it; the save's recompute job is any later one. */
  const [jobAfter, setJobAfter] = useState<number | null>(null);
  const watchingJob = jobAfter !== null;
  const previewMutation = usePreviewSegmentationConfig();
  const save = useSaveSegmentationConfig();
  const latestJob = useLatestJob(watchingJob);
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';

  const savedJob =
    jobAfter !== null && latestJob.data && latestJob.data.id > jobAfter ? latestJob.data : undefined;
  const [finishedJob, setFinishedJob] = useState<JobT | null>(null);
  useJobCompletion(
    savedJob,
    useCallback((job: JobT) => {
      setJobAfter(null);
      setFinishedJob(job);
    }, []),
    useCallback(() => true, []),
  );

  const load = useCallback(
    (next: SegmentationConfig) => {
      form.resetFields();
      form.setFieldsValue(structuredClone(next) as Parameters<typeof form.setFieldsValue>[0]);
    },
    [form],
  );
  useEffect(() => load(config), [config, load]);

  const draft = () => form.getFieldsValue(true) as SegmentationConfig;

  const show = (list: ConfigProblem[]) => {
    const placed = placeProblems(form, list);
    setProblems(placed.unplaced);
    setCellErrors(placed.cells);
    const section = placed.firstSection;
    if (section) setTab(TAB_OF_SECTION[section] ?? 'thresholds');
  };

  /** Runs the form's own rules and the core check; returns the draft when both pass. */
  const checked = async (): Promise<SegmentationConfig | null> => {
    try {
      await form.validateFields();
    } catch {
      setTab(tabWithFormErrors(form) ?? tab);
      return null;
    }
    const value = draft();
    const result = validateSegmentationConfig(value);
    if (!result.ok) {
      show(result.errors.map((e) => ({ path: e.path, message: translate(e.message, lang, e.params ?? {}) })));
      return null;
    }
    show([]);
    return value;
  };

  const fromServer = (error: Error) => {
    if (error instanceof ApiError && error.details.length > 0) {
      show(error.details.map((detail) => ({ path: configPath(detail.path), message: detail.message })));
      message.error(error.message);
    } else {
      message.error(error.message);
    }
  };

  const onPreview = async () => {
    const value = await checked();
    if (!value) return;
    previewMutation.mutate(value, {
      onSuccess: (result) => setPreview({ result, draft: JSON.stringify(value) }),
      onError: fromServer,
    });
  };

  const onSave = async () => {
    const value = await checked();
    if (!value) return;
    save.mutate(value, {
      onSuccess: ({ previousJobId }) => {
        setDirty(false);
        setPreview(null);
        setFinishedJob(null);
        message.success(t('segmentation.settings.saved'));
        // The server starts recomputing every account after a save; follow that job.
        setJobAfter(previousJobId);
      },
      onError: fromServer,
    });
  };

  const outdated = preview !== null && preview.draft !== JSON.stringify(draft());
  const job = savedJob ?? finishedJob ?? (watchingJob ? WAITING_JOB : undefined);

  return (
    <Form<SegmentationConfig>
      form={form}
      layout="vertical"
      name="segmentation-settings"
      onValuesChange={() => {
        setDirty(true);
        setRevision(revision + 1);
      }}
    >
      <div className="kd-page-head">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={4}>{t('segmentation.settings.title')}</Typography.Title>
          <Typography.Text type="secondary">
            {updatedAt
              ? t('segmentation.settings.version', {
                  version,
                  by: updatedBy ?? '–',
                  time: formatDateTime(updatedAt),
                })
              : t('segmentation.settings.defaults')}
          </Typography.Text>
        </Space>
        <Space wrap>
          {dirty ? (
            <Typography.Text type="warning">{t('segmentation.settings.unsaved')}</Typography.Text>
          ) : null}
          <Popconfirm
            title={t('segmentation.settings.restoreDefaultsConfirm')}
            okText={t('segmentation.settings.restoreDefaults')}
            cancelText={t('common.cancel')}
            onConfirm={() => {
              load(DEFAULT_SEGMENTATION_CONFIG);
              setDirty(true);
              show([]);
            }}
          >
            <Button icon={<RollbackOutlined />}>{t('segmentation.settings.restoreDefaults')}</Button>
          </Popconfirm>
          <Button
            icon={<ReloadOutlined />}
            disabled={!dirty}
            onClick={() => {
              load(config);
              setDirty(false);
              show([]);
            }}
          >
            {t('segmentation.settings.discard')}
          </Button>
          <Button icon={<EyeOutlined />} loading={previewMutation.isPending} onClick={() => void onPreview()}>
            {t('segmentation.settings.preview')}
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={save.isPending}
            onClick={() => void onSave()}
          >
            {t('common.save')}
          </Button>
        </Space>
      </div>

      {job ? (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>
              {job.status === 'done'
                ? t('segmentation.settings.recomputed')
                : t('segmentation.settings.recomputing')}
            </Typography.Text>
            <JobProgress job={job} />
          </Space>
        </Card>
      ) : null}
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('segmentation.settings.problems')}
          description={
            <ul className="kd-plain-list">
              {problems.map((problem) => (
                <li key={`${problem.path}-${problem.message}`}>
                  <Typography.Text code>{problem.path || 'config'}</Typography.Text> {problem.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {preview ? (
        <div style={{ marginBottom: 16 }}>
          <PreviewResult preview={preview.result} outdated={outdated} />
        </div>
      ) : null}

      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as TabKey)}
          items={[
            {
              key: 'grid',
              label: t('segmentation.settings.tabs.grid'),
              forceRender: true,
              children: <GridTab cellErrors={cellErrors} />,
            },
            {
              key: 'portfolio',
              label: t('segmentation.settings.tabs.portfolio'),
              forceRender: true,
              children: <PortfolioTab />,
            },
            {
              key: 'thresholds',
              label: t('segmentation.settings.tabs.thresholds'),
              forceRender: true,
              children: (
                <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                  <ParetoAndBcgFields />
                  <LifecycleAndStageFields />
                  <ClpFields />
                  <KamAndRelationshipFields />
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Form>
  );
}

/** The tab holding the first field with an error after the form's own validation. */
function tabWithFormErrors(form: ReturnType<typeof Form.useForm<SegmentationConfig>>[0]): TabKey | undefined {
  const first = form.getFieldsError().find((field) => field.errors.length > 0);
  const section = first?.name[0];
  return typeof section === 'string' ? (TAB_OF_SECTION[section] ?? 'thresholds') : undefined;
}

function GridTab({ cellErrors }: { cellErrors: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={13}>
        <Typography.Paragraph type="secondary">{t('segmentation.settings.gridHint')}</Typography.Paragraph>
        <Form.Item name={['purchaseGrid', 'cells']} label={t('segmentation.grid.title')}>
          <GridEditor cellErrors={cellErrors} />
        </Form.Item>
      </Col>
      <Col xs={24} xl={11}>
        <Typography.Title level={5}>{t('segmentation.settings.cutoffs')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('segmentation.settings.cutoffsHint')}</Typography.Paragraph>
        <Row gutter={12}>
          {[0, 1, 2].map((index) => (
            <Col span={8} key={index}>
              <NumberField
                name={['purchaseGrid', 'xCutoffsPct', index]}
                label={t('segmentation.settings.cutoff', { from: index + 1, to: index + 2 })}
                min={0}
                max={100}
                suffix="%"
              />
            </Col>
          ))}
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <NumberField
              name={['purchaseGrid', 'windowMonths']}
              label={t('segmentation.input.windowMonths')}
              min={1}
              max={36}
              precision={0}
            />
          </Col>
          <Col span={12}>
            <NumberField
              name={['purchaseGrid', 'vip', 'influenceThreshold']}
              label={t('segmentation.settings.vipThreshold')}
              min={0}
              max={100}
            />
          </Col>
          <Col span={24}>
            <Form.Item
              name={['purchaseGrid', 'yWhenMissing']}
              label={t('segmentation.settings.yWhenMissing')}
            >
              <Select
                options={[
                  { value: 'same_as_x', label: t('segmentation.settings.sameAsX') },
                  ...([0, 1, 2, 3, 4] as const).map((level) => ({
                    value: level,
                    label: `${level} ${t(`segmentation.grid.level.${level}`)}`,
                  })),
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
      </Col>
    </Row>
  );
}

function PortfolioTab() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ overflowX: 'auto' }}>
        <CriteriaEditor axis="attractiveness" />
      </div>
      <div style={{ overflowX: 'auto' }}>
        <CriteriaEditor axis="capability" />
      </div>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <NumberField
            name={['portfolio', 'highThreshold']}
            label={t('segmentation.settings.highThreshold')}
            tooltip={t('segmentation.settings.highThresholdHint')}
            min={0}
            max={100}
          />
        </Col>
        <Col xs={24} md={6}>
          <NumberField
            name={['portfolio', 'missingScore']}
            label={t('segmentation.settings.missingScore')}
            tooltip={t('segmentation.settings.missingScoreHint')}
            min={0}
            max={100}
          />
        </Col>
        <Col xs={12} md={3}>
          <NumberField
            name={['portfolio', 'growthScale', 'zeroAtPct']}
            label={t('segmentation.settings.growthZero')}
            min={-1000}
            max={1000}
            suffix="%"
          />
        </Col>
        <Col xs={12} md={3}>
          <NumberField
            name={['portfolio', 'growthScale', 'fullAtPct']}
            label={t('segmentation.settings.growthFull')}
            min={-1000}
            max={1000}
            suffix="%"
          />
        </Col>
        <Col xs={12} md={3}>
          <NumberField
            name={['portfolio', 'marginScale', 'zeroAtPct']}
            label={t('segmentation.settings.marginZero')}
            min={-1000}
            max={1000}
            suffix="%"
          />
        </Col>
        <Col xs={12} md={3}>
          <NumberField
            name={['portfolio', 'marginScale', 'fullAtPct']}
            label={t('segmentation.settings.marginFull')}
            min={-1000}
            max={1000}
            suffix="%"
          />
        </Col>
      </Row>
    </Space>
  );
}
