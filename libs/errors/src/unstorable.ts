/** The field holding the string, and why it cannot be stored (the shape of a FieldViolation). */
type Unstorable = { field: string; description: string };

/**
 * What no text field may hold: a NUL (PostgreSQL `text` cannot hold U+0000), a UTF-16 surrogate without its pair (no
 * UTF-8 form: the driver would store U+FFFD instead), and the other control characters (C0 but tab, line feed and
 * carriage return; DEL; C1): terminal escapes, bells and the like are never part of a name, an address or a description,
 * and would reach officers' screens, exports and logs as they are.
 */
const UNSTORABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

function describe(s: string): string | undefined {
  const m = UNSTORABLE.exec(s);
  if (!m) return undefined;
  if (m[0] === '\u0000') return 'must not contain a NUL character (U+0000)';
  if (m[0] >= '\uD800') return 'must not contain an unpaired UTF-16 surrogate (not valid Unicode text)';
  return `must not contain a control character (${codePoint(m[0])}; tab, line feed and carriage return are allowed)`;
}

/** The path of a field below `path` as violations name it: `body.items[2]`, `query.q`, `query["a b"]`. */
export function fieldPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * The first string (value or object key) in `value` that PostgreSQL cannot store as sent, named by its path
 * (`body.items[2].title`), or undefined. Walks plain objects and arrays without recursion, so any depth is safe;
 * binary values (Buffer, typed arrays) are not text and are skipped. The path is built only for the string found (a walk
 * of a large clean message, e.g. a bulk batch, allocates no path strings).
 */
export function findUnstorableString(value: unknown, path = ''): Unstorable | undefined {
  // every node reached: its value, its key in its parent and its parent's index (the path of a hit is read from them)
  const values: unknown[] = [value];
  const keys: (string | number)[] = [''];
  const parents: number[] = [-1];
  const pathOf = (i: number): string => {
    const chain: (string | number)[] = [];
    for (let j = i; j > 0; j = parents[j]) chain.push(keys[j]);
    return chain.reduceRight<string>((p, k) => fieldPath(p, k), path);
  };
  const stack: number[] = [0];
  while (stack.length) {
    const i = stack.pop()!;
    const v = values[i];
    if (typeof v === 'string') {
      const description = describe(v);
      if (description) return { field: pathOf(i), description };
    } else if (Array.isArray(v)) {
      for (let k = v.length - 1; k >= 0; k--) {
        stack.push(values.push(v[k]) - 1);
        keys.push(k);
        parents.push(i);
      }
    } else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) && !(v instanceof ArrayBuffer)) {
      const own = Object.keys(v);
      // keys are checked in order before any value below them, as values are reached in order
      for (let k = 0; k < own.length; k++) {
        const description = describe(own[k]);
        if (description) return { field: fieldPath(pathOf(i), own[k]), description: `the key ${description}` };
      }
      for (let k = own.length - 1; k >= 0; k--) {
        stack.push(values.push((v as Record<string, unknown>)[own[k]]) - 1);
        keys.push(own[k]);
        parents.push(i);
      }
    }
  }
  return undefined;
}

/**
 * False when the JSON text cannot parse into an unstorable string: it holds no NUL, no DEL or C1 control character (JSON
 * text may hold those raw), no UTF-16 surrogate and no `\u` escape (the only ways to write one). One scan of the text,
 * so a parser can skip {@link findUnstorableString} for most records; true means: walk the parsed value.
 */
export const jsonMayHoldUnstorable = (jsonText: string): boolean => /\\u|[\u0000\u007f-\u009f]|[\uD800-\uDFFF]/.test(jsonText);
