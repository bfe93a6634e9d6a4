// [TGT-5] (订单号, 行号) identifies an order line, so an import file may hold each pair once: this remembers the
// row where each pair was first seen. A million-line file has a few hundred thousand orders, so the memory is
// keyed by 订单号 alone — one number per single-line order (row and line number packed), a short array of
// (line, row) pairs for orders with more lines — rather than a joined string per line, which kept the garbage
// collector busy for seconds.

/** Line numbers below this are packed with the row into one number (row × LINE_SPAN + line < 2^53). */
const LINE_SPAN = 2 ** 21;
/** Orders with more (line, row) pairs than this switch from a scanned array to a map. */
const SCAN_LIMIT = 32;

/**
 * A copy of the text that does not hold on to what it was cut from: a field read from a CSV chunk may be a view
 * into the whole chunk (V8 makes views of 13 characters and more), and kept as a key for the whole file it would
 * keep every chunk alive.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

export class SeenOrderLines {
  /** 订单号 → row × LINE_SPAN + line of its only line so far, or −(index + 1) into `multi`. */
  private readonly byOrder = new Map<string, number>();
  private readonly multi: Array<number[] | Map<number, number>> = [];

  /** The row where (orderNo, lineNo) was first seen; undefined when new (it is then remembered at `row`). */
  firstRow(orderNo: string, lineNo: number, row: number): number | undefined {
    const seen = this.byOrder.get(orderNo);
    if (seen === undefined) {
      const key = detached(orderNo);
      if (lineNo < LINE_SPAN) this.byOrder.set(key, row * LINE_SPAN + lineNo);
      else this.byOrder.set(key, -this.multi.push([lineNo, row]));
      return undefined;
    }
    if (seen >= 0) {
      const firstLine = seen % LINE_SPAN;
      const firstRow = (seen - firstLine) / LINE_SPAN;
      if (firstLine === lineNo) return firstRow;
      this.byOrder.set(orderNo, -this.multi.push([firstLine, firstRow, lineNo, row]));
      return undefined;
    }
    const index = -seen - 1;
    const lines = this.multi[index] as number[] | Map<number, number>;
    if (lines instanceof Map) {
      const first = lines.get(lineNo);
      if (first === undefined) lines.set(lineNo, row);
      return first;
    }
    for (let i = 0; i < lines.length; i += 2) if (lines[i] === lineNo) return lines[i + 1];
    if (lines.length < 2 * SCAN_LIMIT) lines.push(lineNo, row);
    else {
      const map = new Map<number, number>();
      for (let i = 0; i < lines.length; i += 2) map.set(lines[i] as number, lines[i + 1] as number);
      map.set(lineNo, row);
      this.multi[index] = map;
    }
    return undefined;
  }
}
