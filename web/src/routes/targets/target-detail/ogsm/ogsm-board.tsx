// OGSM board of a target plan ([TGT-4]): the year's objective, goals tied to a node and metric of the tree (the
// goal shows that node's year target), strategies under goals and measures under strategies — added, edited,
// deleted and put in order by the plan's editors; read by everybody who sees the plan.
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Skeleton,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OGSM_KINDS, type OgsmKind } from '../../../../../../src/core/target/target-plan.ts';
import { isMoneyMetric, type TargetMetric } from '../../../../../../src/core/target/target-types.ts';
import {
  type OgsmItemT,
  type TargetPlanTreeT,
  useAddOgsmItem,
  useOgsmBoard,
  useRemoveOgsmItem,
  useUpdateOgsmItem,
} from '../../../../api/targets.ts';
import { QueryError } from '../../../../components/query-error.tsx';
import { errorText } from '../../../../lib/error-text.ts';
import { formatAmount } from '../../target-amount.ts';

const COLUMN_TITLE = {
  objective: 'targets.ogsm.objective',
  goal: 'targets.ogsm.goals',
  strategy: 'targets.ogsm.strategies',
  measure: 'targets.ogsm.measures',
} as const;

/** The kind an item of this kind hangs under (a strategy under a goal, a measure under a strategy). */
const PARENT_KIND: Partial<Record<OgsmKind, OgsmKind>> = { strategy: 'goal', measure: 'strategy' };

interface ItemValues {
  text: string;
  nodeKey?: string | null;
  metric?: TargetMetric | null;
  parentItemId?: number | null;
}

type Editing = { kind: OgsmKind; item: OgsmItemT | null };

export function OgsmBoard({ tree, editable }: { tree: TargetPlanTreeT; editable: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const planId = tree.plan.id;
  const board = useOgsmBoard(planId);
  const add = useAddOgsmItem(planId);
  const update = useUpdateOgsmItem(planId);
  const remove = useRemoveOgsmItem(planId);
  const [editing, setEditing] = useState<Editing | null>(null);

  if (board.isError) return <QueryError error={board.error} onRetry={() => void board.refetch()} />;
  if (!board.data) return <Skeleton active />;
  const items = board.data;
  const ofKind = (kind: OgsmKind) =>
    items.filter((item) => item.kind === kind).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const byId = new Map(items.map((item) => [item.id, item]));

  const move = async (kind: OgsmKind, item: OgsmItemT, step: -1 | 1) => {
    const list = ofKind(kind);
    const at = list.findIndex((candidate) => candidate.id === item.id);
    const other = list[at + step];
    if (!other) return;
    [list[at], list[at + step]] = [other, item];
    try {
      // Renumber the column so equal sort orders cannot keep two items in place.
      for (const [index, entry] of list.entries())
        if (entry.sortOrder !== index)
          await update.mutateAsync({ itemId: entry.id, patch: { sortOrder: index } });
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const confirmRemove = (item: OgsmItemT) =>
    modal.confirm({
      title: t('targets.ogsm.removeConfirm'),
      content: item.text,
      okButtonProps: { danger: true },
      okText: t('targets.ogsm.remove'),
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(item.id).catch((error: unknown) => message.error(errorText(error))),
    });

  const renderItem = (kind: OgsmKind, item: OgsmItemT, index: number, count: number) => {
    const parent = item.parentItemId === null ? undefined : byId.get(item.parentItemId);
    return (
      <div key={item.id} className="kd-ogsm-item" data-testid={`ogsm-item-${kind}`}>
        <div className="kd-ogsm-item-text">
          <Typography.Text>{item.text}</Typography.Text>
          {item.nodeLabel || item.metric ? (
            <div style={{ marginTop: 4 }}>
              {item.nodeLabel ? <Tag>{item.nodeLabel}</Tag> : null}
              {item.metric ? <Tag color="blue">{t(`targets.metric.${item.metric}`)}</Tag> : null}
              {item.metric && item.targetValue !== null ? (
                <Tag color="green" data-testid="ogsm-target-value">
                  {isMoneyMetric(item.metric) ? '¥' : ''}
                  {formatAmount(item.targetValue, item.metric)}
                </Tag>
              ) : null}
            </div>
          ) : null}
          {parent ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 2 }}>
              ↳ {parent.text}
            </Typography.Text>
          ) : null}
        </div>
        {editable ? (
          <Space size={0} orientation="vertical">
            <Tooltip title={t('targets.ogsm.edit')} placement="left">
              <Button
                type="text"
                size="small"
                icon={<EditOutlined />}
                onClick={() => setEditing({ kind, item })}
              />
            </Tooltip>
            {kind !== 'objective' ? (
              <>
                <Tooltip title={t('targets.ogsm.moveUp')} placement="left">
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0}
                    onClick={() => void move(kind, item, -1)}
                  />
                </Tooltip>
                <Tooltip title={t('targets.ogsm.moveDown')} placement="left">
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowDownOutlined />}
                    disabled={index === count - 1}
                    onClick={() => void move(kind, item, 1)}
                  />
                </Tooltip>
              </>
            ) : null}
            <Tooltip title={t('targets.ogsm.remove')} placement="left">
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                onClick={() => confirmRemove(item)}
              />
            </Tooltip>
          </Space>
        ) : null}
      </div>
    );
  };

  return (
    <>
      <div className="kd-ogsm-board" data-testid="ogsm-board">
        {OGSM_KINDS.map((kind) => {
          const list = ofKind(kind);
          const canAdd = editable && (kind !== 'objective' || list.length === 0);
          return (
            <Card
              key={kind}
              size="small"
              title={t(COLUMN_TITLE[kind])}
              styles={{ body: { background: '#f7f9fc', minHeight: 160 } }}
              extra={
                canAdd ? (
                  <Button
                    size="small"
                    type="link"
                    icon={<PlusOutlined />}
                    onClick={() => setEditing({ kind, item: null })}
                    data-testid={`ogsm-add-${kind}`}
                  >
                    {t('targets.ogsm.add')}
                  </Button>
                ) : null
              }
            >
              {list.length === 0 ? (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    kind === 'objective' ? t('targets.ogsm.objectiveEmpty') : t('targets.ogsm.empty')
                  }
                />
              ) : (
                list.map((item, index) => renderItem(kind, item, index, list.length))
              )}
            </Card>
          );
        })}
      </div>
      <OgsmItemModal
        tree={tree}
        editing={editing}
        parents={editing && PARENT_KIND[editing.kind] ? ofKind(PARENT_KIND[editing.kind] as OgsmKind) : []}
        saving={add.isPending || update.isPending}
        onClose={() => setEditing(null)}
        onSave={async (values) => {
          if (!editing) return;
          const tie =
            editing.kind === 'goal' ? { nodeKey: values.nodeKey ?? null, metric: values.metric ?? null } : {};
          const parent = PARENT_KIND[editing.kind] ? { parentItemId: values.parentItemId ?? null } : {};
          if (editing.item) {
            await update.mutateAsync({
              itemId: editing.item.id,
              patch: { text: values.text, ...tie, ...parent },
            });
          } else {
            await add.mutateAsync({
              kind: editing.kind,
              text: values.text,
              sortOrder: ofKind(editing.kind).length,
              ...tie,
              ...parent,
            });
          }
          message.success(t('targets.ogsm.saved'));
          setEditing(null);
        }}
      />
    </>
  );
}

