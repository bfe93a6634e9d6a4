// 大客户计划: the header (account, year, status, health, workflow) and one tab per part of the plan ([PLAN-1]
// parts 1–5, plus reviews and the self-assessment). The open tab is kept in the URL (?tab=).
import { Alert, Breadcrumb, Card, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { type PlanT, usePlan } from '../../../api/plans.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { GapsTab } from './gaps-tab.tsx';
import { GoalsTab } from './goals-tab.tsx';
import { InfluenceTab } from './influence/influence-tab.tsx';
import { MapTab } from './map/map-tab.tsx';
import { OpportunitiesTab } from './opportunities-tab.tsx';
import { OverviewTab } from './overview-tab.tsx';
import { PartnersTab } from './partners-tab.tsx';
import { PlanHeader } from './plan-header.tsx';
import { ReviewsTab } from './reviews-tab.tsx';
import { SelfAssessmentTab } from './self-assessment-tab.tsx';

const TABS = [
  'overview',
  'map',
  'opportunities',
  'influence',
  'gaps',
  'partners',
  'goals',
  'reviews',
  'selfAssessment',
] as const;
type TabKey = (typeof TABS)[number];

/** What every tab receives: the plan and whether the signed-in user may edit it now. */
export interface PlanTabProps {
  plan: PlanT;
  editable: boolean;
}

export default function PlanDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((key) => key === params.get('tab')) ?? 'overview';
  const plan = usePlan(valid ? id : undefined);

  if (!valid) return <QueryError error={new Error(t('common.notFound'))} />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const data = plan.data;
  // The server says whether the reader may edit now (a submitted plan waits for its approver; an approved
  // plan reopens as a draft on the first edit).
  const editable = data.access.canEdit;
  const props: PlanTabProps = { plan: data, editable };
  const setTab = (key: string) => setParams(key === 'overview' ? {} : { tab: key }, { replace: true });

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/plans">{t('nav.plans')}</Link> },
          { title: `${data.accountName} · ${data.planYear}` },
        ]}
      />
      <PlanHeader plan={data} />
      {!editable ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={data.status === 'submitted' ? t('plan.readOnlySubmitted') : t('plan.readOnly')}
        />
      ) : null}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            { key: 'overview', label: t('plan.tab.overview'), children: <OverviewTab {...props} /> },
            { key: 'map', label: t('plan.tab.map'), children: <MapTab {...props} /> },
            {
              key: 'opportunities',
              label: `${t('plan.tab.opportunities')} (${data.opportunities.length})`,
              children: (
                <OpportunitiesTab
                  {...props}
                  onOpenMap={(nodeId) =>
                    setParams(nodeId ? { tab: 'map', node: String(nodeId) } : { tab: 'map' }, {
                      replace: true,
                    })
                  }
                />
              ),
            },
            { key: 'influence', label: t('plan.tab.influence'), children: <InfluenceTab {...props} /> },
            {
              key: 'gaps',
              label: `${t('plan.tab.gaps')} (${data.relationships.gaps.length})`,
              children: <GapsTab {...props} />,
            },
            { key: 'partners', label: t('plan.tab.partners'), children: <PartnersTab {...props} /> },
            { key: 'goals', label: t('plan.tab.goals'), children: <GoalsTab {...props} /> },
            { key: 'reviews', label: t('plan.tab.reviews'), children: <ReviewsTab {...props} /> },
            {
              key: 'selfAssessment',
              label: t('plan.tab.selfAssessment'),
              children: <SelfAssessmentTab {...props} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
