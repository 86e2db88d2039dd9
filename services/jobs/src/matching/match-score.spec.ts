import {
  certificatesComponent,
  MATCH_WEIGHTS,
  occupationComponent,
  regionComponent,
  scoreMatch,
  skillsComponent,
  wageComponent,
  educationComponent,
  type HeldCertificate,
  type MatchSeeker,
  type MatchVacancy,
} from './match-score';

const seeker: MatchSeeker = {
  wantedKbjiCodes: ['7411'],
  skkniUnits: ['D.351100.004.01'],
  skills: ['Instalasi  Listrik', 'PLC'],
  certificates: [],
  educationLevel: 'SMK',
  regionCode: '33.74',
  expectedWage: 5_000_000,
  sex: 2,
  birthDate: '1995-03-12',
};
const vacancy: MatchVacancy = {
  kbjiCode: '7411',
  skkniUnits: ['D.351100.004.01', 'D.351100.010.01'],
  skills: ['instalasi listrik', 'K3 Listrik'],
  minEducation: 'SMK',
  regionCode: '33.74',
  overseas: false,
  destinationCountry: null,
  wageMin: 4_000_000,
  wageMax: 6_000_000,
  wageHidden: false,
  sexRequirement: 'ANY',
  ageMin: null,
  ageMax: null,
};

