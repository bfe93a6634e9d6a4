// 客户评估: what people judge about an account ([SEG-1] capacity Y and VIP, [SEG-2] criteria, [SEG-3] strategic weight,
// [SEG-5] questionnaire, share of wallet and disruption risks, [SEG-6] levels, [SEG-7] loyalty). The criteria,
// questions, risks and sub-states come from the company's configuration. Saving recomputes the account.
import {
  Alert,
  Button,
  Checkbox,
  Col,
  Divider,
  Drawer,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODEL_VALUES } from '../../../../../../src/core/segmentation/segmentation-types.ts';
import {
  type AccountAssessment,
  type AccountClassificationT,
  type SegmentationConfig,
  useAssessment,
  useSaveAssessment,
  useSegmentationConfig,
} from '../../../../api/segmentation.ts';
import { applyApiError } from '../../../../lib/form-errors.ts';
import { localText, valueLabel } from '../../../../lib/segmentation-labels.ts';
import { ScoreInput } from './score-input.tsx';

type Level = 0 | 1 | 2 | 3 | 4;
const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];
const LOYALTY_GROUPS = ['advocate', 'multi_supplier', 'non_user'] as const;
type LoyaltyGroup = (typeof LOYALTY_GROUPS)[number];

interface AssessmentValues {
  capacity?: { level?: Level | null; source?: 'assessment' | 'market_data' };
  purchaseLevelOverride?: { level?: Level | null; reason?: string };
  vip?: boolean;
  influenceScore?: number | null;
  portfolioAnswers?: Record<string, number | null>;
  strategicWeight?: number | null;
  kamAnswers?: Record<string, number | null>;
  shareOfWalletPct?: number | null;
  disruptionRisks?: string[];
  orgRelationshipLevel?: AccountAssessment['orgRelationshipLevel'];
  decisionMakerStep?: Level | null;
  loyalty?: { group?: LoyaltyGroup | null; subState?: string | null };
}

/** The form's view of an assessment. */
function toValues(assessment: AccountAssessment): AssessmentValues {
  return {
    capacity: {
      level: assessment.capacity?.level ?? null,
      source: assessment.capacity?.source ?? 'assessment',
    },
    purchaseLevelOverride: {
      level: assessment.purchaseLevelOverride?.level ?? null,
      reason: assessment.purchaseLevelOverride?.reason ?? '',
    },
    vip: assessment.vip ?? false,
    influenceScore: assessment.influenceScore ?? null,
    portfolioAnswers: { ...(assessment.portfolioAnswers ?? {}) },
    strategicWeight: assessment.strategicWeight ?? null,
    kamAnswers: { ...(assessment.kamAnswers ?? {}) },
    shareOfWalletPct: assessment.shareOfWalletPct ?? null,
    disruptionRisks: [...(assessment.disruptionRisks ?? [])],
    orgRelationshipLevel: assessment.orgRelationshipLevel ?? null,
    decisionMakerStep: assessment.decisionMakerStep ?? null,
    loyalty: { group: assessment.loyalty?.group ?? null, subState: assessment.loyalty?.subState ?? null },
  };
}

