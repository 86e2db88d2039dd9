import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { FieldViolation } from '@siapkerja/errors';
import { FieldValidationException } from './problem.filter';

function flatten(errors: ValidationError[], parent = ''): FieldViolation[] {
  const out: FieldViolation[] = [];
  for (const e of errors) {
    const field = parent ? (/^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`) : e.property;
    for (const description of Object.values(e.constraints ?? {})) out.push({ field, description });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
const MEMOIZED = Symbol.for('siapkerja.validation-metadata-memo');

/**
 * class-validator resolves a class's rules on every validate() call, for the body and for each nested object, by testing
 * the class against every decorated class it knows (`prototype instanceof` over all of them, then filters;
 * typestack/class-validator#2686). The gateway registers hundreds of request classes, so each request paid a scan of all
 * of them (about 1.5 % of the gateway's CPU under the vacancy-create load, measured by issue 15's bench).
 *
 * The answer only depends on the arguments and on the metadata registered, which is complete once the classes are
 * loaded: it is kept per class and argument set, and every registration of new metadata drops what is kept (so a class
 * loaded late can never be answered from an older scan). The grouping by property the validator does next is kept with
 * it. Idempotent: the storage is the process's one global storage.
 */
export function memoizeValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  const marked = storage as MetadataStorage & { [MEMOIZED]?: true };
  if (marked[MEMOIZED]) return;
  marked[MEMOIZED] = true;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let resolved = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  storage.addValidationMetadata = (metadata: ValidationMetadata) => {
    resolved = new WeakMap();
    grouped = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (typeof target !== 'function') return lookup(target, schema, always, strictGroups, groups);
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups ? groups.join('\u0001') : '-'}`;
    let byArgs = resolved.get(target);
    if (!byArgs) resolved.set(target, (byArgs = new Map()));
    let found = byArgs.get(key);
    if (!found) byArgs.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
}

/** Unknown fields and wrong types are refused; every violation is reported by field. */
export function createValidationPipe(): ValidationPipe {
  memoizeValidationMetadata();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new FieldValidationException(flatten(errors)),
  });
}
