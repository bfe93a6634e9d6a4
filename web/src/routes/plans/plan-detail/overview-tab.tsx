// 概览: part 1 (the account team) and part 2 (the background) read from the account — never retyped here —,
// the health reasons, "changes since the last approved version", the approval history and the support the
// team asks for.
import { SaveOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Row,
  Skeleton,
  Space,
  Statistic,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BACKGROUND_SECTIONS } from '../../../../../src/core/value/background-sections.ts';
import { usePlanChanges, usePlanVersions, useUpdatePlanHeader } from '../../../api/plans.ts';
import { coreText } from '../../../lib/core-messages.ts';
import { formatDateTime } from '../../../lib/dates.ts';
import { errorText } from '../../../lib/error-text.ts';
import type { PlanTabProps } from './plan-detail-page.tsx';
import { HealthReasons } from './plan-header.tsx';

export function OverviewTab({ plan, editable }: PlanTabProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const filled = BACKGROUND_SECTIONS.filter(({ key }) => (plan.background.sections[key] ?? '').trim() !== '');

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={t('plan.overview.team')}
          extra={<Link to={`/accounts/${plan.accountId}?tab=team`}>{t('plan.overview.editTeam')}</Link>}
        >
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('plan.overview.teamHint')}
          </Typography.Paragraph>
          {plan.team.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.overview.teamEmpty')} />
          ) : (
            <Space wrap>
              {plan.team.map((member) => (
                <Tag key={`${member.userId}-${member.teamRole}`} color="blue">
                  {member.displayName} ·{' '}
                  {member.teamRole === 'owner'
                    ? t('plan.list.owner')
                    : t(`teamRole.${member.teamRole}` as 'teamRole.lead', { defaultValue: member.teamRole })}
                </Tag>
              ))}
            </Space>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('plan.overview.parts')}>
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={t('plan.overview.nodes')} value={plan.graph.nodes.length} />
            </Col>
            <Col span={6}>
              <Statistic
                title={t('plan.overview.people')}
                value={plan.relationships.influenceMap.entries.length}
              />
            </Col>
            <Col span={6}>
              <Statistic title={t('plan.overview.goalCount')} value={plan.goals.length} />
            </Col>
            <Col span={6}>
              <Statistic title={t('plan.overview.actionCount')} value={plan.actions.length} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col xs={24}>
        <Card
          size="small"
          title={t('plan.overview.background')}
          extra={
            <Link to={`/accounts/${plan.accountId}?tab=background`}>{t('plan.overview.editBackground')}</Link>
          }
        >
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('plan.overview.backgroundHint', { value: plan.background.completeness })}
          </Typography.Paragraph>
          {filled.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.overview.backgroundEmpty')} />
          ) : (
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={filled.map(({ key }) => ({
                key,
                label: coreText(`background.section.${key}`, lang),
                children: (
                  <Typography.Paragraph
                    style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}
                    ellipsis={{ rows: 3, expandable: true }}
                  >
                    {plan.background.sections[key]}
                  </Typography.Paragraph>
                ),
              }))}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('plan.overview.healthReasons')} data-testid="plan-health-reasons">
          <HealthReasons plan={plan} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <SupportRequested plan={plan} editable={editable} />
      </Col>
      <Col xs={24} lg={12}>
        <ChangesCard planId={plan.id} />
      </Col>
      <Col xs={24} lg={12}>
        <HistoryCard plan={plan} />
      </Col>
    </Row>
  );
}

function SupportRequested({ plan, editable }: PlanTabProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useUpdatePlanHeader(plan.id);
  return (
    <Card size="small" title={t('plan.overview.supportRequested')}>
      <Form
        name="planSupport"
        layout="vertical"
        initialValues={{ supportRequested: plan.supportRequested ?? '' }}
        onFinish={(values: { supportRequested: string }) =>
          save.mutate(
            { supportRequested: values.supportRequested.trim() || null },
            {
              onSuccess: () => message.success(t('common.saved')),
              onError: (error) => message.error(errorText(error)),
            },
          )
        }
      >
        <Form.Item name="supportRequested" style={{ marginBottom: 8 }}>
          <Input.TextArea
            rows={4}
            maxLength={5000}
            disabled={!editable}
            placeholder={t('plan.overview.supportPlaceholder')}
          />
        </Form.Item>
        {editable ? (
          <Button htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}

function ChangesCard({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const changes = usePlanChanges(planId);
  const partLabel = (part: string) => {
    const key = `plan.part.${part}`;
    return t(key as 'plan.part.plan', { defaultValue: part });
  };
  const fieldLabel = (field: string) =>
    t(`plan.field.${field}` as 'plan.field.title', { defaultValue: field });
  let body: React.ReactNode;
  if (changes.isError) body = <Typography.Text type="danger">{changes.error.message}</Typography.Text>;
  else if (!changes.data) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (changes.data.sinceVersion === null)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.overview.noApproved')} />;
  else {
    const parts = changes.data.parts.filter(
      (part) => part.added.length + part.removed.length + part.changed.length > 0,
    );
    body =
      parts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.overview.noChanges')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('plan.overview.changesSince', { version: changes.data.sinceVersion })}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={parts}
            renderItem={(part) => (
              <List.Item style={{ display: 'block' }}>
                <Typography.Text strong>{partLabel(part.part)}</Typography.Text>
                <div style={{ marginTop: 4 }}>
                  {part.added.map((item) => (
                    <Tag key={`a-${item.key}`} color="green">
                      + {item.label}
                    </Tag>
                  ))}
                  {part.removed.map((item) => (
                    <Tag key={`r-${item.key}`} color="red">
                      − {item.label}
                    </Tag>
                  ))}
                </div>
                {part.changed.map((item) => (
                  <div key={`c-${item.key}`} style={{ marginTop: 4 }}>
                    <Tag color="gold">~ {item.label}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.fields
                        .map(
                          (field) =>
                            `${fieldLabel(field.field)}: ${show(field.before)} → ${show(field.after)}`,
                        )
                        .join('；')}
                    </Typography.Text>
                  </div>
                ))}
              </List.Item>
            )}
          />
        </>
      );
  }
  return (
    <Card size="small" title={t('plan.overview.changes')} data-testid="plan-changes">
      {body}
    </Card>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function HistoryCard({ plan }: { plan: PlanTabProps['plan'] }) {
  const { t } = useTranslation();
  const versions = usePlanVersions(plan.id);
  const actionLabel = (action: string) =>
    t(`plan.workflowAction.${action}` as 'plan.workflowAction.submit', { defaultValue: action });
  return (
    <Card size="small" title={t('plan.overview.comments')}>
      {plan.workflow.comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.overview.noComments')} />
      ) : (
        <Timeline
          items={plan.workflow.comments.map((comment) => ({
            key: comment.id,
            content: (
              <>
                <Space>
                  <Tag>{actionLabel(comment.action)}</Tag>
                  <Typography.Text>{comment.userName ?? ''}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(comment.createdAt)}</Typography.Text>
                </Space>
                {comment.body ? <div style={{ marginTop: 4 }}>{comment.body}</div> : null}
              </>
            ),
          }))}
        />
      )}
      {versions.data && versions.data.items.length > 0 ? (
        <>
          <Typography.Text strong>{t('plan.overview.versions')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {versions.data.items.map((version) => (
              <li key={version.version}>
                {t('plan.overview.versionItem', {
                  version: version.version,
                  by: version.approvedBy ?? '',
                  at: formatDateTime(version.approvedAt),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
