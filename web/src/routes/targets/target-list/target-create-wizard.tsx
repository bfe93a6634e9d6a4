// 新建年度目标方案: a five-step wizard — year and name, metrics ([TGT-1] result and process targets), the
// dimension of each level below the company ([TGT-2]), the company's year totals (元, at most two decimals,
// never negative; counts for process targets), and a last look before the draft plan is created.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Steps,
  Tag,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isMoneyMetric,
  MONEY_METRICS,
  PROCESS_METRICS,
  SPLIT_METHODS,
  type SplitMethod,
  type TargetMetric,
  TIME_METHODS,
  type TimeMethod,
} from '../../../../../src/core/target/target-types.ts';
import type { TargetLevelT } from '../../../api/targets.ts';
import { errorText } from '../../../lib/error-text.ts';
import { formatAmount, parseAmount } from '../target-amount.ts';

/** What the wizard collects; the page turns it into the API's create request. */
export interface TargetPlanDraft {
  year: number;
  name: string;
  metrics: TargetMetric[];
  levels: TargetLevelT[];
  splitMethod: SplitMethod;
  timeMethod: TimeMethod;
  /** Company year totals per chosen metric: fen for money, counts for process metrics. */
  totals: Partial<Record<TargetMetric, number>>;
}

interface WizardValues {
  year: number;
  name: string;
  metrics: TargetMetric[];
  levels: LevelChoice[];
  splitMethod: SplitMethod;
  timeMethod: TimeMethod;
  totals: Partial<Record<TargetMetric, string>>;
}

/** A level as the select offers it: org units by kind (region, branch, team), the other dimensions as they are. */
const LEVEL_CHOICES = [
  'org_unit:region',
  'org_unit:branch',
  'org_unit:team',
  'rep',
  'industry',
  'account_type',
  'customer',
  'product_line',
] as const;
type LevelChoice = (typeof LEVEL_CHOICES)[number];

function levelOf(choice: LevelChoice): TargetLevelT {
  switch (choice) {
    case 'org_unit:region':
      return { dimension: 'org_unit', orgUnitKind: 'region' };
    case 'org_unit:branch':
      return { dimension: 'org_unit', orgUnitKind: 'branch' };
    case 'org_unit:team':
      return { dimension: 'org_unit', orgUnitKind: 'team' };
    default:
      return { dimension: choice };
  }
}
const STEP_FIELDS: (keyof WizardValues)[][] = [
  ['year', 'name'],
  ['metrics'],
  ['levels', 'splitMethod', 'timeMethod'],
  ['totals'],
  [],
];

interface TargetCreateWizardProps {
  open: boolean;
  defaultYear: number;
  onClose: () => void;
  onCreate: (draft: TargetPlanDraft) => Promise<void>;
}

