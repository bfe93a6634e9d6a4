// 重新计算: starts recomputing every account (admin/director) and shows the job's progress, polling it until it
// is done; then every segmentation view is refreshed. A job started elsewhere shows here too.
import { SyncOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Progress, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type JobT, useLatestJob, useRecomputeAll } from '../../../api/segmentation.ts';
import { formatDateTime } from '../../../lib/dates.ts';

const running = (job: JobT | null | undefined) => job?.status === 'queued' || job?.status === 'running';

/**
 * Refreshes the segmentation views once a job this screen follows has finished, and says so. A job is followed
 * when the screen saw it running, or when `ours` claims it (a save's job that may be done before the first poll).
 */
export function useJobCompletion(
  job: JobT | null | undefined,
  onDone?: (job: JobT) => void,
  ours?: (job: JobT) => boolean,
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const watched = useRef<number | null>(null);
  const announced = useRef<number | null>(null);
  useEffect(() => {
    if (!job) return;
    if (running(job)) {
      watched.current = job.id;
      return;
    }
    if (watched.current !== job.id && !ours?.(job)) return;
    if (announced.current === job.id) return;
    watched.current = null;
    announced.current = job.id;
    if (job.status === 'done') {
      message.success(t('segmentation.recompute.done', { count: job.total }));
      void queryClient.invalidateQueries({
        predicate: (query) =>
          (query.queryKey[0] === 'segmentation' && query.queryKey[1] !== 'job') ||
          query.queryKey[0] === 'classification',
      });
    }
    onDone?.(job);
  }, [job, message, onDone, ours, queryClient, t]);
}

export function JobProgress({ job }: { job: JobT }) {
  const { t } = useTranslation();
  const percent = job.total > 0 ? Math.floor((job.done * 100) / job.total) : 0;
  if (job.status === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('segmentation.recompute.failed')}
        description={job.error ?? undefined}
      />
    );
  }
  if (job.status === 'done') {
    return (
      <div style={{ minWidth: 260 }}>
        <Typography.Text type="secondary">
          {t('segmentation.recompute.done', { count: job.total })}
        </Typography.Text>
        <Progress percent={100} status="success" size="small" />
      </div>
    );
  }
  return (
    <div data-testid="recompute-progress" style={{ minWidth: 260 }}>
      <Typography.Text type="secondary">
        {job.status === 'queued'
          ? t('segmentation.recompute.queued')
          : t('segmentation.recompute.running', { done: job.done, total: job.total })}
      </Typography.Text>
      <Progress percent={percent} status="active" size="small" />
    </div>
  );
}

interface RecomputePanelProps {
  /** Only admins and directors may start a recompute; others still see a running job. */
  canStart: boolean;
}

export function RecomputePanel({ canStart }: RecomputePanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const latest = useLatestJob();
  const start = useRecomputeAll();
  const job = latest.data;
  useJobCompletion(job);

  if (running(job) && job) return <JobProgress job={job} />;
  return (
    <Space align="center" wrap>
      {job?.status === 'failed' ? (
        <Typography.Text type="danger">{t('segmentation.recompute.lastFailed')}</Typography.Text>
      ) : job?.finishedAt ? (
        <Typography.Text type="secondary">
          {t('segmentation.recompute.lastRun', { time: formatDateTime(job.finishedAt) })}
        </Typography.Text>
      ) : null}
      {canStart ? (
        <Popconfirm
          title={t('segmentation.recompute.confirm')}
          description={t('segmentation.recompute.confirmHint')}
          okText={t('segmentation.recompute.button')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            start.mutateAsync().catch((error: Error) => {
              message.error(error.message);
            })
          }
        >
          <Button icon={<SyncOutlined />} loading={start.isPending}>
            {t('segmentation.recompute.button')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