interface OgsmItemModalProps {
  tree: TargetPlanTreeT;
  editing: Editing | null;
  parents: OgsmItemT[];
  saving: boolean;
  onClose: () => void;
  onSave: (values: ItemValues) => Promise<void>;
}

function OgsmItemModal({ tree, editing, parents, saving, onClose, onSave }: OgsmItemModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ItemValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const kind = editing?.kind;
  const item = editing?.item;
  const parentKind = kind ? PARENT_KIND[kind] : undefined;

  const submit = async (values: ItemValues) => {
    setFailure(null);
    try {
      await onSave(values);
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  return (
    <Modal
      open={editing !== null}
      title={kind ? t(COLUMN_TITLE[kind]) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form<ItemValues>
        form={form}
        layout="vertical"
        name="ogsmItem"
        initialValues={{
          text: item?.text ?? '',
          nodeKey: item?.nodeKey ?? null,
          metric: item?.metric ?? null,
          parentItemId: item?.parentItemId ?? null,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="text"
          label={t('targets.ogsm.text')}
          rules={[{ required: true, whitespace: true, message: t('targets.ogsm.textRequired') }]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={2000} data-testid="ogsm-text" />
        </Form.Item>
        {kind === 'goal' ? (
          <Space style={{ display: 'flex' }} align="start">
            <Form.Item name="nodeKey" label={t('targets.ogsm.node')} style={{ width: 260 }}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={tree.nodes
                  .filter((node) => node.access === 'full')
                  .map((node) => ({ value: node.key, label: `${'　'.repeat(node.depth)}${node.label}` }))}
              />
            </Form.Item>
            <Form.Item name="metric" label={t('targets.ogsm.metric')} style={{ width: 180 }}>
              <Select
                allowClear
                options={tree.plan.metrics.map((value) => ({ value, label: t(`targets.metric.${value}`) }))}
              />
            </Form.Item>
          </Space>
        ) : null}
        {parentKind ? (
          <Form.Item
            name="parentItemId"
            label={parentKind === 'goal' ? t('targets.ogsm.parentGoal') : t('targets.ogsm.parentStrategy')}
          >
            <Select
              allowClear
              options={parents.map((parent) => ({ value: parent.id, label: parent.text }))}
            />
          </Form.Item>
        ) : null}
      </Form>
      {failure ? <Typography.Text type="danger">{failure}</Typography.Text> : null}
    </Modal>
  );
}
