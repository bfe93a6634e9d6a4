// The last N calendar months ending with the month of `today`, as first-of-month dates 'YYYY-MM-01'.

/** monthRange('2026-11-25', 3) → ['2026-09-01', '2026-10-01', '2026-11-01']. */
export function monthRange(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    out.push(`${y}-${String(m).padStart(2, '0')}-01`);
  }
  return out;
}
