import data from './pl-vocative.json' with { type: 'json' };

const EXCEPTIONS: Readonly<Record<string, string>> = data.exceptions;
/** Longest ending first. */
const ENDINGS = [...(data.endings as [string, string][])].sort((a, b) => b[0].length - a[0].length);

/** Gives `form` the capitalisation of `like` (first letter; all capitals stay all capitals). */
export function matchCase(form: string, like: string): string {
  if (like.length > 1 && like === like.toLocaleUpperCase() && like !== like.toLocaleLowerCase()) return form.toLocaleUpperCase();
  const first = like.charAt(0);
  if (first !== first.toLocaleLowerCase()) return form.charAt(0).toLocaleUpperCase() + form.slice(1);
  return form;
}

/**
 * The vocative of a Polish given name ("Anna" → "Anno", "Kasia" → "Kasiu",
 * "Tomasz" → "Tomaszu", "Piotr" → "Piotrze", "Paweł" → "Pawle"). A feminine
 * name that does not end in -a, and any name no rule covers, keeps its
 * nominative: the nominative is a safer greeting than a wrong case.
 */
export function polishVocative(name: string, gender?: 'male' | 'female'): string {
  // Double names decline part by part ("Anna Maria" → "Anno Mario", "Anna-Maria" → "Anno-Mario").
  if (/[\s-]/.test(name)) return name.split(/([\s-]+)/).map((p, i) => (i % 2 ? p : polishVocative(p, gender))).join('');
  const lower = name.toLocaleLowerCase('pl');
  if (lower.length < 2 || !/^\p{L}+$/u.test(lower)) return name;
  const exception = EXCEPTIONS[lower];
  if (exception !== undefined) return matchCase(exception, name);
  if (gender === 'female' && !lower.endsWith('a')) return name;
  for (const [ending, replacement] of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    if (replacement === '') return name;
    return matchCase(lower.slice(0, lower.length - ending.length) + replacement, name);
  }
  return name;
}
