import { describe, expect, it } from 'vitest';
import { readDelimited } from './read-delimited.ts';

async function records(chunks: Array<string | Uint8Array>): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of readDelimited(
    (async function* () {
      yield* chunks;
    })(),
  ))
    out.push(...batch);
  return out;
}

describe('readDelimited', () => {
  it.each([
    [
      'plain LF',
      ['a,b\n1,2\n'],
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF and no final newline',
      ['a,b\r\n1,2'],
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted comma, quote and newline', ['x,"a,""b""\nc"\n'], [['x', 'a,"b"\nc']]],
    ['empty fields and blank record', ['a,,\n\n1,2,3\n'], [['a', '', ''], [''], ['1', '2', '3']]],
    ['BOM dropped', ['\uFEFF订单号,行号\n'], [['订单号', '行号']]],
    ['split inside a field', ['ab', 'c,d\n'], [['abc', 'd']]],
    ['CR LF split across chunks', ['a\r', '\nb\n'], [['a'], ['b']]],
    ['doubled quote split across chunks', ['"a"', '"b"\n'], [['a"b']]],
    ['quote opening at a chunk start', ['x,', '"y,z"\n'], [['x', 'y,z']]],
  ])('%s', async (_name, chunks, expected) => {
    expect(await records(chunks)).toEqual(expected);
  });

  it('reads UTF-8 bytes split inside a character, and GB18030 when the bytes are not UTF-8', async () => {
    const utf8 = new TextEncoder().encode('客户编码,产品线\n');
    expect(await records([utf8.subarray(0, 2), utf8.subarray(2)])).toEqual([['客户编码', '产品线']]);
    // 客户 in GB18030: BF CD BB A7
    expect(await records([new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x61, 0x0a])])).toEqual([
      ['客户', 'a'],
    ]);
  });

  it('refuses an unclosed quote', async () => {
    await expect(records(['a,"b\n'])).rejects.toMatchObject({ message: 'facts.bad_csv' });
  });
});
