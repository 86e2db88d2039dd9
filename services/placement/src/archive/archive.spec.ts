import type { PlacementFact } from '../placements/placements.rules';
import { IMPORT_APPLIED_TYPE, IMPORT_BATCH_APPLIED_TYPE, importedFacts, packFacts } from './archive';

describe('import batches in the archive', () => {
  const a = {
    sourceKey: 'IMPORT:client:c1:k1',
    source: 'DISNAKER',
    employerKey: 'nib:9120000000001',
    selfEmployed: false,
    personId: 'p_a',
    kbliCode: '',
    overseas: false,
    sex: 2,
    placedOn: '2026-10-12',
  } as unknown as PlacementFact;
  const b = { ...a, sourceKey: 'IMPORT:client:c1:k2', employerId: '0b7e5c1a-3f4d-4c1e-9a63-2f1b9d8e7c65', overseas: true } as PlacementFact;

  it('packs facts as fields and rows and gives them back as they were (absent fields absent, in order)', () => {
    const packed = JSON.parse(JSON.stringify(packFacts([a, b])));
    expect(packed.rows).toHaveLength(2);
    expect(packed.fields.filter((f: string) => f === 'sourceKey')).toHaveLength(1);
    const back = importedFacts(IMPORT_BATCH_APPLIED_TYPE, packed)!;
    expect(back).toEqual([a, b]);
    expect('employerId' in back[0]).toBe(false);
  });

  it('reads a single-record envelope of an older archive', () => {
    expect(importedFacts(IMPORT_APPLIED_TYPE, a)).toEqual([a]);
    expect(importedFacts('siapkerja.jobs.placement.recorded', a)).toBeUndefined();
  });
});
