/** What the reader wants of a member of the top-level object. */
export type MemberChoice = 'items' | 'value' | 'skip';

/** The reader's side of a JsonRecords: called synchronously, in document order. */
export interface JsonRecordsHandler {
  /** The document is an array or an object; anything else ('other') ends the reading. */
  top(kind: 'array' | 'object' | 'other'): void;
  /**
   * A member of the top-level object is about to start: 'items' (only when `isArray`) hands its
   * items one by one to `item`, 'value' hands the whole value to `value`, 'skip' passes over it
   * without keeping it.
   */
  member(key: string, isArray: boolean): MemberChoice;
  value(key: string, value: unknown): void;
  /** An item of the top-level array (key '') or of a member read as items. */
  item(key: string, value: unknown, index: number): void;
}

/** Broken JSON, with where: the record's pointer (`/services/12`) or the character it stopped at. */
export class JsonReadError extends Error {
  constructor(message: string, readonly pointer?: string) {
    super(pointer === undefined ? message : `${message} (in ${pointer || 'the document'})`);
  }
}

interface Frame {
  container: 'object' | 'array';
  expect: 'first' | 'key' | 'colon' | 'value' | 'next';
  key: string;
  /** For an array: the key it is the value of ('' for the top-level array); its next item's index. */
  index: number;
}

interface Capture {
  purpose: 'key' | 'value' | 'item';
  primitive: boolean;
  keep: boolean;
  parts: string[];
  depth: number;
  inString: boolean;
  escape: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const endsPrimitive = (c: number) => c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COLON || isSpace(c);

/**
 * Reads a JSON document from text chunks and hands over its records one at a time: the items of
 * the top-level array, or the members of the top-level object (an array member item by item, if
 * the handler asks). It only follows the document's outer structure itself; for each record it
 * finds where the record's text ends (tracking nesting, strings and escapes across chunk
 * boundaries) and gives that text to `JSON.parse`, which is several times cheaper per byte than
 * building the record from a streaming parser's token events. Memory holds one record's text.
 */
export class JsonRecords {
  private readonly frames: Frame[] = [];
  private capture: Capture | null = null;
  private done = false;
  /** Characters read before the current chunk, to say where broken structure is. */
  private offset = 0;
  stopped = false;

  constructor(private readonly handler: JsonRecordsHandler) {}

  /** Reads the next chunk of text; a chunk may end anywhere, inside a string or a number too. */
  write(chunk: string): void {
    const n = chunk.length;
    let i = 0;
    while (i < n && !this.stopped) {
      if (this.capture) {
        i = this.continueCapture(chunk, i);
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (isSpace(c)) i += 1;
      else if (this.done) throw this.broken('Unexpected text after the end of the document', i);
      else i = this.structure(chunk, i, c);
    }
    this.offset += n;
  }

  /** The end of the text: throws when the document stopped halfway. */
  end(): void {
    if (this.stopped) return;
    if (this.capture || this.frames.length) throw new JsonReadError('The file ends before the JSON document does', this.pointer());
  }

  private structure(chunk: string, i: number, c: number): number {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) {
      if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
        this.stopped = true;
        this.handler.top('other');
        return i;
      }
      this.frames.push({ container: c === OPEN_BRACE ? 'object' : 'array', expect: 'first', key: '', index: 0 });
      this.handler.top(c === OPEN_BRACE ? 'object' : 'array');
      return i + 1;
    }
    if (frame.container === 'object') {
      if ((frame.expect === 'first' || frame.expect === 'key') && c === QUOTE) return this.startCapture(chunk, i, 'key', true);
      if ((frame.expect === 'first' || frame.expect === 'next') && c === CLOSE_BRACE) return this.close(i);
      if (frame.expect === 'colon' && c === COLON) frame.expect = 'value';
      else if (frame.expect === 'next' && c === COMMA) frame.expect = 'key';
      else if (frame.expect === 'value') {
        const choice = this.handler.member(frame.key, c === OPEN_BRACKET);
        if (choice !== 'items') return this.startCapture(chunk, i, 'value', choice === 'value');
        if (c !== OPEN_BRACKET) throw new Error(`The reader asked for the items of ${frame.key}, which is not an array`);
        frame.expect = 'next';
        this.frames.push({ container: 'array', expect: 'first', key: frame.key, index: 0 });
      } else throw this.broken(`Unexpected ${JSON.stringify(chunk[i])}`, i);
      return i + 1;
    }
    if (frame.expect === 'first' && c === CLOSE_BRACKET) return this.close(i);
    if (frame.expect === 'first' || frame.expect === 'value') return this.startCapture(chunk, i, 'item', true);
    if (c === COMMA) frame.expect = 'value';
    else if (c === CLOSE_BRACKET) return this.close(i);
    else throw this.broken(`Unexpected ${JSON.stringify(chunk[i])}`, i);
    return i + 1;
  }

