import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Schema } from './schema.ts';

type Slot = { arg: number } | { value: unknown };

/**
 * A query built once and run many times with new values. On the hottest reads (every signed-in
 * request) Kysely's builder cost more than the database running the query, so the SQL text is
 * made once — with marker values in the places of the arguments — and reused. Arguments must
 * be plain values (they become bound parameters), never parts of the SQL itself.
 */
export class PreparedQuery<A extends unknown[], R> {
  private template?: { sql: string; slots: Slot[] };

  constructor(private readonly build: (db: Kysely<Schema>, ...args: A) => Compilable<R>) {}

  /** Runs on `db` (the database or a transaction: the SQL is the same for both). */
  async all(db: Kysely<Schema>, ...args: A): Promise<R[]> {
    const { sql, slots } = (this.template ??= this.compile(db, args.length));
    const parameters = slots.map((s) => ('arg' in s ? args[s.arg] : s.value));
    return (await db.executeQuery<R>(CompiledQuery.raw(sql, parameters) as CompiledQuery<R>)).rows;
  }

  async first(db: Kysely<Schema>, ...args: A): Promise<R | undefined> {
    return (await this.all(db, ...args))[0];
  }

  private compile(db: Kysely<Schema>, arity: number): { sql: string; slots: Slot[] } {
    const markers = Array.from({ length: arity }, (_, i) => `\u0000prepared-argument-${i}\u0000`);
    const compiled = this.build(db, ...(markers as A)).compile();
    const slots = compiled.parameters.map((p): Slot => {
      const arg = markers.indexOf(p as string);
      return arg >= 0 ? { arg } : { value: p };
    });
    const used = new Set(slots.flatMap((s) => ('arg' in s ? [s.arg] : [])));
    if (used.size !== arity) throw new Error('PreparedQuery: every argument must be a bound value');
    return { sql: compiled.sql, slots };
  }
}
