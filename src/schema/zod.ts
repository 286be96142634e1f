/**
 * The one door to zod in src/: the functional `zod/mini` API, which a bundler
 * can trim to what the schemas use (classic `zod` cannot be tree-shaken).
 *
 * zod/mini ships without error messages ("Invalid input" for everything), so
 * the English locale is installed here, once, before any schema is parsed:
 * every module that builds a schema imports it from this file. The messages
 * are the ones classic zod gives ("Invalid input: expected string, received
 * number", "Unrecognized key: ..."), which our errors print as `path: message`.
 *
 * Schemas name their parsed type `output` (zod's `infer` is the same type): the
 * .d.ts bundler keeps the original name, and `infer<...>` is not valid there.
 */
import { config, type core } from 'zod/mini';
import { en } from 'zod/locales';

config(en());

export {
  _default,
  array,
  boolean,
  custom,
  discriminatedUnion,
  enum,
  extend,
  int,
  intersection,
  literal,
  maximum,
  maxLength,
  minimum,
  nullable,
  minLength,
  number,
  object,
  optional,
  partial,
  pick,
  record,
  refine,
  regex,
  strictObject,
  string,
  superRefine,
  union,
  unknown,
  url,
  type input,
  type output,
} from 'zod/mini';

/** What a failed `safeParse` gives (classic zod's ZodError is one too). */
export type ZodError = core.$ZodError;
