import type { Draft } from './context.js';

/** Fields that write the customer's own name (a greeting formula is built from it once the name is known). */
const NAME_FIELD = /\{(?:name|givenName|familyName|firstName|lastName|vocative|vocativeMale|vocativeFemale|greeting|salutation)\}/;

/**
 * Whether `raw` (a suggestion's text before its fields are filled) put at [start, end) would write the customer's name
 * (audience.name) into a canned response, which goes to many customers, or over a name placeholder ("Ahoj
 * {{…first_name}}" → "Dobrý deň, pani Šimková"): such text is not offered, so a template keeps its placeholder.
 */
export function writesNameIntoTemplate(d: Draft, start: number, end: number, raw: string): boolean {
  if (!d.name || !NAME_FIELD.test(raw)) return false;
  return d.template || d.tokens.some((t) => t.placeholder && t.start < end && t.end > start);
}
