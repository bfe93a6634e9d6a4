// 战略地图与执行地图 ([PLAN-2], [PLAN-3]): one connected graph, a column per level from the customer's
// objectives to our actions. Drag from a node's right handle to a node of the same or the next level to link
// them; the server refuses cycles and wrong directions (its message is shown and the graph stays as it was).
// Selecting a node highlights the chain it belongs to and opens its editor beside the map.
import { PlusOutlined } from '@ant-design/icons';
import {
  Background,
  type Connection,
  Controls,
  type Edge,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { App, Button, Col, Empty, Row, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { NODE_LEVELS } from '../../../../../../src/core/plan/plan-types.ts';
import { type NodeLevel, useAddEdge, useDeleteEdge } from '../../../../api/plans.ts';
import { errorText } from '../../../../lib/error-text.ts';
import type { PlanTabProps } from '../plan-detail-page.tsx';
import { AddNodeModal } from './add-node-modal.tsx';
import { chainOf, LEVEL_COLORS, layoutNodes } from './map-layout.ts';
import { type MapFlowNode, MapNode } from './map-node.tsx';
import { NodePanel } from './node-panel.tsx';

const nodeTypes = { planNode: MapNode };

export function MapTab(props: PlanTabProps) {
  return (
    <ReactFlowProvider>
      <PlanMap {...props} />
    </ReactFlowProvider>
  );
}

function PlanMap({ plan, editable }: PlanTabProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  // A node chosen elsewhere (the opportunity list links here with ?node=).
  const [params] = useSearchParams();
  const [selected, setSelected] = useState<number | null>(Number(params.get('node')) || null);
  const [adding, setAdding] = useState<NodeLevel | null>(null);
  const addEdge = useAddEdge(plan.id);
  const deleteEdge = useDeleteEdge(plan.id);
  const { nodes: planNodes, edges: planEdges } = plan.graph;
  const selectedNode = planNodes.find((node) => node.id === selected);
  const { fitView } = useReactFlow();
  const panelOpen = selectedNode !== undefined;
  // Bring a node added off-screen into view, and refit when the side panel narrows or widens the map.
  useEffect(() => {
    if (planNodes.length === 0) return;
    // Wider padding beside the panel keeps the selected node clear of the panel's edge.
    const padding = panelOpen ? 0.2 : 0.15;
    const timer = setTimeout(() => void fitView({ padding, maxZoom: 1, duration: 200 }), 60);
    return () => clearTimeout(timer);
  }, [planNodes.length, panelOpen, fitView]);

  const chain = useMemo(
    () => (selectedNode ? chainOf(planEdges, selectedNode.id) : null),
    [planEdges, selectedNode],
  );

  const nodes: MapFlowNode[] = useMemo(() => {
    const positions = layoutNodes(planNodes);
    return planNodes.map((node) => ({
      id: String(node.id),
      type: 'planNode',
      position: positions.get(node.id) ?? { x: 0, y: 0 },
      selected: node.id === selected,
      draggable: false,
      data: {
        node,
        opportunity: plan.opportunities.find((opportunity) => opportunity.nodeId === node.id),
        dimmed: chain !== null && !chain.has(node.id),
        highlighted: chain?.has(node.id) ?? false,
      },
    }));
  }, [planNodes, plan.opportunities, selected, chain]);

  const edges: Edge[] = useMemo(
    () =>
      planEdges.map((edge) => {
        const onChain = chain?.has(edge.upstreamId) === true && chain.has(edge.downstreamId);
        return {
          id: String(edge.id),
          source: String(edge.upstreamId),
          target: String(edge.downstreamId),
          animated: onChain,
          markerEnd: { type: MarkerType.ArrowClosed },
          style: {
            stroke: onChain ? '#1677ff' : '#bfbfbf',
            strokeWidth: onChain ? 2 : 1.2,
            opacity: chain !== null && !onChain ? 0.25 : 1,
          },
        };
      }),
    [planEdges, chain],
  );

  // As tall as the longest column needs at the zoom that fits seven columns, within sensible bounds.
  const longestColumn = Math.max(
    1,
    ...NODE_LEVELS.map((level) => planNodes.filter((node) => node.level === level).length),
  );
  const mapHeight = Math.min(720, Math.max(360, 160 + longestColumn * 90));

  const onConnect = (connection: Connection) => {
    if (!editable) return;
    addEdge.mutate(
      { upstreamNodeId: Number(connection.source), downstreamNodeId: Number(connection.target) },
      {
        onSuccess: () => message.success(t('plan.map.linked')),
        onError: (error) => message.error(errorText(error)),
      },
    );
  };

  const onEdgeClick = (edgeId: string) => {
    if (!editable) return;
    modal.confirm({
      title: t('plan.map.deleteEdgeConfirm'),
      okText: t('common.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        deleteEdge
          .mutateAsync(Number(edgeId))
          .then(() => message.success(t('plan.map.deleted')))
          .catch((error: Error) => message.error(errorText(error))),
    });
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('plan.map.strategic')}</Typography.Text>
        {NODE_LEVELS.map((level, index) => (
          <Space key={level} size={4}>
            {index === 4 ? (
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                {t('plan.map.execution')}
              </Typography.Text>
            ) : null}
            <Button
              size="small"
              icon={<PlusOutlined />}
              disabled={!editable}
              style={{ borderColor: LEVEL_COLORS[level], color: LEVEL_COLORS[level] }}
              onClick={() => setAdding(level)}
              data-testid={`map-add-${level}`}
            >
              {t(`plan.level.${level}`)}
            </Button>
          </Space>
        ))}
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('plan.map.hint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={selectedNode ? 16 : 24}>
          {planNodes.length === 0 ? (
            <div
              className="kd-flow"
              style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}
            >
              <Empty
                description={
                  <span style={{ maxWidth: 420, display: 'inline-block' }}>{t('plan.map.empty')}</span>
                }
              >
                {editable ? (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding('objective')}>
                    {t('plan.map.addFirst')}
                  </Button>
                ) : null}
              </Empty>
            </div>
          ) : (
            <div className="kd-flow" data-testid="plan-map" style={{ height: mapHeight }}>
              <ReactFlow<MapFlowNode, Edge>
                nodes={nodes}
                edges={edges}
                nodeTypes={nodeTypes}
                onConnect={onConnect}
                onNodeClick={(_, node) => setSelected(Number(node.id))}
                onPaneClick={() => setSelected(null)}
                onEdgeClick={(_, edge) => onEdgeClick(edge.id)}
                nodesConnectable={editable}
                elementsSelectable
                fitView
                fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
                minZoom={0.2}
                proOptions={{ hideAttribution: true }}
              >
                <Background gap={16} />
                <Controls showInteractive={false} />
              </ReactFlow>
            </div>
          )}
        </Col>
        {selectedNode ? (
          <Col xs={24} xl={8}>
            <NodePanel
              key={selectedNode.id}
              plan={plan}
              node={selectedNode}
              editable={editable}
              onSelect={setSelected}
              onDeleted={() => setSelected(null)}
            />
          </Col>
        ) : null}
      </Row>
      <AddNodeModal
        plan={plan}
        level={adding}
        defaultUpstream={selectedNode ? [selectedNode.id] : []}
        onClose={() => setAdding(null)}
        onAdded={(id) => {
          setAdding(null);
          setSelected(id);
        }}
      />
    </>
  );
}