describe('match score', () => {
  it('weights add up to 1', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('scores occupation by the shared KBJI prefix', () => {
    expect(occupationComponent(['7411'], '7411.01').score).toBe(1);
    expect(occupationComponent(['7412'], '7411').score).toBe(0.6);
    expect(occupationComponent(['7421'], '7411').score).toBe(0.35);
    expect(occupationComponent(['7511'], '7411').score).toBe(0.15);
    expect(occupationComponent(['2512', '7421'], '7411')).toMatchObject({
      score: 0.35,
      reason: expect.stringContaining('7421 shares the KBJI sub-major group 74'),
    });
    expect(occupationComponent(['2512'], '7411')).toMatchObject({ score: 0, reason: expect.stringContaining('no wanted occupation') });
    expect(occupationComponent(['25'], '25').score).toBe(1);
  });

  it('scores skills as the share of the vacancy requirements met and names what is missing', () => {
    const r = skillsComponent(seeker, vacancy);
    expect(r.component.score).toBe(0.5);
    expect(r.missingSkkniUnits).toEqual(['D.351100.010.01']);
    expect(r.missingSkills).toEqual(['K3 Listrik']);
    expect(r.component.reason).toContain('1 of 2 SKKNI units and 1 of 2 skills');
    expect(skillsComponent(seeker, { skkniUnits: [], skills: [] }).component.score).toBe(0.5);
  });

  it('scores education, region and wage', () => {
    expect(educationComponent('SMA', 'SMK').score).toBe(0.4);
    expect(educationComponent('SMP', 'SMK').score).toBe(0);
    expect(educationComponent('D3', 'SMK').score).toBe(1);
    expect(regionComponent('33.74', { regionCode: '33.74', overseas: false, destinationCountry: null }).score).toBe(1);
    expect(regionComponent('33.74', { regionCode: '33.73', overseas: false, destinationCountry: null }).score).toBe(0.6);
    expect(regionComponent('33.74', { regionCode: '31.71', overseas: false, destinationCountry: null }).score).toBe(0.2);
    expect(regionComponent('33.74', { regionCode: '31.71', overseas: true, destinationCountry: 'MY' }).score).toBe(0.5);
    expect(wageComponent(5_000_000, { wageMin: 4_000_000, wageMax: 6_000_000, wageHidden: false }).score).toBe(1);
    expect(wageComponent(7_500_000, { wageMin: 4_000_000, wageMax: 6_000_000, wageHidden: false }).score).toBe(0.5);
    expect(wageComponent(9_000_000, { wageMin: 4_000_000, wageMax: 6_000_000, wageHidden: false }).score).toBe(0);
    expect(wageComponent(5_000_000, { wageMin: 4_000_000, wageMax: 6_000_000, wageHidden: true }).score).toBe(0.5);
  });

  it("counts valid, unexpired certificates for the vacancy's occupation or units, naming them; others never count", () => {
    const today = '2026-11-01';
    const cert = (over: Partial<HeldCertificate> = {}): HeldCertificate => ({
      number: 'LSP-TL 001',
      schemeCode: 'SKM-TL-3',
      competencyUnits: ['D.351100.004.01'],
      kbjiCode: '7411',
      status: 'VALID',
      validUntil: '2029-10-31',
      ...over,
    });
    // same occupation (KBJI unit group): full score, the certificate named in the reason
    const occupation = certificatesComponent([cert()], { kbjiCode: '7411.01', skkniUnits: ['D.351100.004.01', 'D.351100.010.01'] }, today);
    expect(occupation).toMatchObject({ name: 'CERTIFICATES', weight: 0.1, score: 1 });
    expect(occupation.reason).toContain(
      "certificate LSP-TL 001 (scheme SKM-TL-3, valid until 2029-10-31) certifies the vacancy's occupation 7411.01",
    );
    expect(occupation.reason).toContain("certified in 1 of the vacancy's 2 SKKNI units");
    // another occupation: the share of the vacancy's units the certificates cover
    const units = certificatesComponent(
      [cert({ kbjiCode: '3113' }), cert({ number: 'B 2', kbjiCode: '', competencyUnits: ['D.351100.010.01', 'J.620100.001.01'] })],
      { kbjiCode: '7412', skkniUnits: ['D.351100.004.01', 'D.351100.010.01', 'D.351100.020.01'] },
      today,
    );
    expect(units.score).toBeCloseTo(2 / 3, 5);
    expect(units.reason).toMatch(/certified in 2 of the vacancy's 3 SKKNI units by certificate LSP-TL 001 .*, certificate B 2/);
    // neither: 0 with the reason
    expect(
      certificatesComponent(
        [cert({ kbjiCode: '2512', competencyUnits: ['J.620100.001.01'] })],
        { kbjiCode: '7411', skkniUnits: ['D.351100.004.01'] },
        today,
      ),
    ).toMatchObject({
      score: 0,
      reason: expect.stringContaining("cover none of the vacancy's 1 SKKNI units and are for other occupations"),
    });
    expect(certificatesComponent([cert({ kbjiCode: '2512' })], { kbjiCode: '7411', skkniUnits: [] }, today).score).toBe(0);
    // revoked, suspended, expired (by status or already past its last day) never count, and are named
    for (const c of [
      cert({ status: 'REVOKED' }),
      cert({ status: 'SUSPENDED' }),
      cert({ status: 'EXPIRED' }),
      cert({ validUntil: '2026-10-31' }),
    ]) {
      const r = certificatesComponent([c], { kbjiCode: '7411', skkniUnits: ['D.351100.004.01'] }, today);
      expect(r.score).toBe(0);
      expect(r.reason).toMatch(/holds no valid SKKNI competency certificate; 1 not counted \((REVOKED|SUSPENDED|EXPIRED)\)/);
    }
    // the last day of validity still counts
    expect(certificatesComponent([cert({ validUntil: today })], { kbjiCode: '7411', skkniUnits: [] }, today).score).toBe(1);
    const mixed = certificatesComponent(
      [cert({ status: 'REVOKED' }), cert({ number: 'OK 1' })],
      { kbjiCode: '7411', skkniUnits: [] },
      today,
    );
    expect(mixed).toMatchObject({ score: 1, reason: expect.stringMatching(/^certificate OK 1 .*; 1 not counted \(REVOKED\)$/) });
    // and it moves the total by its weight
    const withCert = scoreMatch({ ...seeker, certificates: [cert()] }, vacancy, today);
    expect(withCert.score).toBeCloseTo(scoreMatch(seeker, vacancy, today).score + 0.1, 5);
  });

  it('is the weighted sum, halved when the seeker does not meet a sex or age requirement', () => {
    const r = scoreMatch(seeker, vacancy, '2026-11-01');
    // 0.3*1 + 0.25*0.5 + 0.1*0 + 0.15*1 + 0.1*1 + 0.1*1
    expect(r.score).toBe(0.775);
    expect(r.components.map((c) => c.name)).toEqual(['OCCUPATION', 'SKILLS', 'CERTIFICATES', 'EDUCATION', 'REGION', 'WAGE']);
    expect(r.components.find((c) => c.name === 'CERTIFICATES')?.reason).toContain('no SKKNI competency certificates');
    const male = scoreMatch(seeker, { ...vacancy, sexRequirement: 'MALE', ageMax: 25 }, '2026-11-01');
    expect(male.eligibility).toBe(0.5);
    expect(male.warnings).toEqual(['the vacancy asks for men', 'age 31 is above the maximum 25']);
    expect(male.score).toBeCloseTo(0.3875, 2);
  });
});
