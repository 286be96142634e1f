/** Scores a stream of rows in input order on this thread; the pool (pool.ts) spreads the same work over threads. */
import type { Coach } from '../coach/coach.js';
import type { RowResult, SequencedRow } from './schema.js';
import { scoreRow } from './score-row.js';

export async function* scoreSequentially(coach: Coach, rows: AsyncIterable<SequencedRow> | Iterable<SequencedRow>): AsyncGenerator<RowResult> {
  for await (const { seq, row } of rows) yield scoreRow(coach, seq, row);
}
