import { invalid } from '@siapkerja/errors';

/** Page cursors: opaque base64url of the last row's sort key. */
export function encodeCursor(v: Record<string, string>): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}

export function decodeCursor(token: string, keys: string[], field = 'pageToken'): Record<string, string> {
  try {
    const v = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (v && typeof v === 'object' && keys.every((k) => typeof v[k] === 'string')) return v as Record<string, string>;
  } catch {
    // fall through
  }
  throw invalid([{ field, description: `${field} must be the nextPageToken of a previous page` }]);
}
