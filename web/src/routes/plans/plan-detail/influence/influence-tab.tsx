// 影响力地图 ([PLAN-4]): the account's people as an editable org chart. Drag to arrange (positions are saved
// shortly after a drag ends); draw from one person to another and choose a reporting line (kept on the
// contact, the server refuses cycles) or an informal influence line; click a line to remove it.
import { UsergroupAddOutlined } from '@ant-design/icons';
import {
  Background,
  type Connection,
  Controls,
  type Edge,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
  useNodesState,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  App,
  Button,
  Col,
  Empty,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, EXTERNAL_KINDS } from '../../../../../../src/core/plan/plan-types.ts';
import {
  type InfluenceEntryT,
  type PlanT,
  useAddInfluenceEntry,
  useAddInfluenceLine,
  useRemoveInfluenceLine,
  useSetReportingLine,
  useUpdateInfluenceEntry,
} from '../../../../api/plans.ts';
import { errorText } from '../../../../lib/error-text.ts';
import { applyApiError } from '../../../../lib/form-errors.ts';
import type { PlanTabProps } from '../plan-detail-page.tsx';
import { useAccountContacts } from '../use-account-contacts.ts';
import { ATTITUDE_COLORS, type PersonFlowNode, PersonNode } from './person-node.tsx';
import { PersonPanel } from './person-panel.tsx';

const nodeTypes = { person: PersonNode };

type AddPeopleValues = {
  mode: 'contacts' | 'external';
  contactIds?: number[];
  name?: string;
  organisation?: string;
  kind?: (typeof EXTERNAL_KINDS)[number];
};
const SAVE_DELAY = 500;

export function InfluenceTab(props: PlanTabProps) {
  return (
    <ReactFlowProvider>
      <InfluenceMap {...props} />
    </ReactFlowProvider>
  );
}

function toNodes(entries: readonly InfluenceEntryT[], selected: number | null): PersonFlowNode[] {
  return entries.map((entry) => ({
    id: String(entry.id),
    type: 'person',
    position: { x: entry.x, y: entry.y },
    selected: entry.id === selected,
    data: { entry },
  }));
}

