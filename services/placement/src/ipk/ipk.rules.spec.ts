import {
  buildTable,
  invariantHolds,
  kbjiMajorOf,
  kbliMainGroupOf,
  SEEKER_COLUMNS,
  seekerValues,
  VACANCY_COLUMNS,
  vacancyValues,
} from './ipk.rules';

describe('IPK rules', () => {
  it('derives remaining = carried over + registered - placed - removed per sex and in total, with a TOTAL row', () => {
    const t = buildTable(
      'x',
      'x',
      SEEKER_COLUMNS,
      [{ key: '20-29', label: '20-29 tahun' }],
      seekerValues([
        { key: '20-29', sex: 1, carried_over: 3, registered: 2, placed: 1, removed: 1 },
        { key: '20-29', sex: 2, carried_over: 1, registered: 0, placed: 0, removed: 1 },
        { key: '55+', sex: 2, carried_over: 0, registered: 1, placed: 0, removed: 0 },
      ]),
    );
    const at = (key: string, col: string) => t.rows.find((r) => r.key === key)!.values[SEEKER_COLUMNS.indexOf(col)];
    expect(at('20-29', 'remaining_male')).toBe(3);
    expect(at('20-29', 'remaining_female')).toBe(0);
    expect(at('55+', 'remaining_total')).toBe(1);
    expect(at('TOTAL', 'remaining_total')).toBe(4);
    expect(invariantHolds(t)).toBe(true);
    const v = buildTable(
      'v',
      'v',
      VACANCY_COLUMNS,
      [],
      vacancyValues([{ key: '43', carried_over: 5, registered: 0, filled: 2, removed: 3 }]),
    );
    expect(v.rows[0].values).toEqual([5, 0, 2, 3, 0]);
    expect(invariantHolds(v)).toBe(true);
  });

  it('groups KBJI by major group and KBLI by main group', () => {
    expect(kbjiMajorOf('7411')).toBe('7');
    expect(kbjiMajorOf(undefined)).toBe('');
    expect(kbliMainGroupOf('62019')).toBe('62');
    expect(kbliMainGroupOf('')).toBe('');
  });
});
