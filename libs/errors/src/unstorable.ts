/** The field holding the string, and why it cannot be stored (the shape of a FieldViolation). */
type Unstorable = { field: string; description: string };

/** A NUL (PostgreSQL `text` cannot hold U+0000) or a UTF-16 surrogate without its pair (no UTF-8 form: the driver would store U+FFFD instead). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describe(s: string): string | undefined {
  const m = UNSTORABLE.exec(s);
  if (!m) return undefined;
  return m[0] === '\u0000'
    ? 'must not contain a NUL character (U+0000)'
    : 'must not contain an unpaired UTF-16 surrogate (not valid Unicode text)';
}

function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * The first string (value or object key) in `value` that PostgreSQL cannot store as sent, named by its path
 * (`body.items[2].title`), or undefined. Walks plain objects and arrays without recursion, so any depth is safe;
 * binary values (Buffer, typed arrays) are not text and are skipped.
 */
export function findUnstorableString(value: unknown, path = ''): Unstorable | undefined {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (typeof v === 'string') {
      const description = describe(v);
      if (description) return { field: p, description };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], child(p, i)]);
    } else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) && !(v instanceof ArrayBuffer)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        const description = describe(k);
        if (description) return { field: child(p, k), description: `the key ${description}` };
        stack.push([(v as Record<string, unknown>)[k], child(p, k)]);
      }
    }
  }
  return undefined;
}
