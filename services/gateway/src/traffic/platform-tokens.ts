import * as tokens from '../platform/tokens';

/** The gateway platform's injection tokens (kept as a function so existing call sites stay unchanged). */
export function platformConfig(): typeof tokens {
  return tokens;
}
