// Hot queries compiled once: Kysely builds and compiles a query on every call, which on the account list cost
// as much CPU as PostgreSQL running it. The query is built with named placeholders, compiled on first use, and
// afterwards only its parameters are filled in (the SQL text is the same, so PostgreSQL reuses its plan too).
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { DB } from '../schema.ts';

const MARK = '\u0000kd-param:';

/**
 * Returns a runner for the query `build` makes from its parameters object. `build` must use each parameter
 * only as a value (where, limit, offset…), never to choose the query's shape: one compiled text serves all.
 */
export function compiledOnce<P extends object, R>(
  db: Kysely<DB>,
  build: (params: P) => Compilable<R>,
): (params: P) => Promise<R[]> {
  let compiled: CompiledQuery<R> | undefined;
  return async (params) => {
    if (!compiled) {
      const marks = new Proxy({}, { get: (_, key) => `${MARK}${String(key)}` }) as P;
      compiled = build(marks).compile();
    }
    const values = params as Record<string, unknown>;
    const parameters = compiled.parameters.map((p) => {
      if (typeof p !== 'string' || !p.startsWith(MARK))
        throw new Error(`compiledOnce: parameter ${String(p)} is not a placeholder`);
      return values[p.slice(MARK.length)];
    });
    return (await db.executeQuery<R>({ ...compiled, parameters })).rows;
  };
}
