/**
 * Type-level checks that a hand-written public type and the type zod infers
 * from its schema are the same, field for field, at every depth. Plain mutual
 * assignability would miss a field one side has as optional and the other
 * lacks, so the deeply required forms must agree as well.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Every field at every depth required (primitives, `string & {}` among them, and functions are compared as they are). */
type Filled<T> = T extends string | number | boolean | bigint | symbol | null | undefined | ((...args: never[]) => unknown)
  ? T
  : T extends readonly (infer E)[]
    ? Filled<E>[]
    : T extends object
      ? { [K in keyof T]-?: Filled<T[K]> }
      : T;

/** `true` when A and B have the same fields, equally optional, with the same types. */
export type Agree<A, B> = Same<A, B> extends true ? Same<Filled<A>, Filled<B>> : false;

/** Compiles only when given `true`: `Assert<Agree<Report, output<typeof ReportSchema>>>`. */
export type Assert<T extends true> = T;
