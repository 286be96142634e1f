import type { CompiledLocale } from './locales.js';

/** English wording of the built-in suggestion labels; a locale's `messages` replace it. */
const ENGLISH = {
  replace: 'Replace with “{text}”',
  remove: 'Remove “{text}”',
  insert: 'Insert “{text}”',
} as const;

export type LabelKind = keyof typeof ENGLISH;

/** A suggestion label in the draft's language, English where the locale has none. */
export function label(kind: LabelKind, text: string, locale: CompiledLocale): string {
  const template = locale.locale.messages[kind] ?? ENGLISH[kind];
  return template.replace('{text}', text.trim());
}
