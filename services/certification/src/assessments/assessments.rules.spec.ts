import { assessorRefusal, decisionOf, eligibility } from './assessments.rules';

const scheme = { id: 's1', code: 'SKM-1', competencyUnits: ['J.620100.001.01', 'J.620100.002.01'], minExperienceMonths: 12 };
const training = {
  programId: 'p1',
  programTitle: 'Web Dasar',
  competencyUnits: ['J.620100.001.01', 'J.620100.002.01', 'J.620100.003.01'],
  certificationSchemeId: '',
  outcomeDate: '2026-10-01',
};

describe('assessment rules', () => {
  it('meets a training prerequisite with a completed program covering every unit, and says which', () => {
    const r = eligibility({ ...scheme, prerequisite: 'TRAINING' }, 0, [training]);
    expect(r.eligible).toBe(true);
    expect(r.reason).toContain('"Web Dasar" (p1) completed on 2026-10-01');
    expect(eligibility({ ...scheme, prerequisite: 'TRAINING' }, 0, [{ ...training, competencyUnits: ['J.620100.001.01'] }]).eligible).toBe(
      false,
    );
    expect(
      eligibility({ ...scheme, prerequisite: 'TRAINING' }, 0, [{ ...training, competencyUnits: [], certificationSchemeId: 's1' }]).eligible,
    ).toBe(true);
    expect(eligibility({ ...scheme, prerequisite: 'TRAINING' }, 99, []).reason).toContain('needs a completed training program');
  });

  it('meets an experience prerequisite with enough months; either for TRAINING_OR_EXPERIENCE; NONE always', () => {
    expect(eligibility({ ...scheme, prerequisite: 'EXPERIENCE' }, 11, [training]).eligible).toBe(false);
    expect(eligibility({ ...scheme, prerequisite: 'EXPERIENCE' }, 12, []).eligible).toBe(true);
    expect(eligibility({ ...scheme, prerequisite: 'TRAINING_OR_EXPERIENCE' }, 0, [training]).eligible).toBe(true);
    expect(eligibility({ ...scheme, prerequisite: 'TRAINING_OR_EXPERIENCE' }, 24, []).eligible).toBe(true);
    expect(eligibility({ ...scheme, prerequisite: 'NONE' }, 0, []).eligible).toBe(true);
  });

  it('refuses an assessor outside his areas, after his registration, or beyond his daily capacity', () => {
    const a = { name: 'Asesor A', competenceAreas: ['J.620100.001.01'], registrationValidUntil: '2027-01-31', dailyCapacity: 2 };
    expect(assessorRefusal(a, scheme, '2026-12-10', 0)).toContain('outside the competence areas');
    expect(assessorRefusal({ ...a, competenceAreas: ['SKM-1'] }, scheme, '2026-12-10', 0)).toBeUndefined();
    const full = { ...a, competenceAreas: scheme.competencyUnits };
    expect(assessorRefusal(full, scheme, '2026-12-10', 1)).toBeUndefined();
    expect(assessorRefusal(full, scheme, '2027-02-01', 0)).toContain('registration');
    expect(assessorRefusal(full, scheme, '2026-12-10', 2)).toContain('daily capacity 2');
  });

  it('decides competent only when every unit is K; BK units are to retake', () => {
    expect(decisionOf([{ unitCode: 'a', verdict: 'K', notes: '' }])).toEqual({ competent: true, unitsToRetake: [] });
    expect(
      decisionOf([
        { unitCode: 'a', verdict: 'K', notes: '' },
        { unitCode: 'b', verdict: 'BK', notes: 'ulang' },
      ]),
    ).toEqual({ competent: false, unitsToRetake: ['b'] });
    expect(decisionOf([]).competent).toBe(false);
  });
});
