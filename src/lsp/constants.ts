// What the protocol thread needs at start, without the settings schema (zod loads when settings arrive).

/** The section of the editor's settings the server reads (`workspace/configuration`, `didChangeConfiguration`). */
export const SECTION = 'replyCoach';

/** Typing pauses this long before a draft is analyzed again. */
export const DEFAULT_DEBOUNCE_MS = 150;
