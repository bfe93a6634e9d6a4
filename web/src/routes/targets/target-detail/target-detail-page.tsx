// 目标方案: the plan's header (year, name, version and state, publish / new version / versions) and two tabs —
// the target tree editor and the OGSM board. The open tab is kept in the URL (?tab=). A published or superseded
// version is read-only with a banner; each user sees only their part of the tree (the API filters it).
import { Alert, Breadcrumb, Card, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { type TargetPlanTreeT, useTargetTree } from '../../../api/targets.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { OgsmBoard } from './ogsm/ogsm-board.tsx';
import { TargetHeader } from './target-header.tsx';
import { TargetTreeTab } from './tree/target-tree-tab.tsx';
import './target-editor.css';

const TABS = ['tree', 'ogsm'] as const;
type TabKey = (typeof TABS)[number];

/** Whether the signed-in user may change the plan's figures now: a draft, and the server says they may edit. */
export const planEditable = (tree: TargetPlanTreeT): boolean =>
  tree.plan.status === 'draft' && tree.permissions.edit;

export default function TargetDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().planId);
  const valid = Number.isInteger(id) && id > 0;
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((key) => key === params.get('tab')) ?? 'tree';
  const tree = useTargetTree(valid ? id : undefined);

  if (!valid) return <QueryError error={new Error(t('common.notFound'))} />;
  if (tree.isError) return <QueryError error={tree.error} onRetry={() => void tree.refetch()} />;
  if (!tree.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const data = tree.data;
  const editable = planEditable(data);
  const banner =
    data.plan.status === 'published'
      ? t('targets.editor.readOnlyPublished')
      : data.plan.status === 'superseded'
        ? t('targets.editor.readOnlySuperseded')
        : !data.permissions.edit
          ? t('targets.editor.readOnlyNoRight')
          : null;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/targets">{t('nav.targets')}</Link> },
          { title: `${data.plan.year} · ${data.plan.name}` },
        ]}
      />
      <TargetHeader tree={data} />
      {banner ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={banner}
          data-testid="target-readonly"
        />
      ) : null}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'tree' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: 'tree',
              label: t('targets.tab.tree'),
              children: <TargetTreeTab tree={data} editable={editable} />,
            },
            {
              key: 'ogsm',
              label: t('targets.tab.ogsm'),
              // The board is the whole plan's: those who manage the plan (who may publish it) edit it.
              children: <OgsmBoard tree={data} editable={editable && data.permissions.publish} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