/** Answers without the unanswered ones. */
function answered(
  answers: Record<string, number | null | undefined> | undefined,
): Record<string, number> | null {
  const entries = Object.entries(answers ?? {}).flatMap(([key, value]) =>
    typeof value === 'number' ? [[key, value] as const] : [],
  );
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/** The assessment to save: the edited parts over what the form does not show (cost drivers, overrides…). */
function toAssessment(values: AssessmentValues, previous: AccountAssessment): AccountAssessment {
  const capacityLevel = values.capacity?.level;
  const xLevel = values.purchaseLevelOverride?.level;
  const group = values.loyalty?.group;
  return {
    ...previous,
    capacity:
      capacityLevel === null || capacityLevel === undefined
        ? null
        : { level: capacityLevel, source: values.capacity?.source ?? 'assessment' },
    purchaseLevelOverride:
      xLevel === null || xLevel === undefined
        ? null
        : { level: xLevel, reason: values.purchaseLevelOverride?.reason?.trim() ?? '' },
    vip: values.vip ?? false,
    influenceScore: values.influenceScore ?? null,
    portfolioAnswers: answered(values.portfolioAnswers),
    strategicWeight: values.strategicWeight ?? null,
    kamAnswers: answered(values.kamAnswers),
    shareOfWalletPct: values.shareOfWalletPct ?? null,
    disruptionRisks: values.disruptionRisks?.length ? values.disruptionRisks : null,
    orgRelationshipLevel: values.orgRelationshipLevel ?? null,
    decisionMakerStep: values.decisionMakerStep ?? null,
    loyalty: group ? { group, subState: values.loyalty?.subState ?? null } : null,
  };
}

const FIELDS = [
  'capacity',
  'purchaseLevelOverride',
  'vip',
  'influenceScore',
  'portfolioAnswers',
  'strategicWeight',
  'kamAnswers',
  'shareOfWalletPct',
  'disruptionRisks',
  'orgRelationshipLevel',
  'decisionMakerStep',
  'loyalty',
] as const;

interface AssessmentDrawerProps {
  accountId: number;
  open: boolean;
  onClose: () => void;
  onSaved: (classification: AccountClassificationT) => void;
}

export function AssessmentDrawer({ accountId, open, onClose, onSaved }: AssessmentDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssessmentValues>();
  const assessment = useAssessment(accountId);
  const config = useSegmentationConfig();
  const save = useSaveAssessment(accountId);
  const [formError, setFormError] = useState<string | null>(null);
  const previous = assessment.data?.assessment;

  useEffect(() => {
    if (!open || !previous) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(toValues(previous));
  }, [open, previous, form]);

  const onFinish = (values: AssessmentValues) => {
    setFormError(null);
    save.mutate(toAssessment(values, previous ?? {}), {
      onSuccess: ({ classification }) => onSaved(classification),
      onError: (error) => setFormError(applyApiError(form, error, FIELDS)),
    });
  };

  const loading = !previous || !config.data;
  const loadError = assessment.error ?? config.error;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('segmentation.assessment.title')}
      size={720}
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} disabled={loading} onClick={() => form.submit()}>
            {t('segmentation.assessment.saveAndRecompute')}
          </Button>
        </Space>
      }
    >
      {loadError ? <Alert type="error" showIcon title={loadError.message} /> : null}
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      {loading && !loadError ? <Skeleton active paragraph={{ rows: 12 }} /> : null}
      <Form<AssessmentValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name={`assessment-form-${accountId}`}
        style={{ display: loading ? 'none' : undefined }}
      >
        {config.data ? <AssessmentFields config={config.data.config} /> : null}
      </Form>
    </Drawer>
  );
}

