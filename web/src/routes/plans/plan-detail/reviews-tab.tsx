// 回顾 ([PLAN-10]): reviews on a weekly/monthly/quarterly/yearly cadence, each with an agenda the server
// generates from what changed (overdue actions, gap movements, pipeline, health); recording a review keeps
// its date and minutes, and the minutes' action items become plan actions.
import { DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_CADENCES } from '../../../../../src/core/plan/plan-types.ts';
import {
  type PlanT,
  type ReviewT,
  usePlanReviews,
  useRecordReview,
  useRefreshAgenda,
  useReviewActionItems,
  useScheduleReview,
  useScheduleReviewSeries,
} from '../../../api/plans.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { UserSelect } from '../../../components/user-select.tsx';
import { formatDate } from '../../../lib/dates.ts';
import { errorText } from '../../../lib/error-text.ts';
import { applyApiError } from '../../../lib/form-errors.ts';
import type { PlanTabProps } from './plan-detail-page.tsx';

const CADENCE_COLORS: Record<string, string> = {
  weekly: 'blue',
  monthly: 'cyan',
  quarterly: 'purple',
  yearly: 'gold',
};

export function ReviewsTab({ plan, editable }: PlanTabProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reviews = usePlanReviews(plan.id);
  const refresh = useRefreshAgenda(plan.id);
  const [scheduling, setScheduling] = useState(false);
  const [recording, setRecording] = useState<ReviewT | null>(null);

  if (reviews.isError) return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  if (!reviews.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const items = [...reviews.data.items].sort((a, b) => b.scheduledOn.localeCompare(a.scheduledOn));

  return (
    <>
      {editable ? (
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setScheduling(true)}
            data-testid="review-add"
          >
            {t('plan.reviews.schedule')}
          </Button>
        </div>
      ) : null}
      {items.length === 0 ? (
        <Empty description={t('plan.reviews.empty')}>
          {editable ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)}>
              {t('plan.reviews.schedule')}
            </Button>
          ) : null}
        </Empty>
      ) : (
        items.map((review) => (
          <Card
            key={review.id}
            size="small"
            style={{ marginBottom: 12 }}
            data-testid={`review-${review.id}`}
            title={
              <Space>
                <Tag color={CADENCE_COLORS[review.cadence]}>
                  {t(`plan.cadence.${review.cadence}` as 'plan.cadence.weekly')}
                </Tag>
                <span>{formatDate(review.scheduledOn)}</span>
                {review.heldOn ? (
                  <Typography.Text type="success">
                    {t('plan.reviews.heldOn')} {formatDate(review.heldOn)}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{t('plan.reviews.notHeld')}</Typography.Text>
                )}
              </Space>
            }
            extra={
              editable ? (
                <Space size={4}>
                  {review.heldOn ? null : (
                    <Button
                      size="small"
                      icon={<ReloadOutlined />}
                      loading={refresh.isPending && refresh.variables === review.id}
                      onClick={() =>
                        refresh.mutate(review.id, {
                          onSuccess: () => message.success(t('plan.reviews.agendaRefreshed')),
                          onError: (error) => message.error(errorText(error)),
                        })
                      }
                    >
                      {t('plan.reviews.refreshAgenda')}
                    </Button>
                  )}
                  <Button size="small" icon={<EditOutlined />} onClick={() => setRecording(review)}>
                    {t('plan.reviews.record')}
                  </Button>
                </Space>
              ) : null
            }
          >
            <Typography.Text strong>{t('plan.reviews.agenda')}</Typography.Text>
            {review.agenda.length === 0 ? (
              <div>
                <Typography.Text type="secondary">{t('plan.reviews.noAgenda')}</Typography.Text>
              </div>
            ) : (
              <List
                size="small"
                dataSource={review.agenda}
                renderItem={(item, index) => (
                  <List.Item style={{ paddingInline: 0 }}>
                    {index + 1}. {item.text}
                  </List.Item>
                )}
              />
            )}
            {review.minutes ? (
              <>
                <Typography.Text strong>{t('plan.reviews.minutes')}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                  {review.minutes}
                </Typography.Paragraph>
              </>
            ) : null}
          </Card>
        ))
      )}
      <ScheduleModal plan={plan} open={scheduling} onClose={() => setScheduling(false)} />
      <RecordModal plan={plan} review={recording} onClose={() => setRecording(null)} />
    </>
  );
}

