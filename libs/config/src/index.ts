/**
 * Typed configuration read from the environment and validated at start-up.
 * A missing or malformed variable stops the process with a message naming it.
 */
import { ConfigError, type VarSpec } from './config-error';

export { ConfigError, type VarSpec };
export { trustProxy } from './trust-proxy';

type Opts<T> = { default?: T; optional?: boolean; description?: string };

function spec<T>(kind: string, opts: Opts<T>, parse: (raw: string) => T): VarSpec<T> {
  return { kind, optional: opts.optional ?? opts.default !== undefined, default: opts.default, description: opts.description, parse };
}

export function str(opts: Opts<string> & { pattern?: RegExp; choices?: readonly string[] } = {}): VarSpec<string> {
  return spec('string', opts, (raw) => {
    if (opts.choices && !opts.choices.includes(raw)) throw new Error(`must be one of ${opts.choices.join(', ')}`);
    if (opts.pattern && !opts.pattern.test(raw)) throw new Error(`must match ${opts.pattern}`);
    return raw;
  });
}

export function oneOf<const C extends readonly string[]>(choices: C, opts: Opts<C[number]> = {}): VarSpec<C[number]> {
  return spec('enum', opts, (raw) => {
    if (!choices.includes(raw)) throw new Error(`must be one of ${choices.join(', ')}`);
    return raw as C[number];
  });
}

export function int(opts: Opts<number> & { min?: number; max?: number } = {}): VarSpec<number> {
  return spec('integer', opts, (raw) => {
    if (!/^-?\d+$/.test(raw.trim())) throw new Error('must be an integer');
    const n = Number(raw);
    if (opts.min !== undefined && n < opts.min) throw new Error(`must be >= ${opts.min}`);
    if (opts.max !== undefined && n > opts.max) throw new Error(`must be <= ${opts.max}`);
    return n;
  });
}

export function port(opts: Opts<number> = {}): VarSpec<number> {
  return int({ ...opts, min: 0, max: 65535 });
}

export function bool(opts: Opts<boolean> = {}): VarSpec<boolean> {
  return spec('boolean', opts, (raw) => {
    const v = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
    throw new Error('must be true or false');
  });
}

export function url(opts: Opts<string> & { protocols?: string[] } = {}): VarSpec<string> {
  return spec('url', opts, (raw) => {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      throw new Error('must be a URL');
    }
    if (opts.protocols && !opts.protocols.includes(u.protocol.replace(/:$/, ''))) {
      throw new Error(`must use ${opts.protocols.join(' or ')}`);
    }
    return raw;
  });
}

/** host:port */
export function address(opts: Opts<string> = {}): VarSpec<string> {
  return spec('address', opts, (raw) => {
    if (!/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/.test(raw)) throw new Error('must be host:port');
    return raw;
  });
}

export function list(opts: Opts<string[]> & { item?: RegExp } = {}): VarSpec<string[]> {
  return spec('list', opts, (raw) => {
    const items = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length === 0) throw new Error('must be a comma-separated list with at least one item');
    for (const i of items) if (opts.item && !opts.item.test(i)) throw new Error(`item "${i}" must match ${opts.item}`);
    return items;
  });
}

export function secret(opts: Opts<string> & { minLength?: number } = {}): VarSpec<string> {
  return spec('secret', opts, (raw) => {
    if (raw.length < (opts.minLength ?? 16)) throw new Error(`must be at least ${opts.minLength ?? 16} characters`);
    return raw;
  });
}

export type ConfigSpec = Record<string, VarSpec<unknown>>;
export type ConfigOf<S extends ConfigSpec> = {
  [K in keyof S]: S[K] extends VarSpec<infer T> ? (S[K]['optional'] extends true ? T | undefined : T) : never;
};

/**
 * Reads every variable of `spec` from `env`; collects all problems and throws one ConfigError
 * naming each variable (never the value of a secret).
 */
export function loadConfig<S extends ConfigSpec>(
  specs: S,
  env: Record<string, string | undefined> = process.env,
): { [K in keyof S]: S[K] extends VarSpec<infer T> ? T : never } {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, s] of Object.entries(specs)) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      if (s.default !== undefined) out[name] = s.default;
      else if (s.optional) out[name] = undefined;
      else problems.push(`${name} is required (${s.kind}${s.description ? `: ${s.description}` : ''})`);
      continue;
    }
    try {
      out[name] = s.parse(raw);
    } catch (e) {
      const shown = s.kind === 'secret' ? '' : ` (got "${raw.length > 80 ? raw.slice(0, 80) + '…' : raw}")`;
      problems.push(`${name} ${(e as Error).message}${shown}`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze(out) as never;
}

/** For process entry points: print the ConfigError and exit(78, EX_CONFIG) instead of a stack trace. */
export function exitOnConfigError(e: unknown): never {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(78);
  }
  throw e;
}

export * from './key-encryption';
export * from './sealed-key-table';
