/**
 * Hunspell flags in any of the .aff file's FLAG formats (one character, two
 * characters `long`, comma-separated numbers `num`, `UTF-8` characters), each
 * turned into one UTF-16 code unit, so that a word's flag set is a short string
 * and testing a flag is `indexOf`.
 */
export type FlagFormat = 'char' | 'long' | 'num' | 'UTF-8';

/** Interned flags start in the Private Use Area, where no one-character flag of these dictionaries lives. */
const FIRST_INTERNED = 0xe000;

export class Flags {
  private readonly interned = new Map<string, string>();
  /** AF aliases: `word/3` in the .dic (or in an affix's continuation) means the third AF line's flags. */
  readonly aliases: string[] = [];

  constructor(public format: FlagFormat = 'char') {}

  /** One flag as written (a header's flag, FORBIDDENWORD's value). */
  one(raw: string): string {
    return this.parse(raw).charAt(0);
  }

  /** A flag field as written in the .dic or after an affix's `/`: aliases resolved. */
  field(raw: string): string {
    if (this.aliases.length > 0 && /^\d+$/.test(raw)) return this.aliases[Number(raw) - 1] ?? '';
    return this.parse(raw);
  }

  /** A flag field in the file's format (an AF line's value is never an alias). */
  parse(raw: string): string {
    // The common case (one BMP character per flag) needs no interning at all.
    if ((this.format === 'char' || this.format === 'UTF-8') && !/[\ud800-\udfff]/.test(raw)) return raw;
    const parts = this.format === 'num' ? raw.split(',').filter(Boolean) : this.format === 'long' ? (raw.match(/[\s\S]{1,2}/g) ?? []) : Array.from(raw);
    let out = '';
    for (const p of parts) out += this.intern(p);
    return out;
  }

  private intern(flag: string): string {
    if (flag.length === 1 && this.format !== 'num') return flag;
    let code = this.interned.get(flag);
    if (code === undefined) this.interned.set(flag, (code = String.fromCharCode(FIRST_INTERNED + this.interned.size)));
    return code;
  }
}

/** Whether a flag set (as `Flags` returns it) holds a flag; the empty flag is never held. */
export function has(set: string, flag: string): boolean {
  // By length, not `!== ''`: compiled code that has only met one-byte flags (English) then still fits a two-byte one (Czech Ů).
  return flag.length !== 0 && set.indexOf(flag) >= 0;
}
