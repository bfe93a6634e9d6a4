// Money is integer fen (分) everywhere in code and storage (DOMAIN.md §9).

/** Parses a yuan amount as typed by people ("1,234.5", "¥12.30") into integer fen; null if not a valid amount. */
export function parseYuanToFen(input: string | number): number | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    const fen = Math.round(input * 100);
    return Math.abs(input * 100 - fen) < 1e-6 ? fen : null;
  }
  const text = input.replace(/[¥,\s]/g, '');
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + frac;
  if (!Number.isSafeInteger(fen)) return null;
  return m[1] ? -fen : fen;
}

/** Formats fen as yuan with two decimals and thousands separators. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
