// The thresholds of the models ([SEG-3] CLP tiers and CLV assumptions, [ACC-5] lifecycle N/M, [SEG-4] relationship
// stage, [SEG-5] KAM stage, [SEG-6] organisation relationship, [SEG-7] loyalty, [SEG-8] Pareto % and BCG), laid
// out as cards of number fields bound to their configuration paths.
import { Card, Col, Form, Input, InputNumber, Row, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { YuanInput } from '../../../components/yuan-input.tsx';
import { valueLabel } from '../../../lib/segmentation-labels.ts';
import { weightSum } from './criteria-editor.tsx';

type Path = (string | number)[];

interface NumberFieldProps {
  name: Path;
  label: ReactNode;
  min?: number;
  max?: number;
  precision?: number;
  suffix?: string;
  tooltip?: string;
}

export function NumberField({ name, label, min, max, precision, suffix, tooltip }: NumberFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      tooltip={tooltip}
      rules={[{ required: true, message: t('form.required') }]}
    >
      <InputNumber<number>
        min={min}
        max={max}
        precision={precision}
        suffix={suffix}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}

const TIERS = ['standard', 'value', 'strategic'] as const;
const ALL_TIERS = ['transactional', 'standard', 'value', 'strategic'] as const;
const KAM_ABOVE = ['basic', 'mid', 'partnership', 'synergistic'] as const;
const ORG_LEVELS = ['major', 'core', 'strategic_partner'] as const;

export function ClpFields() {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('segmentation.settings.clp')}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <NumberField
            name={['clp', 'horizonYears']}
            label={t('segmentation.input.horizonYears')}
            min={1}
            max={30}
            precision={0}
          />
        </Col>
        <Col xs={24} md={8}>
          <NumberField
            name={['clp', 'retentionPct']}
            label={t('segmentation.input.retentionPct')}
            min={0}
            max={100}
            suffix="%"
          />
        </Col>
        <Col xs={24} md={8}>
          <NumberField
            name={['clp', 'discountRatePct']}
            label={t('segmentation.input.discountRatePct')}
            min={0}
            max={100}
            suffix="%"
          />
        </Col>
        {TIERS.map((tier) => (
          <Col xs={24} md={8} key={tier}>
            <Form.Item
              name={['clp', 'tiers', tier, 'minClpFen']}
              label={t('segmentation.settings.minClp', { tier: valueLabel(t, 'clp_tier', tier) })}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <YuanInput />
            </Form.Item>
            <NumberField
              name={['clp', 'tiers', tier, 'minStrategicWeight']}
              label={t('segmentation.settings.minStrategicWeight', { tier: valueLabel(t, 'clp_tier', tier) })}
              min={0}
              max={100}
            />
          </Col>
        ))}
        {ALL_TIERS.map((tier) => (
          <Col xs={24} md={12} key={tier}>
            <Form.Item
              name={['clp', 'approach', tier, 'zh-CN']}
              label={`${t('segmentation.settings.approach', { tier: valueLabel(t, 'clp_tier', tier) })}（中文）`}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
            <Form.Item
              name={['clp', 'approach', tier, 'en']}
              label={`${t('segmentation.settings.approach', { tier: valueLabel(t, 'clp_tier', tier) })} (English)`}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

export function LifecycleAndStageFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('segmentation.model.lifecycle')} style={{ height: '100%' }}>
          <NumberField
            name={['lifecycle', 'loyalQuarters']}
            label={t('segmentation.input.loyalQuarters')}
            tooltip={t('segmentation.settings.loyalQuartersHint')}
            min={1}
            max={12}
            precision={0}
          />
          <NumberField
            name={['lifecycle', 'formerMonths']}
            label={t('segmentation.input.formerMonths')}
            tooltip={t('segmentation.settings.formerMonthsHint')}
            min={1}
            max={36}
            precision={0}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('segmentation.model.relationship_stage')} style={{ height: '100%' }}>
          <Row gutter={16}>
            <Col span={12}>
              <NumberField
                name={['relationshipStage', 'explorationMonths']}
                label={t('segmentation.settings.explorationMonths')}
                min={1}
                max={24}
                precision={0}
              />
            </Col>
            <Col span={12}>
              <NumberField
                name={['relationshipStage', 'stableMinStep']}
                label={t('segmentation.settings.stableMinStep')}
                min={0}
                max={4}
                precision={0}
              />
            </Col>
            <Col span={12}>
              <NumberField
                name={['relationshipStage', 'formationGrowthPct']}
                label={t('segmentation.settings.formationGrowthPct')}
                min={-100}
                max={1000}
                suffix="%"
              />
            </Col>
            <Col span={12}>
              <NumberField
                name={['relationshipStage', 'declineGrowthPct']}
                label={t('segmentation.settings.declineGrowthPct')}
                min={-100}
                max={1000}
                suffix="%"
              />
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}

export function KamAndRelationshipFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const scoreWeights: { questionnaire?: number; shareOfWallet?: number } | undefined = Form.useWatch(
    ['kamStage', 'scoreWeights'],
    form,
  );
  const sum = weightSum([{ weight: scoreWeights?.questionnaire }, { weight: scoreWeights?.shareOfWallet }]);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={t('segmentation.model.kam_stage')}
          style={{ height: '100%' }}
          extra={
            <Tag color={sum === 100 ? 'success' : 'error'}>
              {t('segmentation.settings.weightTotal', { sum })}
            </Tag>
          }
        >
          <Row gutter={16}>
            <Col span={12}>
              <NumberField
                name={['kamStage', 'scoreWeights', 'questionnaire']}
                label={t('segmentation.settings.questionnaireWeight')}
                min={0}
                max={100}
              />
            </Col>
            <Col span={12}>
              <NumberField
                name={['kamStage', 'scoreWeights', 'shareOfWallet']}
                label={t('segmentation.settings.shareOfWalletWeight')}
                min={0}
                max={100}
              />
            </Col>
            {KAM_ABOVE.map((stage) => (
              <Col span={12} key={stage}>
                <NumberField
                  name={['kamStage', 'thresholds', stage]}
                  label={t('segmentation.settings.minScore', { value: valueLabel(t, 'kam_stage', stage) })}
                  min={0}
                  max={100}
                />
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('segmentation.model.org_relationship')} style={{ height: '100%' }}>
          <Row gutter={16}>
            {ORG_LEVELS.map((level) => (
              <Col span={12} key={level}>
                <NumberField
                  name={['orgRelationship', 'suggestFromShareOfWalletPct', level]}
                  label={t('segmentation.settings.suggestFromShare', {
                    value: valueLabel(t, 'org_relationship', level),
                  })}
                  min={0}
                  max={100}
                  suffix="%"
                />
              </Col>
            ))}
            <Col span={12}>
              <NumberField
                name={['orgRelationship', 'strategicPartnerMinStep']}
                label={t('segmentation.settings.strategicPartnerMinStep')}
                min={0}
                max={4}
                precision={0}
              />
            </Col>
            <Col span={12}>
              <NumberField
                name={['loyalty', 'advocateMinShareOfWalletPct']}
                label={t('segmentation.settings.advocateMinShare')}
                min={0}
                max={100}
                suffix="%"
              />
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}

export function ParetoAndBcgFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('segmentation.model.pareto')} style={{ height: '100%' }}>
          <NumberField
            name={['pareto', 'cutPct']}
            label={t('segmentation.settings.paretoCut')}
            min={0}
            max={100}
            suffix="%"
          />
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <Card size="small" title={t('segmentation.settings.bcg')} style={{ height: '100%' }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <NumberField
                name={['bcg', 'shareThresholdPct']}
                label={t('segmentation.settings.bcgShare')}
                min={0}
                max={100}
                suffix="%"
              />
            </Col>
            <Col xs={24} md={8}>
              <NumberField
                name={['bcg', 'mixShareThresholdPct']}
                label={t('segmentation.settings.bcgMixShare')}
                min={0}
                max={100}
                suffix="%"
              />
            </Col>
            <Col xs={24} md={8}>
              <NumberField
                name={['bcg', 'growthThresholdPct']}
                label={t('segmentation.settings.bcgGrowth')}
                min={-100}
                max={1000}
                suffix="%"
              />
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}
