import { shownWage } from './vacancies.rules';

describe('vacancy rules', () => {
  it('shows the wage only when the employer shows it (Perpres 57/2023 art. 5)', () => {
    expect(shownWage({ wageHidden: true, wageMin: '4000000', wageMax: '6000000' }, '0')).toEqual({ wageMin: '0', wageMax: '0' });
    expect(shownWage({ wageHidden: false, wageMin: '4000000', wageMax: '6000000' }, '0')).toEqual({
      wageMin: '4000000',
      wageMax: '6000000',
    });
    expect(shownWage({ wageHidden: true, wageMin: 4_000_000, wageMax: 0 }, 0)).toEqual({ wageMin: 0, wageMax: 0 });
    expect(shownWage({ wageHidden: false, wageMin: 4_000_000, wageMax: 0 }, 0)).toEqual({ wageMin: 4_000_000, wageMax: 0 });
  });
});
