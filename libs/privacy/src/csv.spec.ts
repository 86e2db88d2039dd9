import { csvCell } from './csv';

describe('csvCell', () => {
  it('quotes what RFC 4180 needs quoted', () => {
    expect(csvCell('Kota Salatiga')).toBe('Kota Salatiga');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(['AKL', 'AKAD'])).toBe('AKL|AKAD');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes a text a spreadsheet would run as a formula as text (CSV injection), numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+62812')).toBe("'+62812");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('2026-03')).toBe('2026-03');
  });
});