function AssessmentFields({ config }: { config: SegmentationConfig }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const form = Form.useFormInstance<AssessmentValues>();
  const loyaltyGroup: LoyaltyGroup | null | undefined = Form.useWatch(['loyalty', 'group'], form);
  const xOverride: Level | null | undefined = Form.useWatch(['purchaseLevelOverride', 'level'], form);
  const levelOptions = LEVELS.map((level) => ({
    value: level,
    label: `${level} ${t(`segmentation.grid.level.${level}`)}`,
  }));
  const assessedCriteria = [
    ...config.portfolio.attractiveness.map((criterion) => ({
      ...criterion,
      axis: 'attractiveness' as const,
    })),
    ...config.portfolio.capability.map((criterion) => ({ ...criterion, axis: 'capability' as const })),
  ].filter((criterion) => criterion.source === 'assessment');
  const subStates = loyaltyGroup ? (config.loyalty.groups[loyaltyGroup]?.subStates ?? []) : [];

  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('segmentation.assessment.section.grid')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['capacity', 'level']}
            label={t('segmentation.assessment.capacity')}
            tooltip={t('segmentation.assessment.capacityHint')}
          >
            <Select
              allowClear
              placeholder={t('segmentation.assessment.notAssessed')}
              options={levelOptions}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['capacity', 'source']} label={t('segmentation.assessment.capacitySource')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'assessment', label: t('segmentation.assessment.sourceAssessment') },
                { value: 'market_data', label: t('segmentation.assessment.sourceMarket') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['purchaseLevelOverride', 'level']}
            label={t('segmentation.assessment.xOverride')}
            tooltip={t('segmentation.assessment.xOverrideHint')}
          >
            <Select allowClear placeholder={t('segmentation.assessment.fromSales')} options={levelOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['purchaseLevelOverride', 'reason']}
            label={t('segmentation.assessment.xOverrideReason')}
            rules={[
              {
                required: xOverride !== null && xOverride !== undefined,
                whitespace: true,
                message: t('segmentation.override.reasonRequired'),
              },
            ]}
          >
            <Input disabled={xOverride === null || xOverride === undefined} maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="vip" label={t('segmentation.assessment.vip')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="influenceScore"
            label={t('segmentation.assessment.influence', {
              threshold: config.purchaseGrid.vip.influenceThreshold,
            })}
          >
            <ScoreInput />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start" plain>
        {t('segmentation.assessment.section.portfolio')}
      </Divider>
      {assessedCriteria.length === 0 ? (
        <Typography.Text type="secondary">{t('segmentation.assessment.noAssessedCriteria')}</Typography.Text>
      ) : null}
      {assessedCriteria.map((criterion) => (
        <Form.Item
          key={`${criterion.axis}-${criterion.key}`}
          name={['portfolioAnswers', criterion.key]}
          label={`${t(`segmentation.portfolio.${criterion.axis}`)} · ${localText(criterion.label, lang)}（${t('segmentation.settings.weight')} ${criterion.weight}）`}
        >
          <ScoreInput />
        </Form.Item>
      ))}
      <Form.Item name="strategicWeight" label={t('segmentation.assessment.strategicWeight')}>
        <ScoreInput />
      </Form.Item>

      <Divider titlePlacement="start" plain>
        {t('segmentation.assessment.section.kam')}
      </Divider>
      {config.kamStage.questionnaire.map((item) => (
        <Form.Item
          key={item.id}
          name={['kamAnswers', item.id]}
          label={localText(item.text, lang)}
          style={{ marginBottom: 12 }}
        >
          <Radio.Group
            optionType="button"
            options={LEVELS.map((level) => ({ value: level, label: String(level) }))}
          />
        </Form.Item>
      ))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('segmentation.assessment.kamScale')}
      </Typography.Paragraph>
      <Form.Item name="shareOfWalletPct" label={t('segmentation.assessment.shareOfWallet')}>
        <ScoreInput suffix="%" />
      </Form.Item>
      <Form.Item name="disruptionRisks" label={t('segmentation.assessment.disruptionRisks')}>
        <Checkbox.Group style={{ width: '100%' }}>
          <Row gutter={[8, 4]}>
            {(['internal', 'external'] as const).map((kind) => (
              <Col xs={24} md={12} key={kind}>
                <Typography.Text type="secondary">
                  {t(`segmentation.assessment.risk.${kind}`)}
                </Typography.Text>
                {config.kamStage.disruptionRisks
                  .filter((risk) => risk.kind === kind)
                  .map((risk) => (
                    <div key={risk.id}>
                      <Checkbox value={risk.id}>{localText(risk.label, lang)}</Checkbox>
                    </div>
                  ))}
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </Form.Item>

      <Divider titlePlacement="start" plain>
        {t('segmentation.assessment.section.relationship')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="orgRelationshipLevel" label={t('segmentation.assessment.orgRelationship')}>
            <Select
              allowClear
              placeholder={t('segmentation.assessment.suggested')}
              options={[...MODEL_VALUES.org_relationship].map((value) => ({
                value,
                label: valueLabel(t, 'org_relationship', value),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="decisionMakerStep" label={t('segmentation.assessment.decisionMakerStep')}>
            <Select
              allowClear
              placeholder={t('segmentation.assessment.notAssessed')}
              options={LEVELS.map((level) => ({
                value: level,
                label: `${level} ${t(`segmentation.assessment.step.${level}`)}`,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start" plain>
        {t('segmentation.assessment.section.loyalty')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['loyalty', 'group']} label={t('segmentation.assessment.loyaltyGroup')}>
            <Select
              allowClear
              placeholder={t('segmentation.assessment.suggested')}
              onChange={() => form.setFieldValue(['loyalty', 'subState'], null)}
              options={LOYALTY_GROUPS.map((group) => ({
                value: group,
                label: `${t(`segmentation.assessment.loyalty.${group}`)} → ${valueLabel(t, 'loyalty', config.loyalty.groups[group]?.strategy ?? '')}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['loyalty', 'subState']} label={t('segmentation.assessment.loyaltySubState')}>
            <Select
              allowClear
              disabled={!loyaltyGroup}
              options={subStates.map((state) => ({ value: state.id, label: localText(state.label, lang) }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
