// 客户分级 of one account: every model's class with why it is that class, its inputs, overrides with reasons and
// the history per model; a month picker answers "what was it last quarter?". The assessment drawer edits what
// people judge and recomputes the account.
import { FormOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Empty, Row, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDetailT } from '../../../../api/accounts.ts';
import {
  type AccountClassificationT,
  type HistoryItemT,
  type ModelKey,
  type ModelResultT,
  useClassification,
  useClassificationHistory,
  useRecomputeAccount,
} from '../../../../api/segmentation.ts';
import { QueryError } from '../../../../components/query-error.tsx';
import { MODELS_IN_ORDER, modelLabel } from '../../../../lib/segmentation-labels.ts';
import { AssessmentDrawer } from './assessment-drawer.tsx';
import { ModelResultCard } from './model-result-card.tsx';
import { OverrideModal } from './override-modal.tsx';
import { ProductLineBcgCard } from './product-line-bcg-card.tsx';

interface Change {
  model: ModelKey;
  from: string;
  to: string;
}

/** What changed between two classifications of the same account (models missing before count as new). */
function changesBetween(before: readonly ModelResultT[], after: readonly ModelResultT[]): Change[] {
  return after.flatMap((result) => {
    const old = before.find((candidate) => candidate.model === result.model);
    return old && old.value !== result.value
      ? [{ model: result.model, from: old.label, to: result.label }]
      : [];
  });
}

export function ClassificationTab({ account, editable }: { account: AccountDetailT; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const [overriding, setOverriding] = useState<ModelResultT | null>(null);
  const [assessing, setAssessing] = useState(false);
  const [lastSave, setLastSave] = useState<{ changes: Change[]; period: string } | null>(null);
  const classification = useClassification(account.id, period);
  const history = useClassificationHistory(account.id);
  const recompute = useRecomputeAccount(account.id);

  const historyByModel = useMemo(() => {
    const map = new Map<ModelKey, HistoryItemT[]>();
    for (const item of history.data?.items ?? []) {
      const list = map.get(item.model) ?? [];
      list.push(item);
      map.set(item.model, list);
    }
    return map;
  }, [history.data]);

  const results = useMemo(() => {
    const list = classification.data?.results ?? [];
    return [...list].sort((a, b) => MODELS_IN_ORDER.indexOf(a.model) - MODELS_IN_ORDER.indexOf(b.model));
  }, [classification.data]);

  const shownPeriod = classification.data?.period ?? period;
  const latest = period === undefined;

  const onSaved = (after: AccountClassificationT) => {
    setAssessing(false);
    setLastSave({ changes: changesBetween(results, after.results), period: after.period });
    setPeriod(undefined);
    message.success(t('segmentation.assessment.saved'));
  };

  const toolbar = (
    <div className="kd-page-head">
      <Space wrap>
        <Typography.Text type="secondary">{t('segmentation.period')}</Typography.Text>
        <DatePicker
          picker="month"
          allowClear
          placeholder={t('segmentation.latestPeriod')}
          value={shownPeriod ? dayjs(`${shownPeriod}-01`) : null}
          onChange={(value) => setPeriod(value ? value.format('YYYY-MM') : undefined)}
          disabledDate={(date) => date.isAfter(dayjs(), 'month')}
          presets={[
            { label: t('segmentation.presets.lastMonth'), value: dayjs().subtract(1, 'month') },
            { label: t('segmentation.presets.lastQuarter'), value: dayjs().subtract(3, 'month') },
            { label: t('segmentation.presets.lastYear'), value: dayjs().subtract(12, 'month') },
          ]}
          aria-label={t('segmentation.period')}
        />
        {!latest ? (
          <Button type="link" onClick={() => setPeriod(undefined)}>
            {t('segmentation.backToLatest')}
          </Button>
        ) : null}
      </Space>
      {editable ? (
        <Space wrap>
          <Button
            icon={<SyncOutlined />}
            loading={recompute.isPending}
            onClick={() =>
              recompute.mutate(undefined, {
                onSuccess: () => {
                  setPeriod(undefined);
                  message.success(t('segmentation.recompute.accountDone'));
                },
                onError: (error) => message.error(error.message),
              })
            }
          >
            {t('segmentation.recompute.account')}
          </Button>
          <Button type="primary" icon={<FormOutlined />} onClick={() => setAssessing(true)}>
            {t('segmentation.assessment.edit')}
          </Button>
        </Space>
      ) : null}
    </div>
  );

  let body: React.ReactNode;
  if (classification.isError) {
    body = <QueryError error={classification.error} onRetry={() => void classification.refetch()} />;
  } else if (!classification.data) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (results.length === 0) {
    body = (
      <Empty
        description={
          latest
            ? editable
              ? t('segmentation.emptyAccount')
              : t('segmentation.emptyReader')
            : t('segmentation.emptyPeriod', { period: shownPeriod })
        }
        data-testid="classification-empty"
      />
    );
  } else {
    body = (
      <Row gutter={[16, 16]}>
        {results.map((result) => (
          <Col xs={24} lg={12} xxl={8} key={result.model}>
            <ModelResultCard
              accountId={account.id}
              result={result}
              history={historyByModel.get(result.model) ?? []}
              editable={editable && latest}
              onOverride={() => setOverriding(result)}
            />
          </Col>
        ))}
      </Row>
    );
  }

  return (
    <>
      {toolbar}
      {lastSave ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setLastSave(null) }}
          style={{ marginBottom: 16 }}
          title={t('segmentation.assessment.recomputed', { period: lastSave.period })}
          description={
            lastSave.changes.length === 0
              ? t('segmentation.assessment.noChanges')
              : lastSave.changes
                  .map((change) => `${modelLabel(t, change.model)}：${change.from} → ${change.to}`)
                  .join('；')
          }
        />
      ) : null}
      {body}
      <ProductLineBcgCard accountId={account.id} />
      <OverrideModal
        accountId={account.id}
        result={overriding}
        onClose={() => setOverriding(null)}
        onSaved={() => {
          setOverriding(null);
          message.success(t('segmentation.override.saved'));
        }}
      />
      <AssessmentDrawer
        accountId={account.id}
        open={assessing}
        onClose={() => setAssessing(false)}
        onSaved={onSaved}
      />
    </>
  );
}
