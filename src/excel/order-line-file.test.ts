import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { orderLineSourceOf, orderLineSourceOfStream } from './order-line-file.ts';

const csv = (rows: number) =>
  ['订单号,行号,客户编码', ...Array.from({ length: rows }, (_, i) => `SO-${i},1,KA-${i % 7}`)].join('\n');

async function collect(records: AsyncIterable<readonly (readonly unknown[])[]>) {
  const sizes: number[] = [];
  const all: unknown[][] = [];
  for await (const batch of records) {
    sizes.push(batch.length);
    for (const r of batch) all.push([...r]);
  }
  return { sizes, all };
}

describe('order-line file source: records in slices with an event-loop turn between them ([TGT-5] import)', () => {
  it('hands every record of a CSV in order, in slices of at most 1,000', async () => {
    const text = csv(12_345);
    const { sizes, all } = await collect(
      orderLineSourceOf('lines.csv', new TextEncoder().encode(text)).records,
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1_000);
    expect(all).toHaveLength(12_346);
    expect(all[0]).toEqual(['订单号', '行号', '客户编码']);
    expect(all[12_345]).toEqual(['SO-12344', '1', 'KA-3']);
  });

  it('reads a stream the same way', async () => {
    const text = csv(2_500);
    const source = orderLineSourceOfStream('csv', Readable.from([Buffer.from(text)]), 2_500);
    const { sizes, all } = await collect(source.records);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(2_501);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1_000);
    expect(all.map((r) => r[0])).toEqual(text.split('\n').map((l) => l.split(',')[0]));
  });

  it('lets timers and I/O run while a large file is being read (a macrotask turn per slice)', async () => {
    // A file already in memory never waits for I/O; without the turns the reader would run to its end first.
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
    }, 0);
    try {
      let slices = 0;
      let ticksAtSlice20 = -1;
      for await (const _ of orderLineSourceOf('lines.csv', new TextEncoder().encode(csv(40_000))).records) {
        slices++;
        if (slices === 20) ticksAtSlice20 = ticks;
      }
      expect(slices).toBeGreaterThanOrEqual(40);
      expect(ticksAtSlice20).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
  });
});
