import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { validateNib, validateNpwp, type NpwpOptions } from './business-ids';
import { toYmd, formatYmd } from './dates';
import { validateKbji } from './kbji';
import { validateKbli, type KbliOptions } from './kbli';
import { validateNik, type NikOptions } from './nik';
import { getRegion, normalizeRegionCode, regionLevelByFormat, type RegionLevel } from './region';
import type { InvalidResult } from './result';
import { toSex } from './sex';
import { validateSkkniUnit } from './skkni';

/**
 * class-validator decorators for DTOs. Each one runs the matching pure validator of this library
 * and reports `<property> must be <expected format> (<reason>)` by default.
 */

type Check = (value: unknown, args: ValidationArguments) => { valid: boolean } | InvalidResult;

function makeDecorator(
  name: string,
  expected: string,
  check: Check,
  validationOptions?: ValidationOptions,
  constraints: unknown[] = [],
): PropertyDecorator {
  return (object: object, propertyName: string | symbol): void => {
    registerDecorator({
      name,
      target: object.constructor,
      propertyName: String(propertyName),
      constraints,
      options: validationOptions,
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          return check(value, args).valid;
        },
        defaultMessage(args: ValidationArguments): string {
          const each = validationOptions?.each === true;
          // with `each`, class-validator passes the whole collection: explain the first bad item
          const v = args.value;
          const values: unknown[] = !each ? [v] : Array.isArray(v) ? v : v instanceof Set || v instanceof Map ? [...v.values()] : [v];
          let reason = '';
          for (const item of values) {
            const r = check(item, args);
            if (!r.valid) {
              if ('reason' in r) reason = ` (${r.reason})`;
              break;
            }
          }
          return `${each ? 'each value in ' : ''}${args.property} must be ${expected}${reason}`;
        },
      },
    });
  };
}

export interface IsNikOptions {
  /** Sibling property holding the stated birth date (`YYYY-MM-DD` string or Date) to cross-check. */
  birthDateProperty?: string;
  /** Sibling property holding the stated sex (1/2 or 'MALE'/'FEMALE') to cross-check. */
  sexProperty?: string;
}

/**
 * NIK: 16 digits, real birth date (women day + 40), serial not 0000, known province; when
 * `birthDateProperty` / `sexProperty` are given and those properties hold a usable value,
 * the NIK must agree with them.
 */
export function IsNik(options: IsNikOptions = {}, validationOptions?: ValidationOptions): PropertyDecorator {
  return makeDecorator(
    'isNik',
    'a valid NIK: 16 digits = province 2, regency 2, district 2, birth date DDMMYY (women: day + 40), serial 4 (not 0000)',
    (value, args) => {
      const nikOptions: NikOptions = {};
      const obj = args.object as Record<string, unknown>;
      if (options.birthDateProperty) {
        const d = toYmd(obj[options.birthDateProperty]);
        if (d) nikOptions.birthDate = formatYmd(d);
      }
      if (options.sexProperty) {
        const s = toSex(obj[options.sexProperty]);
        if (s) nikOptions.sex = s;
      }
      return validateNik(value, nikOptions);
    },
    validationOptions,
    [options],
  );
}

/** NIB: 13 digits. */
export function IsNib(validationOptions?: ValidationOptions): PropertyDecorator {
  return makeDecorator('isNib', 'a valid NIB (13 digits)', (value) => validateNib(value), validationOptions);
}

/** NPWP: 16 digits (legacy 15-digit only with `allowLegacy`). */
export function IsNpwp(options: NpwpOptions = {}, validationOptions?: ValidationOptions): PropertyDecorator {
  return makeDecorator(
    'isNpwp',
    options.allowLegacy ? 'a valid NPWP (16 digits, or legacy 15 digits)' : 'a valid NPWP (16 digits)',
    (value) => validateNpwp(value, options),
    validationOptions,
    [options],
  );
}

export interface IsRegionCodeOptions {
  level?: RegionLevel;
}

const REGION_FORMAT: Record<RegionLevel, string> = {
  province: 'province NN',
  regency: 'regency NN.NN',
  district: 'district NN.NN.NN',
  village: 'village NN.NN.NN.NNNN',
};

/**
 * Kemendagri region code that exists in the region data (dotted, or undotted digits), optionally
 * of one level. The value is not rewritten: normalise it with `normalizeRegionCode` before storing.
 */
export function IsRegionCode(options: IsRegionCodeOptions = {}, validationOptions?: ValidationOptions): PropertyDecorator {
  const expected = options.level
    ? `an existing Kemendagri ${options.level} code (${REGION_FORMAT[options.level]})`
    : 'an existing Kemendagri region code (province NN, regency NN.NN, district NN.NN.NN or village NN.NN.NN.NNNN)';
  return makeDecorator(
    'isRegionCode',
    expected,
    (value) => {
      const code = normalizeRegionCode(value);
      if (code === undefined) return { valid: false, reason: 'malformed code' };
      const level = regionLevelByFormat(code)!;
      if (options.level && level !== options.level) return { valid: false, reason: `${code} is a ${level} code` };
      if (!getRegion(code)) return { valid: false, reason: `${code} is not in the region data` };
      return { valid: true };
    },
    validationOptions,
    [options],
  );
}

/** KBJI 2014 occupation code: 1-4 digits, optional `.NN` suffix; known major/sub-major group. */
export function IsKbji(validationOptions?: ValidationOptions): PropertyDecorator {
  return makeDecorator(
    'isKbji',
    'a valid KBJI 2014 code (1 to 4 digits, optional .NN suffix, e.g. 2514.00)',
    (value) => validateKbji(value),
    validationOptions,
  );
}

/** KBLI code: 2-5 digits (optional category letter prefix) with a known main group. */
export function IsKbli(options: KbliOptions = {}, validationOptions?: ValidationOptions): PropertyDecorator {
  return makeDecorator(
    'isKbli',
    `a valid ${options.system ?? 'KBLI'} ${options.version ?? '2020'} code (2 to 5 digits, optionally prefixed by the category letter A-U, e.g. 62019)`,
    (value) => validateKbli(value, options),
    validationOptions,
    [options],
  );
}

/** SKKNI competency unit code: `J.620100.001.01`, or legacy `TIK.PR02.001.01`. */
export function IsSkkniUnit(validationOptions?: ValidationOptions): PropertyDecorator {
  return makeDecorator(
    'isSkkniUnit',
    'a valid SKKNI unit code (A-U.NNNNNN.NNN.NN, e.g. J.620100.001.01, or legacy AAA.XXXX.NNN.NN)',
    (value) => validateSkkniUnit(value),
    validationOptions,
  );
}

/**
 * A number of a query string, read as the decimal text sent ('12', '-3', '2.5'): class-transformer's Number() reads '0x10'
 * as 16, '1e3' as 1000, '0b1' as 1, ' 7 ' as 7 and '' as 0, each a request that asked for something else. Any other text
 * stays as sent, which the number check after it (@IsInt, @IsNumber) refuses naming the field.
 */
export function DecimalNumber(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d{1,16}(\.\d{1,16})?$/.test(value) ? Number(value) : value,
  );
}
