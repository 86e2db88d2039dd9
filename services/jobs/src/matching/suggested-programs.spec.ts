import { PROGRAMS_PER_MATCH, suggestedPrograms, type ProgramTeaching } from './suggested-programs';

const program = (id: string, competencyUnits: string[]): ProgramTeaching => ({
  id,
  title: `Program ${id}`,
  providerName: 'BLK Semarang',
  regionCode: '33.74',
  competencyUnits,
});

describe('suggestedPrograms', () => {
  it('suggests the programs teaching missing units, with the missing units each teaches, those teaching most first', () => {
    const programs = [program('a', ['U1', 'X']), program('b', ['U1', 'U2']), program('c', ['X']), program('d', ['U2'])];
    expect(suggestedPrograms(['U1', 'U2'], programs)).toEqual([
      { id: 'b', title: 'Program b', providerName: 'BLK Semarang', regionCode: '33.74', teaches: ['U1', 'U2'] },
      // ties keep the training service's order (newest first)
      { id: 'a', title: 'Program a', providerName: 'BLK Semarang', regionCode: '33.74', teaches: ['U1'] },
      { id: 'd', title: 'Program d', providerName: 'BLK Semarang', regionCode: '33.74', teaches: ['U2'] },
    ]);
  });

  it('suggests nothing when nothing is missing, and at most PROGRAMS_PER_MATCH programs', () => {
    const many = Array.from({ length: 8 }, (_, i) => program(String(i), ['U1']));
    expect(suggestedPrograms([], many)).toEqual([]);
    expect(suggestedPrograms(['U1'], many).map((p) => p.id)).toEqual(['0', '1', '2', '3', '4']);
    expect(PROGRAMS_PER_MATCH).toBe(5);
  });
});
