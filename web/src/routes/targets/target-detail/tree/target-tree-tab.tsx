// 目标树: the tree editor ([TGT-2], [TGT-3]) for one metric at a time. Typing a total or a month saves it and the
// engine re-balances (every parent stays the exact sum of its children); locks keep cells; per node the split and
// time methods are previewed (changed cells highlighted) before they are applied; children are added and removed.
// Problems the engine finds stay on their cells.
import {
  DeleteOutlined,
  DownloadOutlined,
  PlusOutlined,
  SettingOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetMetric } from '../../../../../../src/core/target/target-types.ts';
import { ApiError } from '../../../../api/http.ts';
import {
  downloadTargetSheet,
  type TargetEditResultT,
  type TargetNodeT,
  type TargetPlanTreeT,
  useRemoveTargetNode,
  useSetTargetCell,
  useSetTargetLock,
  useTargetSubtrees,
} from '../../../../api/targets.ts';
import { errorText } from '../../../../lib/error-text.ts';
import { AddChildModal, isChildDimension } from './add-child-modal.tsx';
import { AnsoffTag } from './ansoff-tag.tsx';
import { MethodDrawer } from './method-drawer.tsx';
import { SheetImportModal } from './sheet-import-modal.tsx';
import { TargetTreeTable } from './target-tree-table.tsx';
import {
  applyPreview,
  type CellRef,
  mergeNodes,
  nestRows,
  parentKeys,
  placeCellProblems,
  type TargetRow,
} from './tree-rows.ts';

