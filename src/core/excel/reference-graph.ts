// Rows of one file may point at each other (a subsidiary at its group, a contact at their manager). These
// helpers find loops in the resulting tree and the order in which new rows must be written.

/** Whether walking up from `start` (via parentOf) reaches `target`; stops at the top or at any other loop. */
export function reaches(start: string, target: string, parentOf: (key: string) => string | null): boolean {
  const seen = new Set<string>();
  let current: string | null = start;
  while (current !== null) {
    if (current === target) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    current = parentOf(current);
  }
  return false;
}

/**
 * Write order: 0 for a row whose parent is not written by this import, else one more than its parent.
 * `parentInBatch` returns the key of a parent that is itself written by this import. Keys must not loop.
 */
export function writeLevels(
  keys: readonly string[],
  parentInBatch: (key: string) => string | null,
): Map<string, number> {
  const levels = new Map<string, number>();
  const levelOf = (key: string): number => {
    const known = levels.get(key);
    if (known !== undefined) return known;
    const chain: string[] = [];
    const inChain = new Set<string>();
    let current: string | null = key;
    let base = -1;
    while (current !== null) {
      const seen = levels.get(current);
      if (seen !== undefined) {
        base = seen;
        break;
      }
      if (inChain.has(current)) throw new Error(`reference loop at ${current}`);
      chain.push(current);
      inChain.add(current);
      current = parentInBatch(current);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      base += 1;
      levels.set(chain[i]!, base);
    }
    return levels.get(key)!;
  };
  for (const key of keys) levelOf(key);
  return levels;
}