function InfluenceMap({ plan, editable }: PlanTabProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { entries, lines } = plan.relationships.influenceMap;
  const [selected, setSelected] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<Connection | null>(null);
  const [nodes, setNodes, onNodesChange] = useNodesState<PersonFlowNode>(toNodes(entries, selected));
  const updateEntry = useUpdateInfluenceEntry(plan.id);
  const removeLine = useRemoveInfluenceLine(plan.id);
  const setReporting = useSetReportingLine(plan.id);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    setNodes(toNodes(entries, selected));
  }, [entries, selected, setNodes]);
  const { fitView } = useReactFlow();
  // Bring people just added (placed under the others) into view.
  useEffect(() => {
    if (entries.length === 0) return;
    const timer = setTimeout(() => void fitView({ padding: 0.2, maxZoom: 1, duration: 200 }), 60);
    return () => clearTimeout(timer);
  }, [entries.length, fitView]);
  useEffect(() => {
    const pendingTimers = timers.current;
    return () => {
      for (const timer of pendingTimers.values()) clearTimeout(timer);
    };
  }, []);

  const entryOfContact = useMemo(() => {
    const map = new Map<number, InfluenceEntryT>();
    for (const entry of entries) if (entry.contactId !== null) map.set(entry.contactId, entry);
    return map;
  }, [entries]);

  const edges: Edge[] = useMemo(() => {
    const reporting: Edge[] = entries.flatMap((entry) => {
      const manager =
        entry.reportsToContactId === null ? undefined : entryOfContact.get(entry.reportsToContactId);
      if (!manager || entry.contactId === null) return [];
      return [
        {
          id: `r-${entry.contactId}`,
          source: String(manager.id),
          target: String(entry.id),
          type: 'smoothstep',
          style: { stroke: '#595959', strokeWidth: 1.5 },
          data: { kind: 'reporting', contactId: entry.contactId },
        },
      ];
    });
    const influence: Edge[] = lines.map((line) => ({
      id: `i-${line.id}`,
      source: String(line.fromEntryId),
      target: String(line.toEntryId),
      label: line.note ?? undefined,
      animated: true,
      markerEnd: { type: MarkerType.ArrowClosed, color: '#fa8c16' },
      style: { stroke: '#fa8c16', strokeDasharray: '6 4', strokeWidth: 1.5 },
      data: { kind: 'influence', lineId: line.id },
    }));
    return [...reporting, ...influence];
  }, [entries, lines, entryOfContact]);

  const savePosition = (entryId: number, x: number, y: number) => {
    const timer = timers.current.get(entryId);
    if (timer) clearTimeout(timer);
    timers.current.set(
      entryId,
      setTimeout(() => {
        timers.current.delete(entryId);
        updateEntry.mutate(
          { entryId, patch: { x: Math.round(x), y: Math.round(y) } },
          { onError: (error) => message.error(errorText(error)) },
        );
      }, SAVE_DELAY),
    );
  };

  const onEdgeClick = (edge: Edge) => {
    if (!editable) return;
    const data = edge.data as
      | { kind: 'reporting'; contactId: number }
      | { kind: 'influence'; lineId: number };
    modal.confirm({
      title:
        data.kind === 'reporting'
          ? t('plan.influence.removeReportingConfirm')
          : t('plan.influence.removeLineConfirm'),
      okText: t('common.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        (data.kind === 'reporting'
          ? setReporting.mutateAsync({ contactId: data.contactId, reportsToId: null })
          : removeLine.mutateAsync(data.lineId)
        ).catch((error: Error) => message.error(errorText(error))),
    });
  };

  const selectedEntry = entries.find((entry) => entry.id === selected);

  return (
    <>
      <div className="kd-page-head" style={{ marginBottom: 8 }}>
        <Space wrap>
          <Typography.Text type="secondary">{t('plan.influence.legend')}</Typography.Text>
          {ATTITUDES.map((attitude) => (
            <Tag key={attitude} color={ATTITUDE_COLORS[attitude]}>
              {t(`plan.attitude.${attitude}`)}
            </Tag>
          ))}
          <Tag style={{ borderStyle: 'solid' }}>— {t('plan.influence.reportingLabel')}</Tag>
          <Tag color="orange" style={{ borderStyle: 'dashed' }}>
            ┄ {t('plan.influence.influenceLabel')}
          </Tag>
        </Space>
        {editable ? (
          <Button
            type="primary"
            icon={<UsergroupAddOutlined />}
            onClick={() => setAdding(true)}
            data-testid="influence-add"
          >
            {t('plan.influence.addPeople')}
          </Button>
        ) : null}
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('plan.influence.hint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={selectedEntry ? 16 : 24}>
          {entries.length === 0 ? (
            <div
              className="kd-flow"
              style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}
            >
              <Empty description={t('plan.influence.empty')}>
                {editable ? (
                  <Button type="primary" icon={<UsergroupAddOutlined />} onClick={() => setAdding(true)}>
                    {t('plan.influence.addPeople')}
                  </Button>
                ) : null}
              </Empty>
            </div>
          ) : (
            <div className="kd-flow" data-testid="influence-map">
              <ReactFlow<PersonFlowNode, Edge>
                nodes={nodes}
                edges={edges}
                nodeTypes={nodeTypes}
                onNodesChange={onNodesChange}
                onNodeDragStop={(_, node) => savePosition(Number(node.id), node.position.x, node.position.y)}
                onConnect={(connection) => {
                  if (editable && connection.source !== connection.target) setPending(connection);
                }}
                onNodeClick={(_, node) => setSelected(Number(node.id))}
                onPaneClick={() => setSelected(null)}
                onEdgeClick={(_, edge) => onEdgeClick(edge)}
                nodesDraggable={editable}
                nodesConnectable={editable}
                fitView
                fitViewOptions={{ padding: 0.2, maxZoom: 1 }}
                minZoom={0.2}
                proOptions={{ hideAttribution: true }}
              >
                <Background gap={16} />
                <Controls showInteractive={false} />
              </ReactFlow>
            </div>
          )}
        </Col>
        {selectedEntry ? (
          <Col xs={24} xl={8}>
            <PersonPanel
              key={selectedEntry.id}
              plan={plan}
              entry={selectedEntry}
              editable={editable}
              onRemoved={() => setSelected(null)}
            />
          </Col>
        ) : null}
      </Row>
      <AddPeopleModal plan={plan} open={adding} onClose={() => setAdding(false)} />
      <ConnectModal plan={plan} connection={pending} onClose={() => setPending(null)} />
    </>
  );
}

