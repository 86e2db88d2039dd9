import type { Caller } from '@siapkerja/authz';
import { regionWithin } from '@siapkerja/authz';
import {
  canonicalRegionCode,
  ipkAgeBandOn,
  isEducationLevel,
  isKbji,
  isKbli,
  isRegionCode,
  parseYmd,
  validateKbli,
  validateNik,
  wibMidnightIso,
} from '@siapkerja/codes';
import { findUnstorableString, jsonMayHoldUnstorable, problem, type FieldViolation } from '@siapkerja/errors';
import type { PersonIdentity } from '@siapkerja/identity';
import { isUuid } from '@siapkerja/persistence';
import { kbliMainGroupOf } from '../ipk/ipk.rules';
import { CHANNELS, EMPLOYER_TYPES, type PlacementFact, type PlacementSource } from '../placements/placements.rules';

/**
 * Bulk placement records (kind `placement`, /work IMPORTS-CONTRACT): who may upload, and each record's validation into a
 * placement fact. The NIK is turned into the person id here and goes no further (never stored, archived or logged).
 *
 * Record fields: nik (16 digits; sex and birth date are read from it), regionCode (regency NN.NN where the placement is
 * counted: the seeker's, or the business's for self-employment; inside the uploader's region), channel (AKL, AKAD, AKAN),
 * workRegionCode (regency of the work place; optional for AKAN), destinationCountry (AKAN, ISO alpha-2, optional),
 * exactly one of employerNib (13 digits), employerId (uuid, a Karirhub employer) or selfEmployed: true, employerType,
 * kbjiCode, kbliCode (optional), educationLevel, placedOn (YYYY-MM-DD, not in the future).
 */

/** The source a caller's uploads are recorded under; undefined: the caller may not import placements. */
export function importSource(caller: Caller | undefined): PlacementSource | undefined {
  const roles = caller?.roles ?? [];
  if (roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if ((roles.includes('DISNAKER_REGENCY') || roles.includes('DISNAKER_PROVINCE')) && caller?.regionCode) return 'DISNAKER';
  if (roles.includes('TRAINING_PROVIDER')) return 'TRAINING_PROVIDER';
  if (roles.includes('PARTNER')) return 'PARTNER';
  return undefined;
}

/** The source key of an uploaded record (placement_sources.source_key): its uploader's scope and its key. */
export const importSourceKey = (scope: string, key: string) => `IMPORT:${scope}:${key}`;

export type RecordResult = { ok: true; fact: PlacementFact } | { ok: false; problemJson: string };

/** The gRPC code name of each status a record is refused with (the receipts of the jobs and training services carry it too). */
const CODE_OF_STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 403: 'PERMISSION_DENIED' };