export function TargetTreeTab({ tree, editable }: { tree: TargetPlanTreeT; editable: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const planId = tree.plan.id;
  const [metric, setMetric] = useState<TargetMetric>(tree.plan.metrics[0] ?? 'revenue');
  const [selected, setSelected] = useState<string | null>(null);
  const [methodNode, setMethodNode] = useState<TargetNodeT | null>(null);
  const [addUnder, setAddUnder] = useState<TargetNodeT | null>(null);
  const [preview, setPreview] = useState<TargetEditResultT | null>(null);
  const [cellErrors, setCellErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const setCell = useSetTargetCell(planId);
  const setLock = useSetTargetLock(planId);
  const remove = useRemoveTargetNode(planId);

  // Deeper levels load when their parent opens; the plan's first levels came with it.
  const [opened, setOpened] = useState<string[]>([]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const subtrees = useTargetSubtrees(planId, opened);
  const nodes = useMemo(
    () => mergeNodes([tree.nodes, ...subtrees.nodeLists]),
    [tree.nodes, subtrees.nodeLists],
  );

  const { rows, before } = useMemo(() => {
    const overlay = preview ? applyPreview(nodes, preview.diff.cells, metric) : null;
    return { rows: nestRows(overlay?.nodes ?? nodes), before: overlay?.before };
  }, [nodes, preview, metric]);
  const expanded = useMemo(
    () => new Set([...parentKeys(rows), ...opened].filter((key) => !collapsed.has(key))),
    [rows, opened, collapsed],
  );
  const onExpand = (row: TargetRow, open: boolean) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (open) next.delete(row.key);
      else next.add(row.key);
      return next;
    });
    if (open && !row.children?.length && row.childCount > 0 && !opened.includes(row.key))
      setOpened((current) => [...current, row.key]);
  };

  /** A refused edit: problems naming cells stay on those cells; the toast names the first (or the others). */
  const onWriteError = (error: unknown) => {
    if (error instanceof ApiError && error.details.length > 0) {
      const placed = placeCellProblems(error.message, error.details, metric);
      setCellErrors(placed.cells);
      message.error(placed.text);
      return;
    }
    message.error(errorText(error));
  };

  const onSetValue = (ref: CellRef, value: number) => {
    setCell
      .mutateAsync({ nodeKey: ref.nodeKey, metric, month: ref.month, value })
      .then(() => setCellErrors(new Map()))
      .catch(onWriteError);
  };

  const onToggleLock = (ref: CellRef, locked: boolean) => {
    setLock.mutateAsync({ nodeKey: ref.nodeKey, metric, month: ref.month, locked }).catch(onWriteError);
  };

  const removeNode = (node: TargetNodeT) =>
    modal.confirm({
      title: t('targets.editor.removeNode'),
      content: t('targets.editor.removeConfirm', { label: node.label }),
      okButtonProps: { danger: true },
      okText: t('targets.editor.removeNode'),
      cancelText: t('common.cancel'),
      onOk: () =>
        remove
          .mutateAsync(node.key)
          .then(() => message.success(t('targets.editor.removed')))
          .catch(onWriteError),
    });

  const selectedNode = nodes.find((node) => node.key === selected && node.access === 'full');
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [lastExportSubtree, setLastExportSubtree] = useState(false);
  const exportSheet = async (subtree: boolean) => {
    setExporting(true);
    try {
      await downloadTargetSheet(planId, subtree ? selectedNode?.key : undefined);
      setLastExportSubtree(subtree);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };

  const childDimensionOf = (node: TargetNodeT): string | null =>
    nodes.find((candidate) => candidate.parentKey === node.key)?.dimension ?? null;

  const renderNode = (row: TargetRow) => {
    const nodeEditable = editable && row.editable && row.access === 'full';
    return (
      // The row's indent and expand icon sit before this block on the same line.
      <span
        className="kd-target-node"
        style={{ width: `calc(100% - ${row.depth * 16 + 28}px)` }}
        data-testid={`node-${row.key}`}
      >
        <Tooltip title={`${t(`targets.dimension.${row.dimension}`)}：${row.label}`} placement="topLeft">
          <span className={`kd-target-node-label${row.depth === 0 ? ' kd-target-node-root' : ''}`}>
            {row.label}
          </span>
        </Tooltip>
        {row.access === 'full' && row.ansoffStrategy ? (
          <AnsoffTag planId={planId} node={row} editable={nodeEditable} />
        ) : null}
        {nodeEditable ? (
          <Space size={0} className="kd-target-node-actions">
            {row.ansoffStrategy ? null : <AnsoffTag planId={planId} node={row} editable />}
            <Tooltip
              title={`${t('targets.editor.methods')}：${t(`targets.splitMethod.${row.splitMethod}`)} / ${t(`targets.timeMethod.${row.timeMethod}`)}`}
            >
              <Button
                type="text"
                size="small"
                icon={<SettingOutlined />}
                aria-label={t('targets.editor.methods')}
                data-testid={`node-methods-${row.key}`}
                onClick={(event) => {
                  event.stopPropagation();
                  setSelected(row.key);
                  setPreview(null);
                  setMethodNode(row);
                }}
              />
            </Tooltip>
            <Tooltip title={t('targets.editor.addChild')}>
              <Button
                type="text"
                size="small"
                icon={<PlusOutlined />}
                aria-label={t('targets.editor.addChild')}
                data-testid={`node-add-${row.key}`}
                onClick={(event) => {
                  event.stopPropagation();
                  setAddUnder(row);
                }}
              />
            </Tooltip>
            {row.parentKey !== null ? (
              <Tooltip title={t('targets.editor.removeNode')}>
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('targets.editor.removeNode')}
                  onClick={(event) => {
                    event.stopPropagation();
                    removeNode(row);
                  }}
                />
              </Tooltip>
            ) : null}
          </Space>
        ) : null}
      </span>
    );
  };

  const addDefault = addUnder ? childDimensionOf(addUnder) : null;
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Segmented<TargetMetric>
          value={metric}
          onChange={(value) => {
            setMetric(value);
            setCellErrors(new Map());
          }}
          options={tree.plan.metrics.map((value) => ({ value, label: t(`targets.metric.${value}`) }))}
          data-testid="target-metric"
        />
        <Space wrap>
          {preview ? <Tag color="gold">{t('targets.editor.previewing')}</Tag> : null}
          <Dropdown
            menu={{
              items: [
                { key: 'all', label: t('targets.sheet.scopeAll') },
                ...(selectedNode
                  ? [{ key: 'subtree', label: t('targets.sheet.importUnder', { label: selectedNode.label }) }]
                  : []),
              ],
              onClick: ({ key }) => void exportSheet(key === 'subtree'),
            }}
          >
            <Button icon={<DownloadOutlined />} loading={exporting} data-testid="target-sheet-export">
              {t('targets.sheet.export')}
            </Button>
          </Dropdown>
          {editable ? (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="target-sheet-import"
            >
              {t('targets.sheet.import')}
            </Button>
          ) : null}
          {editable ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('targets.editor.editHint')}
            </Typography.Text>
          ) : null}
        </Space>
      </Space>
      <TargetTreeTable
        rows={rows}
        metric={metric}
        editable={editable && preview === null}
        before={before}
        cellErrors={cellErrors}
        selectedKey={selected}
        onSelect={(row) => setSelected(row.key)}
        onSetValue={onSetValue}
        onToggleLock={onToggleLock}
        renderNode={renderNode}
        expanded={expanded}
        onExpand={onExpand}
        loading={subtrees.loading}
      />
      <MethodDrawer
        planId={planId}
        node={methodNode}
        metric={metric}
        onPreview={setPreview}
        onClose={() => setMethodNode(null)}
      />
      {importing ? (
        <SheetImportModal
          planId={planId}
          open={importing}
          selected={selectedNode ? { key: selectedNode.key, label: selectedNode.label } : undefined}
          subtreeFirst={lastExportSubtree}
          onClose={() => setImporting(false)}
        />
      ) : null}
      <AddChildModal
        planId={planId}
        parent={addUnder}
        defaultDimension={addDefault && isChildDimension(addDefault) ? addDefault : null}
        onClose={() => setAddUnder(null)}
        onAdded={() => {
          setAddUnder(null);
          message.success(t('targets.addChild.added'));
        }}
      />
    </>
  );
}
