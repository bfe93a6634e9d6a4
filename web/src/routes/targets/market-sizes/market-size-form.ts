// Form values → API body of 市场容量 ([TGT-5], seed 004): the size is typed as 元 text and sent as exact integer fen
// (the field refuses a third decimal or a negative amount while typing; nothing is rounded), a blank segment is
// the whole region (''), a blank source is null.
import type { MarketSizeInputT } from '../../../api/target-tracking.ts';
import { parseYuanText } from '../../../lib/money.ts';

export interface MarketSizeFormValues {
  year?: number | null | undefined;
  orgUnitId?: number | undefined;
  segment?: string | undefined;
  sizeYuan?: string | undefined;
  source?: string | undefined;
}

export function marketSizeInputOf(values: MarketSizeFormValues): MarketSizeInputT {
  const parsed = parseYuanText(values.sizeYuan ?? '');
  return {
    year: values.year ?? 0,
    orgUnitId: values.orgUnitId ?? 0,
    segment: values.segment?.trim() ?? '',
    // Invalid text never gets here (the field refuses it); -1 lets the server name the field if it does.
    sizeFen: parsed.ok ? parsed.fen : -1,
    source: values.source?.trim() || null,
  };
}
