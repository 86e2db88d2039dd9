import { PersonIdentity } from '@siapkerja/identity';
import { TEST_PERSON_SECRET, testNik } from '@siapkerja/testing';
import { importSource, parsePlacementRecord } from './imports.rules';

const identity = new PersonIdentity(TEST_PERSON_SECRET);
const officer = { sub: 'o', roles: ['DISNAKER_REGENCY' as const], regionCode: '33.74' };
const record = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    kind: 'placement',
    key: 'r1',
    nik: testNik('3374', '1995-04-02', 2),
    regionCode: '33.74',
    channel: 'AKL',
    workRegionCode: '33.74',
    employerNib: '9120001234567',
    employerType: 'PRIVATE',
    kbjiCode: '7411',
    kbliCode: '43211',
    educationLevel: 'SMK',
    placedOn: '2026-10-05',
    ...over,
  });
const parse = (json: string) => parsePlacementRecord(json, 'r1', 'account:o', 'DISNAKER', officer, identity, '2026-12-01');

describe('placement import records', () => {
  it('turns the NIK into the person id, sex and age band, and never keeps the NIK', () => {
    const nik = testNik('3374', '1995-04-02', 2);
    const r = parsePlacementRecord(record({ nik }), 'r1', 'account:o', 'DISNAKER', officer, identity, '2026-12-01');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fact.personId).toBe(identity.personId(nik));
    expect(r.fact.sex).toBe(2);
    expect(r.fact.ageBand).toBe('30-44');
    expect(r.fact.kbliMainGroup).toBe('43');
    expect(r.fact.employerKey).toBe('nib:9120001234567');
    expect(JSON.stringify(r.fact)).not.toContain(nik);
  });
  it('rejects records outside the uploader region (403) and bad fields (400) naming the field', () => {
    const out = parse(record({ regionCode: '33.73' }));
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(JSON.parse(out.problemJson)).toMatchObject({ status: 403, code: 'PERMISSION_DENIED', errors: [{ field: 'regionCode' }] });
    const bad = parse(record({ nik: '123', channel: 'X', placedOn: '2027-01-01', employerId: 'x' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(JSON.parse(bad.problemJson).errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['nik', 'channel', 'placedOn', 'employerNib']),
      );
    // every refusal carries its code, as the jobs and training services' receipts do
    if (!bad.ok) expect(JSON.parse(bad.problemJson)).toMatchObject({ status: 400, code: 'INVALID_ARGUMENT' });
    const nul = parse(record({ kbjiCode: 'a\u0000' }));
    expect(nul.ok).toBe(false);
    if (!nul.ok)
      expect(JSON.parse(nul.problemJson)).toMatchObject({ status: 400, code: 'INVALID_ARGUMENT', errors: [{ field: 'kbjiCode' }] });
    const notJson = parse('not json');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(JSON.parse(notJson.problemJson)).toMatchObject({ status: 400, code: 'INVALID_ARGUMENT' });
  });
  it('names who may import', () => {
    expect(importSource(officer)).toBe('DISNAKER');
    expect(importSource({ sub: 'm', roles: ['MINISTRY_ADMIN'] })).toBe('MINISTRY');
    expect(importSource({ sub: 'p', roles: ['TRAINING_PROVIDER'] })).toBe('TRAINING_PROVIDER');
    expect(importSource({ sub: 's', roles: ['JOB_SEEKER'] })).toBeUndefined();
  });
});
