/**
 * The gateway platform's injection tokens, looked up when Nest resolves them (`forwardRef`) rather
 * than imported while the files load: platform/config imports this module's config spec, so a
 * top-level import would be a require cycle that sees undefined (or uninitialised) exports
 * depending on which file loads first.
 */
export function platformConfig(): typeof import('../platform/config') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../platform/config') as typeof import('../platform/config');
}
