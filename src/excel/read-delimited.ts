// Streams a CSV file (RFC 4180: comma separated, "quoted" fields with "" for a quote, CRLF or LF) into batches of
// records, without holding the file. The encoding is UTF-8 (a BOM is dropped) unless the start of the file is
// not valid UTF-8, then GB18030 — what Excel writes for "CSV" on a Chinese Windows.
import { DomainError } from '../core/shared/errors.ts';

/** Records per yielded batch. */
const BATCH = 5_000;

const badCsv = (reason: string) =>
  new DomainError(
    'validation',
    'facts.bad_csv',
    [{ path: 'file', message: 'facts.bad_csv', params: { reason } }],
    {
      reason,
    },
  );

/** Text chunks of a byte stream, decoded as UTF-8 or, when its first chunk is not UTF-8, GB18030. */
async function* decode(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (!decoder) {
      try {
        const probe = new TextDecoder('utf-8', { fatal: true });
        probe.decode(chunk.subarray(0, Math.max(0, chunk.length - 4)), { stream: true });
        decoder = new TextDecoder('utf-8', { ignoreBOM: false });
      } catch {
        decoder = new TextDecoder('gb18030');
      }
    }
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield rest;
  }
}

/** The file's records in batches; every record is an array of field texts, blank records included. */
export async function* readDelimited(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string[][]> {
  let batch: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let afterQuote = false;
  let first = true;
  let pendingCr = false;

  for await (let text of decode(chunks)) {
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    let i = 0;
    const n = text.length;
    if (pendingCr && n > 0 && text.charCodeAt(0) === 10) {
      start = i = 1;
    }
    pendingCr = false;
    while (i < n) {
      if (inQuotes) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(start, n);
          start = i = n;
          break;
        }
        if (q + 1 >= n) {
          // A quote at the end of the chunk: decided by the next chunk.
          field += text.slice(start, q);
          inQuotes = false;
          afterQuote = true;
          start = i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          field += `${text.slice(start, q)}"`;
          start = i = q + 2;
          continue;
        }
        field += text.slice(start, q);
        inQuotes = false;
        afterQuote = true;
        start = i = q + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (afterQuote && c === 34) {
        // "" split across chunks: a literal quote, still inside the field.
        field += '"';
        inQuotes = true;
        afterQuote = false;
        start = i = i + 1;
        continue;
      }
      if (c === 44) {
        record.push(field + text.slice(start, i));
        field = '';
        afterQuote = false;
        start = ++i;
      } else if (c === 10 || c === 13) {
        record.push(field + text.slice(start, i));
        field = '';
        afterQuote = false;
        batch.push(record);
        record = [];
        if (c === 13) {
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === 10) i++;
          } else pendingCr = true;
        }
        start = ++i;
        if (batch.length >= BATCH) {
          // Yield between chunks only; keep the position in this chunk.
          const out = batch;
          batch = [];
          field += '';
          yield out;
        }
      } else if (c === 34 && start === i && field === '') {
        inQuotes = true;
        start = ++i;
      } else if (afterQuote) {
        throw badCsv(`unexpected text after a closing quote in record ${batch.length + 1}`);
      } else i++;
    }
    if (start < n) field += text.slice(start, n);
  }
  if (inQuotes) throw badCsv('a quoted field is not closed');
  if (field !== '' || record.length > 0) {
    record.push(field);
    batch.push(record);
  }
  if (batch.length > 0) yield batch;
}
