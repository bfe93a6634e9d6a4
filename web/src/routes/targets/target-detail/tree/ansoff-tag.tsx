// [TGT-4] Ansoff growth strategy of a node: market existing/new × product existing/new → penetration, product
// development, market development or diversification (the server names the strategy). Editors pick both sides in
// a popover; readers see the tag.
import { AimOutlined } from '@ant-design/icons';
import { App, Button, Popover, Radio, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnsoffStrategy } from '../../../../../../src/core/target/target-types.ts';
import { type TargetNodeT, useSetTargetAnsoff } from '../../../../api/targets.ts';
import { errorText } from '../../../../lib/error-text.ts';

const STRATEGY_COLORS: Record<AnsoffStrategy, string> = {
  penetration: 'blue',
  product_development: 'cyan',
  market_development: 'gold',
  diversification: 'magenta',
};

const isStrategy = (value: string | null): value is AnsoffStrategy =>
  value !== null && value in STRATEGY_COLORS;

type Side = 'existing' | 'new';

export function AnsoffTag({
  planId,
  node,
  editable,
}: {
  planId: number;
  node: TargetNodeT;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSetTargetAnsoff(planId);
  const [open, setOpen] = useState(false);
  // The button's hint would sit on top of the open popover (QA): it shows on hover only while the popover is closed.
  const [hint, setHint] = useState(false);
  const strategy = isStrategy(node.ansoffStrategy) ? node.ansoffStrategy : null;
  const tag = (
    <Tag
      color={strategy ? STRATEGY_COLORS[strategy] : undefined}
      bordered={strategy !== null}
      style={{ cursor: editable ? 'pointer' : 'default', marginInlineEnd: 0, opacity: strategy ? 1 : 0.6 }}
      data-testid={`ansoff-${node.key}`}
    >
      {strategy ? t(`targets.ansoff.strategy.${strategy}`) : t('targets.editor.ansoff')}
    </Tag>
  );
  if (!editable) return strategy ? tag : null;
  // Not set yet: a small button among the row's actions instead of a tag on every row.
  const trigger = strategy ? (
    tag
  ) : (
    <Tooltip title={t('targets.editor.ansoff')} open={hint && !open} onOpenChange={setHint}>
      <Button
        type="text"
        size="small"
        icon={<AimOutlined />}
        aria-label={t('targets.editor.ansoff')}
        data-testid={`ansoff-${node.key}`}
      />
    </Tooltip>
  );

  const set = (market: Side | null, product: Side | null) =>
    save
      .mutateAsync({ nodeKey: node.key, market, product })
      .then(() => message.success(t('targets.ansoff.saved')))
      .catch((error: unknown) => message.error(errorText(error)));

  const sides = [
    { value: 'existing', label: t('targets.ansoff.existing') },
    { value: 'new', label: t('targets.ansoff.new') },
  ];
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setHint(false);
      }}
      title={t('targets.editor.ansoff')}
      content={
        <Space orientation="vertical" onClick={(event) => event.stopPropagation()}>
          <Space>
            <Typography.Text style={{ width: 40, display: 'inline-block' }}>
              {t('targets.ansoff.market')}
            </Typography.Text>
            <Radio.Group
              size="small"
              optionType="button"
              options={sides}
              value={node.ansoffMarket}
              onChange={(event) => void set(event.target.value as Side, node.ansoffProduct)}
            />
          </Space>
          <Space>
            <Typography.Text style={{ width: 40, display: 'inline-block' }}>
              {t('targets.ansoff.product')}
            </Typography.Text>
            <Radio.Group
              size="small"
              optionType="button"
              options={sides}
              value={node.ansoffProduct}
              onChange={(event) => void set(node.ansoffMarket, event.target.value as Side)}
            />
          </Space>
          <Typography.Text type="secondary">
            → {strategy ? t(`targets.ansoff.strategy.${strategy}`) : t('targets.ansoff.none')}
          </Typography.Text>
        </Space>
      }
    >
      <span onClick={(event) => event.stopPropagation()}>{trigger}</span>
    </Popover>
  );
}
