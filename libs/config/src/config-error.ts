/** A missing or malformed configuration: the message names every problem (never a secret's value). */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** One environment variable: how it is parsed, whether it may be missing, its default. */
export interface VarSpec<T> {
  readonly kind: string;
  readonly optional: boolean;
  readonly default?: T;
  readonly description?: string;
  parse(raw: string): T; // throws Error with a human reason
}
