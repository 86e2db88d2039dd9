import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** Unknown fields and wrong types are refused; every violation is reported by field. */
export function createValidationPipe(): ValidationPipe {
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
