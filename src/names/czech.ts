import { vocative } from 'czech-vocative';

/**
 * The vocative of a Czech surname or given name: "Novák" → "Nováku",
 * "Dvořák" → "Dvořáku", "Svoboda" → "Svobodo"; a woman's surname does not
 * change ("paní Nováková"). The endings table is czech-vocative's (MIT).
 */
export function czechVocative(name: string, gender: 'male' | 'female', surname: boolean): string {
  if (name.length < 2 || !/^[\p{L}'’-]+$/u.test(name)) return name;
  if (gender === 'female' && surname) return name;
  // A woman's given name in -a takes -o (Jana → Jano); other feminine names do not change (Marie, Lucie, Dagmar).
  if (gender === 'female') return /a$/i.test(name) ? name.slice(0, -1) + (name.endsWith('A') ? 'O' : 'o') : name;
  try {
    return vocative(name, false, surname);
  } catch {
    return name;
  }
}