const reject = (status: number, detail: string, errors: FieldViolation[] = []) => ({
  ok: false as const,
  problemJson: JSON.stringify(problem(status, detail, { code: CODE_OF_STATUS[status], ...(errors.length ? { errors } : {}) })),
});

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function parsePlacementRecord(
  json: string,
  key: string,
  scope: string,
  source: PlacementSource,
  caller: Caller | undefined,
  identity: PersonIdentity,
  today: string,
): RecordResult {
  let r: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return reject(400, 'The record must be a JSON object', [{ field: 'json', description: 'must be a JSON object' }]);
    r = parsed as Record<string, unknown>;
  } catch {
    return reject(400, 'The record is not valid JSON', [{ field: 'json', description: 'must be valid JSON' }]);
  }
  const bad = jsonMayHoldUnstorable(json) ? findUnstorableString(r) : undefined;
  if (bad) return reject(400, 'The record has a string that cannot be stored or holds a control character', [bad]);
  const errors: FieldViolation[] = [];
  const check = (ok: boolean, field: string, description: string) => {
    if (!ok) errors.push({ field, description });
  };
  check(!!key && key.length <= 200, 'key', 'must be 1-200 characters');
  check(r.kind === 'placement', 'kind', 'must be "placement"');
  const nik = validateNik(r.nik);
  check(nik.valid, 'nik', 'must be a valid 16-digit NIK');
  const regionCode = str(r.regionCode) ?? '';
  check(isRegionCode(regionCode, 'regency'), 'regionCode', 'must be an existing regency code NN.NN');
  const channel = str(r.channel) ?? '';
  check((CHANNELS as readonly string[]).includes(channel), 'channel', 'must be AKL, AKAD or AKAN');
  const workRegionCode = str(r.workRegionCode) ?? '';
  check(
    channel === 'AKAN' ? workRegionCode === '' || isRegionCode(workRegionCode, 'regency') : isRegionCode(workRegionCode, 'regency'),
    'workRegionCode',
    'must be an existing regency code NN.NN (optional for AKAN)',
  );
  check(
    r.destinationCountry === undefined || /^[A-Z]{2}$/.test(String(r.destinationCountry)),
    'destinationCountry',
    'must be ISO 3166-1 alpha-2',
  );
  const nib = str(r.employerNib);
  const employerId = str(r.employerId);
  const selfEmployed = r.selfEmployed === true;
  check(
    [nib !== undefined, employerId !== undefined, selfEmployed].filter(Boolean).length === 1,
    'employerNib',
    'give exactly one of employerNib, employerId or selfEmployed: true',
  );
  check(nib === undefined || /^\d{13}$/.test(nib), 'employerNib', 'must be 13 digits');
  check(employerId === undefined || isUuid(employerId), 'employerId', 'must be a uuid');
  const employerType = str(r.employerType) ?? '';
  check((EMPLOYER_TYPES as readonly string[]).includes(employerType), 'employerType', `must be one of ${EMPLOYER_TYPES.join(', ')}`);
  const kbjiCode = str(r.kbjiCode) ?? '';
  check(isKbji(kbjiCode), 'kbjiCode', 'must be a KBJI 2014 code');
  const kbliCode = str(r.kbliCode) ?? '';
  check(kbliCode === '' || isKbli(kbliCode), 'kbliCode', 'must be a KBLI 2020 code');
  const educationLevel = str(r.educationLevel) ?? '';
  check(isEducationLevel(educationLevel), 'educationLevel', 'must be NONE, SD, SMP, SMA, SMK, D1, D2, D3, D4, S1, S2 or S3');
  const placedOn = str(r.placedOn) ?? '';
  const placedDate = parseYmd(placedOn);
  check(!!placedDate && placedOn <= today, 'placedOn', 'must be a date YYYY-MM-DD, not in the future');
  const ageBand = nik.valid && placedDate ? ipkAgeBandOn(nik.birthDate, placedOn) : undefined;
  check(!nik.valid || !placedDate || !!ageBand, 'nik', 'the person must be at least 15 on placedOn');
  if (errors.length) return reject(400, 'The record has invalid fields', errors);
  // valid codes, in the one form stored, counted and scoped (' 33.73', '33.73\n' and '3373' are all 33.73)
  const region = canonicalRegionCode(regionCode);
  const workRegion = canonicalRegionCode(workRegionCode); // '' (AKAN) stays ''
  if (caller?.regionCode && source === 'DISNAKER' && !regionWithin(region, caller.regionCode)) {
    return reject(403, `Region ${region} is outside the uploader's region ${caller.regionCode}`, [
      { field: 'regionCode', description: `must be inside ${caller.regionCode}` },
    ]);
  }
  if (!nik.valid) return reject(400, 'invalid nik');
  const personId = identity.personId(nik.nik);
  return {
    ok: true,
    fact: {
      sourceKey: importSourceKey(scope, key),
      source,
      ...(employerId ? { employerId } : {}),
      employerKey: selfEmployed ? `self:${personId}` : nib ? `nib:${nib}` : employerId!,
      selfEmployed,
      personId,
      employerType,
      kbjiCode,
      // as the classification writes it: the check takes the category letter too (F43211, F.43211 are the class 43211)
      kbliCode: kbliCode && (validateKbli(kbliCode) as { code: string }).code,
      kbliMainGroup: kbliMainGroupOf(kbliCode),
      regionCode: region,
      workRegionCode: workRegion,
      overseas: channel === 'AKAN',
      channel,
      sex: nik.sex,
      educationLevel,
      ageBand: ageBand!,
      placedAt: wibMidnightIso(placedOn),
      placedOn,
    },
  };
}
