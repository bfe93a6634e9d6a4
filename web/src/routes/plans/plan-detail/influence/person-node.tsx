// One person on the influence map ([PLAN-4]): name, title, role badges; the border colour says the attitude to
// us, the size the influence; the avatar in the corner is the team member who owns the relationship; a stale
// mark when the contact's details have not been verified for too long.
import { WarningFilled } from '@ant-design/icons';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { Avatar, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InfluenceEntryT } from '../../../../api/plans.ts';

export const ATTITUDE_COLORS: Record<string, string> = {
  supporter: '#389e0d',
  favourable: '#95de64',
  neutral: '#8c8c8c',
  unfavourable: '#ffa940',
  opponent: '#cf1322',
};

export const ROLE_COLORS: Record<string, string> = {
  coach: 'cyan',
  approver: 'purple',
  recommender: 'blue',
  decision_maker: 'red',
  sponsor: 'gold',
};

/** Width by influence: high stands out, low recedes. */
export const INFLUENCE_WIDTH: Record<string, number> = { high: 210, medium: 175, low: 150 };

export type PersonNodeData = { entry: InfluenceEntryT };
export type PersonFlowNode = Node<PersonNodeData, 'person'>;

export function PersonNode({ data, selected }: NodeProps<PersonFlowNode>) {
  const { t } = useTranslation();
  const { entry } = data;
  const color = entry.attitude ? (ATTITUDE_COLORS[entry.attitude] ?? '#d9d9d9') : '#d9d9d9';
  const width = INFLUENCE_WIDTH[entry.influence ?? 'medium'] ?? 175;
  return (
    <div
      className="kd-person-node"
      data-testid={`person-node-${entry.id}`}
      style={{
        width,
        borderColor: color,
        background: entry.attitude ? `${color}14` : '#fff',
        boxShadow: selected ? `0 0 0 3px ${color}66` : undefined,
        padding: entry.influence === 'high' ? '10px 12px' : '6px 10px',
      }}
    >
      <Handle type="target" position={Position.Top} />
      <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <Typography.Text
          strong
          ellipsis
          style={{ fontSize: entry.influence === 'high' ? 15 : entry.influence === 'low' ? 12 : 13, flex: 1 }}
        >
          {entry.name}
        </Typography.Text>
        {entry.stale ? (
          <Tooltip title={t('plan.influence.staleHint')}>
            <WarningFilled
              style={{ color: '#faad14' }}
              data-testid="person-stale"
              aria-label={t('plan.influence.stale')}
            />
          </Tooltip>
        ) : null}
        <Tooltip
          title={`${t('plan.influence.coverage')}: ${entry.coverageUserName ?? t('plan.influence.noCoverage')}`}
        >
          <Avatar
            size={20}
            style={{ background: entry.coverageUserName ? '#1677ff' : '#d9d9d9', fontSize: 11 }}
          >
            {entry.coverageUserName ? entry.coverageUserName.slice(0, 1) : '?'}
          </Avatar>
        </Tooltip>
      </div>
      <div
        style={{
          fontSize: 11,
          color: '#8c8c8c',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
      >
        {entry.external
          ? `${t('plan.influence.external')} · ${entry.external.organisation ?? ''}`
          : (entry.title ?? '\u00a0')}
      </div>
      {entry.roles.length > 0 ? (
        <div style={{ marginTop: 4, display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          {entry.roles.map((role) => (
            <Tag
              key={role}
              color={ROLE_COLORS[role]}
              style={{ fontSize: 10, lineHeight: '16px', marginInlineEnd: 0, paddingInline: 4 }}
            >
              {t(`plan.role.${role}` as 'plan.role.coach')}
            </Tag>
          ))}
        </div>
      ) : null}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}
