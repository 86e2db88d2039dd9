import { transitionSide } from './applications.service';
import { placementChannel } from './placement-channel';
import { experienceMonths, screen } from './screening';

describe('application transitions', () => {
  it('lets the employer move one step along the pipeline or reject, the seeker withdraw, nothing leave a final state', () => {
    expect(transitionSide('APPLIED', 'SHORTLISTED')).toBe('EMPLOYER');
    expect(transitionSide('SHORTLISTED', 'INTERVIEW')).toBe('EMPLOYER');
    expect(transitionSide('INTERVIEW', 'OFFERED')).toBe('EMPLOYER');
    expect(transitionSide('OFFERED', 'HIRED')).toBe('EMPLOYER');
    expect(transitionSide('APPLIED', 'HIRED')).toBeUndefined();
    expect(transitionSide('APPLIED', 'INTERVIEW')).toBeUndefined();
    expect(transitionSide('INTERVIEW', 'REJECTED')).toBe('EMPLOYER');
    expect(transitionSide('OFFERED', 'WITHDRAWN')).toBe('SEEKER');
    for (const final of ['HIRED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect(transitionSide(final, 'REJECTED')).toBeUndefined();
      expect(transitionSide(final, 'WITHDRAWN')).toBeUndefined();
    }
  });
});

describe('placement channel', () => {
  it('is AKAN overseas, AKL inside the seeker province, AKAD elsewhere', () => {
    expect(placementChannel({ overseas: true, workRegionCode: '33.74', seekerRegionCode: '33.74' })).toBe('AKAN');
    expect(placementChannel({ overseas: false, workRegionCode: '33.74', seekerRegionCode: '33.74' })).toBe('AKL');
    expect(placementChannel({ overseas: false, workRegionCode: '33.01', seekerRegionCode: '33.74' })).toBe('AKL');
    expect(placementChannel({ overseas: false, workRegionCode: '31.71', seekerRegionCode: '33.74' })).toBe('AKAD');
  });
});

describe('screening notes', () => {
  it('counts experience months once and notes unmet rules without refusing', () => {
    expect(
      experienceMonths(
        [
          { position: 'a', employer: 'b', kbjiCode: '', fromMonth: '2020-01', toMonth: '2020-12' },
          { position: 'a', employer: 'c', kbjiCode: '', fromMonth: '2020-07', toMonth: '2021-06' },
        ],
        '2026-11',
      ),
    ).toBe(18);
    const notes = screen(
      { sex: 2, birthDate: '1995-03-12', educationLevel: 'SMA', experience: [] },
      {
        sexRequirement: 'MALE',
        ageMin: 18,
        ageMax: 25,
        minEducation: 'D3',
        experienceMonthsMin: 12,
        overseas: true,
        destinationCountry: 'MY',
      },
      '2026-11-01',
    );
    expect(notes.map((n) => n.rule)).toEqual(['SEX', 'AGE', 'EDUCATION', 'EXPERIENCE', 'OVERSEAS']);
    expect(
      screen(
        { sex: 1, birthDate: '1995-03-12', educationLevel: 'S1', experience: [] },
        {
          sexRequirement: 'ANY',
          ageMin: null,
          ageMax: null,
          minEducation: 'D3',
          experienceMonthsMin: 0,
          overseas: false,
          destinationCountry: null,
        },
        '2026-11-01',
      ),
    ).toEqual([]);
  });
});
