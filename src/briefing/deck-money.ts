// Money on the executive briefing (seed 002, [PLAN-9]): amounts are integer fen; tables show them exactly
// in yuan, charts in 万元 with labels rounded on integers, never through floating-point fen.
import { formatFen } from '../core/shared/money.ts';
import type { Shape } from './deck-model.ts';
import type { Box } from './layout-graph.ts';

/** ¥ and yuan with two decimals from integer fen, never through floating point. */
export const yuan = (fen: number) => `${fen < 0 ? '-' : ''}¥${formatFen(Math.abs(fen))}`;

/** 万元 with `decimals` (0 or 1) decimals, rounded half up on integer fen (for chart labels). */
export function wan(fen: number, decimals: 0 | 1 = 1): string {
  const unit = decimals === 1 ? 100_000 : 1_000_000;
  const steps = Math.round(Math.abs(fen) / unit);
  const whole = decimals === 1 ? Math.floor(steps / 10) : steps;
  return `${fen < 0 ? '-' : ''}${whole.toLocaleString('en-US')}${decimals === 1 ? `.${steps % 10}` : ''}`;
}

/** A bar chart of fen amounts in 万元: one decimal, or none once a bar reaches 1,000 万元 (labels stay short). */
export function wanChart(
  box: Box,
  title: string,
  categories: string[],
  fens: number[],
  color: string,
): Shape {
  const decimals = Math.max(...fens.map(Math.abs), 0) >= 1_000_000_000 ? 0 : 1;
  return {
    type: 'bar-chart',
    box,
    title,
    categories,
    values: fens.map((fen) => fen / 1_000_000),
    labels: fens.map((fen) => wan(fen, decimals)),
    decimals,
    color,
  };
}