/** Adds the chosen contacts under the people already on the map, four to a row. */
function AddPeopleModal({ plan, open, onClose }: { plan: PlanT; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddPeopleValues>();
  const mode = Form.useWatch('mode', form) ?? 'contacts';
  const add = useAddInfluenceEntry(plan.id);
  const { contacts } = useAccountContacts(plan.accountId);
  const onMap = new Set(plan.relationships.influenceMap.entries.map((entry) => entry.contactId));
  const available = contacts.filter((contact) => !onMap.has(contact.id));
  const [saving, setSaving] = useState(false);

  const submit = async (values: AddPeopleValues) => {
    const entries = plan.relationships.influenceMap.entries;
    const top = entries.length === 0 ? 0 : Math.max(...entries.map((entry) => entry.y)) + 160;
    const at = (index: number) => ({ x: (index % 4) * 240, y: top + Math.floor(index / 4) * 140 });
    setSaving(true);
    try {
      if (values.mode === 'external') {
        await add.mutateAsync({
          external: {
            name: values.name ?? '',
            organisation: values.organisation?.trim() || null,
            kind: values.kind ?? 'other',
          },
          ...at(0),
        });
        message.success(t('plan.influence.added', { count: 1 }));
      } else {
        const ids = values.contactIds ?? [];
        for (const [index, contactId] of ids.entries()) {
          await add.mutateAsync({ contactId, ...at(index) });
        }
        message.success(t('plan.influence.added', { count: ids.length }));
      }
      form.resetFields();
      onClose();
    } catch (error) {
      const rest = applyApiError(form, error, ['contactId', 'external']);
      if (rest) message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('plan.influence.addPeopleTitle')}
      okText={t('plan.influence.addPeople')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<AddPeopleValues>
        name="planAddPeople"
        form={form}
        layout="vertical"
        initialValues={{ mode: 'contacts', kind: 'consultant' }}
        onFinish={(values) => void submit(values)}
        data-testid="influence-add-form"
      >
        <Form.Item name="mode">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'contacts', label: t('plan.influence.contacts') },
              { value: 'external', label: t('plan.influence.external') },
            ]}
          />
        </Form.Item>
        {mode === 'contacts' ? (
          <Form.Item
            name="contactIds"
            label={t('plan.influence.contacts')}
            rules={[{ required: true, message: t('plan.influence.contactsRequired') }]}
          >
            <Select
              mode="multiple"
              autoFocus
              showSearch={{ optionFilterProp: 'label' }}
              options={available.map((contact) => ({
                value: contact.id,
                label: contact.title ? `${contact.name} · ${contact.title}` : contact.name,
              }))}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="name"
              label={t('plan.influence.externalName')}
              rules={[
                { required: true, whitespace: true, message: t('plan.influence.externalNameRequired') },
              ]}
            >
              <Input autoFocus maxLength={100} />
            </Form.Item>
            <Form.Item name="organisation" label={t('plan.influence.externalOrganisation')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="kind" label={t('plan.influence.externalKind')}>
              <Select
                options={EXTERNAL_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`plan.externalKind.${kind}`),
                }))}
              />
            </Form.Item>
          </>
        )}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/** Asks what a drawn line means: the target reports to the source, or the source influences the target. */
function ConnectModal({
  plan,
  connection,
  onClose,
}: {
  plan: PlanT;
  connection: Connection | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: 'reporting' | 'influence'; note?: string }>();
  const kind = Form.useWatch('kind', form);
  const addLine = useAddInfluenceLine(plan.id);
  const setReporting = useSetReportingLine(plan.id);
  const entries = plan.relationships.influenceMap.entries;
  const source = entries.find((entry) => String(entry.id) === connection?.source);
  const target = entries.find((entry) => String(entry.id) === connection?.target);
  const canReport = Boolean(source?.contactId && target?.contactId);

  useEffect(() => {
    if (connection) form.setFieldsValue({ kind: canReport ? 'reporting' : 'influence', note: '' });
  }, [connection, canReport, form]);

  const submit = (values: { kind: 'reporting' | 'influence'; note?: string }) => {
    if (!source || !target) return;
    const done = {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
      onError: (error: Error) => message.error(errorText(error)),
    };
    if (values.kind === 'reporting' && target.contactId && source.contactId) {
      setReporting.mutate({ contactId: target.contactId, reportsToId: source.contactId }, done);
    } else {
      addLine.mutate(
        { fromEntryId: source.id, toEntryId: target.id, note: values.note?.trim() || null },
        done,
      );
    }
  };

  return (
    <Modal
      open={connection !== null}
      title={t('plan.influence.connectTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={addLine.isPending || setReporting.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        name="planConnect"
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="influence-connect-form"
      >
        <Form.Item name="kind">
          <Radio.Group>
            <Space orientation="vertical">
              <Radio value="reporting" disabled={!canReport}>
                {t('plan.influence.reporting', { from: target?.name ?? '', to: source?.name ?? '' })}
              </Radio>
              <Radio value="influence">
                {t('plan.influence.influenceLine', { from: source?.name ?? '', to: target?.name ?? '' })}
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {kind === 'influence' ? (
          <Form.Item name="note" label={t('plan.influence.lineNote')}>
            <Input maxLength={500} />
          </Form.Item>
        ) : null}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