function ScheduleModal({ plan, open, onClose }: { plan: PlanT; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    cadence: (typeof REVIEW_CADENCES)[number];
    scheduledOn: Dayjs;
    series?: boolean;
  }>();
  const schedule = useScheduleReview(plan.id);
  const series = useScheduleReviewSeries(plan.id);
  return (
    <Modal
      open={open}
      title={t('plan.reviews.scheduleTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={schedule.isPending || series.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        name="planReviewSchedule"
        form={form}
        layout="vertical"
        initialValues={{ cadence: 'monthly', scheduledOn: dayjs().add(7, 'day') }}
        data-testid="review-form"
        onFinish={(values) => {
          const done = {
            onSuccess: () => {
              message.success(t('common.saved'));
              onClose();
            },
            onError: (error: Error) => {
              const rest = applyApiError(form, error, ['cadence', 'scheduledOn']);
              if (rest) message.error(errorText(error));
            },
          };
          const date = values.scheduledOn.format('YYYY-MM-DD');
          if (values.series) series.mutate({ cadence: values.cadence, from: date }, done);
          else schedule.mutate({ cadence: values.cadence, scheduledOn: date }, done);
        }}
      >
        <Form.Item name="cadence" label={t('plan.reviews.cadence')}>
          <Select options={REVIEW_CADENCES.map((value) => ({ value, label: t(`plan.cadence.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="scheduledOn"
          label={t('plan.reviews.scheduledOn')}
          rules={[{ required: true, message: t('plan.reviews.dateRequired') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="series" valuePropName="checked">
          <Checkbox>{t('plan.reviews.series')}</Checkbox>
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}

type RecordValues = {
  heldOn?: Dayjs | null;
  minutes?: string;
  items?: { title?: string; ownerUserId?: number; dueDate?: Dayjs | null }[];
};

function RecordModal({
  plan,
  review,
  onClose,
}: {
  plan: PlanT;
  review: ReviewT | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordValues>();
  const record = useRecordReview(plan.id);
  const addItems = useReviewActionItems(plan.id);
  if (!review) return null;

  const submit = async (values: RecordValues) => {
    try {
      await record.mutateAsync({
        reviewId: review.id,
        patch: {
          heldOn: values.heldOn ? values.heldOn.format('YYYY-MM-DD') : null,
          minutes: values.minutes?.trim() || null,
        },
      });
      const items = (values.items ?? []).filter((item) => item.title?.trim() && item.ownerUserId);
      if (items.length > 0) {
        await addItems.mutateAsync({
          reviewId: review.id,
          input: {
            items: items.map((item) => ({
              title: (item.title ?? '').trim(),
              ownerUserId: item.ownerUserId as number,
              dueDate: item.dueDate ? item.dueDate.format('YYYY-MM-DD') : null,
            })),
          },
        });
        message.success(t('plan.reviews.actionsCreated', { count: items.length }));
      } else {
        message.success(t('common.saved'));
      }
      onClose();
    } catch (error) {
      const rest = applyApiError(form, error, ['heldOn', 'minutes', 'items']);
      if (rest) message.error(errorText(error));
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t('plan.reviews.recordTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending || addItems.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<RecordValues>
        name="planReviewRecord"
        form={form}
        layout="vertical"
        data-testid="review-record-form"
        onFinish={(values) => void submit(values)}
        initialValues={{
          heldOn: review.heldOn ? dayjs(review.heldOn) : dayjs(),
          minutes: review.minutes ?? '',
          items: [],
        }}
      >
        <Form.Item name="heldOn" label={t('plan.reviews.heldOn')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="minutes" label={t('plan.reviews.minutes')}>
          <Input.TextArea rows={5} maxLength={20_000} />
        </Form.Item>
        <Typography.Text strong>{t('plan.reviews.actionItems')}</Typography.Text>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[{ required: true, whitespace: true, message: t('plan.goals.titleRequired') }]}
                  >
                    <Input placeholder={t('plan.goals.actionTitle')} style={{ width: 260 }} maxLength={300} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'ownerUserId']}
                    rules={[{ required: true, message: t('plan.goals.ownerRequired') }]}
                  >
                    <UserSelect style={{ width: 180 }} placeholder={t('plan.goals.owner')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueDate']}>
                    <DatePicker placeholder={t('plan.goals.dueDate')} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.remove')}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                style={{ marginTop: 8 }}
                onClick={() => add({ ownerUserId: plan.ownerUserId })}
              >
                {t('plan.reviews.addItem')}
              </Button>
            </>
          )}
        </Form.List>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