export function TargetCreateWizard({ open, defaultYear, onClose, onCreate }: TargetCreateWizardProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const defaultLevels: LevelChoice[] = ['org_unit:region', 'rep', 'customer'];

  const draftOf = (values: WizardValues): TargetPlanDraft => {
    const totals: Partial<Record<TargetMetric, number>> = {};
    for (const metric of values.metrics) {
      const parsed = parseAmount(values.totals?.[metric] ?? '0', metric);
      totals[metric] = parsed.ok ? parsed.value : 0;
    }
    return {
      year: values.year,
      name: values.name.trim(),
      metrics: values.metrics,
      levels: values.levels.map(levelOf),
      splitMethod: values.splitMethod,
      timeMethod: values.timeMethod,
      totals,
    };
  };

  const next = async () => {
    const fields = STEP_FIELDS[step] ?? [];
    if (step === 3) {
      const metrics = (form.getFieldValue('metrics') as TargetMetric[] | undefined) ?? [];
      await form.validateFields(metrics.map((metric) => ['totals', metric]));
    } else {
      await form.validateFields(fields);
    }
    setStep((current) => current + 1);
  };

  const create = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onCreate(draftOf(form.getFieldsValue(true) as WizardValues));
      form.resetFields();
      setStep(0);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setFailure(null);
    onClose();
  };

  const metrics = (Form.useWatch('metrics', form) as TargetMetric[] | undefined) ?? [];
  const values = Form.useWatch([], form) as WizardValues | undefined;

  return (
    <Modal
      open={open}
      title={t('targets.wizard.title')}
      width={760}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>{t('common.cancel')}</Button>
          {step > 0 ? <Button onClick={() => setStep(step - 1)}>{t('targets.wizard.prev')}</Button> : null}
          {step < 4 ? (
            <Button type="primary" onClick={() => void next().catch(() => {})} data-testid="wizard-next">
              {t('targets.wizard.next')}
            </Button>
          ) : (
            <Button type="primary" loading={busy} onClick={() => void create()} data-testid="wizard-create">
              {t('targets.wizard.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Steps
        size="small"
        current={step}
        style={{ margin: '8px 0 24px' }}
        items={(['basics', 'metrics', 'levels', 'totals', 'preview'] as const).map((key) => ({
          title: t(`targets.wizard.steps.${key}`),
        }))}
      />
      <Form<WizardValues>
        form={form}
        name="targetWizard"
        layout="vertical"
        preserve
        initialValues={{
          year: defaultYear,
          name: t('targets.wizard.nameDefault', { year: defaultYear }),
          metrics: ['revenue', 'collections', 'gross_profit'],
          levels: defaultLevels,
          splitMethod: 'history_share',
          timeMethod: 'seasonality',
          totals: {},
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && step < 4 && (event.target as HTMLElement).tagName === 'INPUT') {
            event.preventDefault();
            void next().catch(() => {});
          }
        }}
      >
        <div hidden={step !== 0}>
          <Form.Item name="year" label={t('targets.wizard.year')} rules={[{ required: true }]}>
            <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('targets.wizard.name')}
            rules={[{ required: true, whitespace: true, message: t('targets.wizard.nameRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </div>
        <div hidden={step !== 1}>
          <Typography.Paragraph type="secondary">{t('targets.wizard.metricsHint')}</Typography.Paragraph>
          <Form.Item
            name="metrics"
            rules={[{ type: 'array', min: 1, message: t('targets.wizard.metricsRequired') }]}
          >
            <Checkbox.Group style={{ display: 'block' }}>
              <MetricGroup title={t('targets.metricGroup.result')} metrics={MONEY_METRICS} />
              <MetricGroup title={t('targets.metricGroup.process')} metrics={PROCESS_METRICS} />
            </Checkbox.Group>
          </Form.Item>
        </div>
        <div hidden={step !== 2}>
          <Typography.Paragraph type="secondary">{t('targets.wizard.levelsHint')}</Typography.Paragraph>
          <Form.List
            name="levels"
            rules={[
              {
                validator: async (_, levels?: LevelChoice[]) => {
                  if (!levels?.length) throw new Error(t('targets.wizard.levelsRequired'));
                },
              },
            ]}
          >
            {(fields, { add, remove, move }, { errors }) => (
              <>
                <Tag color="blue" style={{ marginBottom: 8 }}>
                  {t('targets.dimension.company')}
                </Tag>
                {fields.map((field, index) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
                    <Typography.Text type="secondary" style={{ width: 56, display: 'inline-block' }}>
                      {t('targets.wizard.level', { n: index + 1 })}
                    </Typography.Text>
                    <Form.Item name={field.name} noStyle rules={[{ required: true }]}>
                      <Select
                        style={{ width: 220 }}
                        data-testid={`wizard-level-${index}`}
                        options={LEVEL_CHOICES.map((value) => ({
                          value,
                          label: levelLabel(t, levelOf(value)),
                        }))}
                      />
                    </Form.Item>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('targets.wizard.levelUp')}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('targets.wizard.levelDown')}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    />
                    <Button
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('targets.wizard.levelRemove')}
                      onClick={() => remove(index)}
                    />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add('customer')}
                  style={{ marginTop: 8 }}
                >
                  {t('targets.wizard.addLevel')}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
          <Space size="large" style={{ display: 'flex', marginTop: 16 }} wrap>
            <Form.Item name="splitMethod" label={t('targets.method.split')}>
              <Select
                style={{ width: 200 }}
                options={SPLIT_METHODS.map((value) => ({ value, label: t(`targets.splitMethod.${value}`) }))}
              />
            </Form.Item>
            <Form.Item name="timeMethod" label={t('targets.method.time')}>
              <Select
                style={{ width: 200 }}
                options={TIME_METHODS.filter((value) => value !== 'campaign').map((value) => ({
                  value,
                  label: t(`targets.timeMethod.${value}`),
                }))}
              />
            </Form.Item>
          </Space>
        </div>
        <div hidden={step !== 3}>
          <Typography.Paragraph type="secondary">{t('targets.wizard.totalsHint')}</Typography.Paragraph>
          {metrics.map((metric) => (
            <Form.Item
              key={metric}
              name={['totals', metric]}
              label={t('targets.wizard.totalFor', { metric: t(`targets.metric.${metric}`) })}
              rules={[
                {
                  validator: async (_, text?: string) => {
                    const parsed = parseAmount(text ?? '', metric);
                    if (!parsed.ok) throw new Error(t(`targets.amount.${parsed.problem}`));
                  },
                },
              ]}
            >
              <Input
                prefix={isMoneyMetric(metric) ? '¥' : undefined}
                inputMode="decimal"
                style={{ width: 280 }}
                data-testid={`wizard-total-${metric}`}
              />
            </Form.Item>
          ))}
        </div>
        {step === 4 && values ? <WizardPreview draft={draftOf(values)} /> : null}
      </Form>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}

function levelLabel(t: TFunction, level: TargetLevelT): string {
  return level.orgUnitKind
    ? t(`targets.orgUnitKind.${level.orgUnitKind}`)
    : t(`targets.dimension.${level.dimension}`);
}

function MetricGroup({ title, metrics }: { title: string; metrics: readonly TargetMetric[] }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <div style={{ marginTop: 6 }}>
        {metrics.map((metric) => (
          <Checkbox key={metric} value={metric} data-testid={`wizard-metric-${metric}`}>
            {t(`targets.metric.${metric}`)}
          </Checkbox>
        ))}
      </div>
    </div>
  );
}

function WizardPreview({ draft }: { draft: TargetPlanDraft }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('targets.wizard.previewHint')}</Typography.Paragraph>
      <Descriptions bordered size="small" column={1} data-testid="wizard-preview">
        <Descriptions.Item label={t('targets.wizard.year')}>{draft.year}</Descriptions.Item>
        <Descriptions.Item label={t('targets.wizard.name')}>{draft.name}</Descriptions.Item>
        <Descriptions.Item label={t('targets.wizard.steps.levels')}>
          {[t('targets.dimension.company'), ...draft.levels.map((level) => levelLabel(t, level))].join(' → ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets.editor.methods')}>
          {t(`targets.splitMethod.${draft.splitMethod}`)} · {t(`targets.timeMethod.${draft.timeMethod}`)}
        </Descriptions.Item>
        {draft.metrics.map((metric) => (
          <Descriptions.Item key={metric} label={t(`targets.metric.${metric}`)}>
            {isMoneyMetric(metric) ? '¥' : ''}
            {formatAmount(draft.totals[metric] ?? 0, metric)}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </>
  );
}
