/** A token of stream-json's parser with packed values. */
export interface JsonToken {
  name: string;
  value?: unknown;
}

type Container = Record<string, unknown> | unknown[];

/**
 * Builds one JSON value from stream-json tokens (as JSON.parse would: `__proto__` becomes an own
 * property, never the prototype). `feed` answers true when the value is complete.
 */
export class JsonBuilder {
  value: unknown = undefined;
  private current: Container | undefined;
  private key: string | null = null;
  private readonly stack: [Container, string | null][] = [];

  feed(token: JsonToken): boolean {
    switch (token.name) {
      case 'startObject':
      case 'startArray':
        if (this.current) this.stack.push([this.current, this.key]);
        this.current = token.name === 'startObject' ? {} : [];
        this.key = null;
        return false;
      case 'endObject':
      case 'endArray': {
        const done = this.current;
        const parent = this.stack.pop();
        if (!parent) {
          this.value = done;
          this.current = undefined;
          return true;
        }
        [this.current, this.key] = parent;
        this.save(done);
        return false;
      }
      case 'keyValue':
        this.key = String(token.value);
        return false;
      case 'stringValue':
        return this.primitive(token.value);
      case 'numberValue':
        return this.primitive(Number(token.value));
      case 'nullValue':
        return this.primitive(null);
      case 'trueValue':
        return this.primitive(true);
      case 'falseValue':
        return this.primitive(false);
      default:
        return false;
    }
  }

  private primitive(value: unknown): boolean {
    if (!this.current) {
      this.value = value;
      return true;
    }
    this.save(value);
    return false;
  }

  private save(value: unknown): void {
    if (Array.isArray(this.current)) this.current.push(value);
    else if (this.key === '__proto__') Object.defineProperty(this.current, this.key, { value, enumerable: true, writable: true, configurable: true });
    else this.current![this.key!] = value;
  }
}
