/**
 * Whole-file JSON exports, streamed: a top-level array of records, or an API page that
 * holds its records in an array (Zendesk `tickets`, Help Scout `_embedded.conversations`)
 * next to side-loaded `users` and `groups`. stream-json tokenizes the file; each record is
 * assembled on its own and let go, so memory holds one record, whatever the file's size.
 * An object with no record array (one ticket, one conversation) is a single record.
 */
import { pipeline, Transform, type Readable } from 'node:stream';
import { parser, type Token } from 'stream-json/parser.js';
import { Assembler } from 'stream-json/assembler.js';

/** What an element of a known array is. */
export type JsonPart = 'record' | 'user' | 'group';

/** Arrays that hold records or side-loads, by their path from the top. */
const CONTAINERS: Record<string, JsonPart> = {
  '': 'record',
  tickets: 'record',
  '_embedded.conversations': 'record',
  users: 'user',
  groups: 'group',
};

export interface JsonItem {
  part: JsonPart;
  value: unknown;
  /** "tickets[3]", "[12]": where the element sits. */
  path: string;
}

const SKIP = Symbol('skip');

interface Frame {
  array: boolean;
  /** Key of the value being read in an object frame; index of the last element in an array frame. */
  key: string | number;
}

/**
 * Splits a token stream into the elements of the known arrays; what lies outside them is
 * assembled as the top-level object, which is itself the record when no record array was met.
 */
class Splitter extends Transform {
  private readonly frames: Frame[] = [];
  /** The array being split, by its depth in `frames` and what its elements are. */
  private container: { depth: number; part: JsonPart; name: string } | undefined;
  /** The element being assembled, or SKIP for one not wanted (its tokens are passed over until it ends). */
  private element: Assembler | typeof SKIP | undefined;
  private top: Assembler | undefined;
  private sawRecords = false;

  constructor(private readonly want: ReadonlySet<JsonPart>) {
    super({ objectMode: true });
  }

  private pathOf(depth: number): string {
    return this.frames
      .slice(0, depth)
      .map((f) => String(f.key))
      .join('.');
  }

  /** Called before a value starts: advances the index of an enclosing array. */
  private valueStarts(): void {
    const frame = this.frames.at(-1);
    if (frame?.array) frame.key = (frame.key as number) + 1;
  }

  override _transform(token: Token, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    try {
      this.accept(token);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private accept(token: Token): void {
    const starts = token.name === 'startObject' || token.name === 'startArray';
    const ends = token.name === 'endObject' || token.name === 'endArray';
    const isValue = starts || token.name === 'stringValue' || token.name === 'numberValue' || token.name === 'nullValue' || token.name === 'trueValue' || token.name === 'falseValue';
    if (token.name === 'keyValue') {
      this.frames.at(-1)!.key = token.value;
      this.feed(token);
      return;
    }
    if (isValue) this.valueStarts();
    // An element of the array being split starts here.
    if (this.container && this.frames.length === this.container.depth + 1 && isValue && !this.element) {
      const { part, name } = this.container;
      const index = this.frames.at(-1)!.key as number;
      if (!starts) {
        if (this.want.has(part)) this.output(part, (token as { value: unknown }).value, `${name}[${index}]`);
        return;
      }
      if (this.want.has(part)) (this.element = Assembler.assembler()).consume(token);
      else this.element = SKIP;
      this.frames.push({ array: token.name === 'startArray', key: token.name === 'startArray' ? -1 : '' });
      return;
    }
    if (starts) {
      const path = this.pathOf(this.frames.length);
      const part = token.name === 'startArray' && !this.container && !this.element ? CONTAINERS[path] : undefined;
      if (part) {
        this.container = { depth: this.frames.length, part, name: path };
        if (part === 'record') this.sawRecords = true;
        // The top-level object keeps a null where the array was: it is read element by element instead.
        if (this.top) this.top.consume({ name: 'nullValue', value: null });
        this.frames.push({ array: true, key: -1 });
        return;
      }
      if (!this.element && !this.container && this.frames.length === 0 && token.name === 'startObject') this.top = Assembler.assembler();
      this.feed(token);
      this.frames.push({ array: token.name === 'startArray', key: token.name === 'startArray' ? -1 : '' });
      return;
    }
    if (ends) {
      this.frames.pop();
      if (this.container && this.frames.length === this.container.depth) {
        this.container = undefined;
        return;
      }
      this.feed(token);
      return;
    }
    this.feed(token);
  }

  /** Gives a token to the element being assembled, or to the top-level object; emits an element when it is complete. */
  private feed(token: Token): void {
    if (this.element === SKIP) {
      // An element not wanted ends when its own end token brings the depth back to the array's.
      if (this.frames.length === this.container!.depth + 1) this.element = undefined;
      return;
    }
    if (this.element) {
      this.element.consume(token);
      if (this.element.done) {
        const { part, name } = this.container!;
        const index = this.frames.at(-1)!.key as number;
        this.output(part, this.element.current, `${name}[${index}]`);
        this.element = undefined;
      }
      return;
    }
    if (this.top && !this.container) this.top.consume(token);
  }

  private output(part: JsonPart, value: unknown, path: string): void {
    this.push({ part, value, path } satisfies JsonItem);
  }

  override _flush(done: (error?: Error | null) => void): void {
    // One object with no record array in it (a single ticket or conversation) is the record.
    if (this.top?.done && !this.sawRecords && this.want.has('record')) this.push({ part: 'record', value: this.top.current, path: '' } satisfies JsonItem);
    done();
  }
}

/** The elements of a whole-file JSON document's record and side-load arrays, in file order. */
export async function* jsonItems(bytes: Readable, want: ReadonlySet<JsonPart>): AsyncGenerator<JsonItem> {
  const splitter = new Splitter(want);
  pipeline(bytes, parser.asStream({ packValues: true, streamValues: false }), splitter, () => {});
  yield* splitter;
}
