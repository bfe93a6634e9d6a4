// One node of the strategic/execution map: its level, title, customer-side owner (assumed or confirmed) and,
// for an opportunity, its value and stage. Links come in on the left and go out on the right.
import { CheckCircleFilled, QuestionCircleOutlined, UserOutlined } from '@ant-design/icons';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpportunityT, PlanNodeT } from '../../../../api/plans.ts';
import { formatYuanCompact } from '../../../../lib/money.ts';
import { LEVEL_COLORS } from './map-layout.ts';

export type MapNodeData = {
  node: PlanNodeT;
  opportunity: OpportunityT | undefined;
  dimmed: boolean;
  highlighted: boolean;
};
export type MapFlowNode = Node<MapNodeData, 'planNode'>;

export function MapNode({ data, selected }: NodeProps<MapFlowNode>) {
  const { t, i18n } = useTranslation();
  const { node, opportunity } = data;
  const color = LEVEL_COLORS[node.level] ?? '#999';
  return (
    <div
      className="kd-map-node"
      data-testid={`map-node-${node.id}`}
      style={{
        borderColor: selected ? color : data.highlighted ? color : '#d9d9d9',
        borderLeftColor: color,
        boxShadow: selected ? `0 0 0 2px ${color}55` : undefined,
        opacity: data.dimmed ? 0.3 : 1,
      }}
    >
      <Handle type="target" position={Position.Left} />
      <div style={{ fontSize: 11, color }}>{t(`plan.level.${node.level}` as 'plan.level.need')}</div>
      <Typography.Text strong ellipsis={{ tooltip: node.title }} style={{ display: 'block', fontSize: 13 }}>
        {node.title}
      </Typography.Text>
      {opportunity ? (
        <div style={{ fontSize: 11, color: '#595959' }}>
          {formatYuanCompact(opportunity.valueFen, i18n.language)} ·{' '}
          {t(`plan.stage.${opportunity.stage}` as 'plan.stage.lead')}
        </div>
      ) : null}
      <div
        style={{
          fontSize: 11,
          color: '#8c8c8c',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
      >
        {node.ownerContactName ? (
          <Tooltip title={node.ownerConfirmed ? t('plan.map.confirmed') : t('plan.map.assumed')}>
            <span>
              <UserOutlined /> {node.ownerContactName}{' '}
              {node.ownerConfirmed ? (
                <CheckCircleFilled style={{ color: '#52c41a' }} />
              ) : (
                <QuestionCircleOutlined style={{ color: '#faad14' }} />
              )}
            </span>
          </Tooltip>
        ) : (
          <span>{t('plan.map.noOwner')}</span>
        )}
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}