  private close(i: number): number {
    this.frames.pop();
    if (!this.frames.length) this.done = true;
    return i + 1;
  }

  private startCapture(chunk: string, i: number, purpose: Capture['purpose'], keep: boolean): number {
    const c = chunk.charCodeAt(i);
    if (endsPrimitive(c)) throw this.broken(`Unexpected ${JSON.stringify(chunk[i])}`, i);
    const primitive = c !== QUOTE && c !== OPEN_BRACE && c !== OPEN_BRACKET;
    this.capture = { purpose, primitive, keep, parts: [], depth: 0, inString: false, escape: false };
    return this.continueCapture(chunk, i);
  }

  /** Scans the captured value from `i`; returns where the structure goes on (the chunk's end if the value goes on past it). */
  private continueCapture(chunk: string, i: number): number {
    const capture = this.capture!;
    const n = chunk.length;
    let j = i;
    if (capture.primitive) {
      while (j < n && !endsPrimitive(chunk.charCodeAt(j))) j += 1;
      if (capture.keep) capture.parts.push(chunk.slice(i, j));
      if (j < n) this.finishCapture();
      return j;
    }
    let { depth, inString, escape } = capture;
    for (; j < n; j += 1) {
      const c = chunk.charCodeAt(j);
      if (inString) {
        if (escape) escape = false;
        else if (c === BACKSLASH) escape = true;
        else if (c === QUOTE) {
          inString = false;
          if (depth === 0) break;
        }
      } else if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) break;
    }
    if (j < n) {
      if (capture.keep) capture.parts.push(chunk.slice(i, j + 1));
      this.finishCapture();
      return j + 1;
    }
    if (capture.keep) capture.parts.push(chunk.slice(i));
    Object.assign(capture, { depth, inString, escape });
    return n;
  }

  private finishCapture(): void {
    const capture = this.capture!;
    this.capture = null;
    const frame = this.frames[this.frames.length - 1]!;
    if (capture.purpose === 'key') {
      frame.key = this.parse(capture.parts, this.pointer()) as string;
      frame.expect = 'colon';
      return;
    }
    frame.expect = 'next';
    if (!capture.keep) return;
    if (capture.purpose === 'value') this.handler.value(frame.key, this.parse(capture.parts, `/${frame.key}`));
    else {
      const index = frame.index++;
      this.handler.item(frame.key, this.parse(capture.parts, frame.key ? `/${frame.key}/${index}` : `/${index}`), index);
    }
  }

  private parse(parts: string[], pointer: string): unknown {
    try {
      return JSON.parse(parts.length === 1 ? parts[0]! : parts.join(''));
    } catch (error) {
      throw new JsonReadError((error as Error).message, pointer);
    }
  }

  private pointer(): string {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return '';
    if (frame.container === 'array') return frame.key ? `/${frame.key}/${frame.index}` : `/${frame.index}`;
    return frame.expect === 'first' || frame.expect === 'key' ? '' : `/${frame.key}`;
  }

  private broken(message: string, i: number): JsonReadError {
    return new JsonReadError(`${message} at character ${this.offset + i + 1}`, this.pointer());
  }
}
