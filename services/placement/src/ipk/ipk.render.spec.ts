import ExcelJS from 'exceljs';
import { headings, ipkCsv, ipkXlsx, type IpkFormView } from './ipk.render';

const form: IpkFormView = {
  form: 'III/1',
  title: 'Pencari kerja menurut golongan umur dan jenis kelamin',
  regionCode: '33.74',
  regionName: 'KOTA SEMARANG',
  month: '2026-10',
  tables: [
    {
      name: 'job_seekers_by_age_band',
      title: 'Pencari kerja',
      columns: ['carried_over_male', 'carried_over_female', 'carried_over_total', 'remaining_male', 'remaining_female', 'remaining_total'],
      rows: [
        { key: '20-29', label: '20-29 tahun, "muda"', values: [1, 1, 2, 1, 0, 1] },
        { key: 'TOTAL', label: 'Jumlah', values: [1, 1, 2, 1, 0, 1] },
      ],
    },
  ],
};

describe('IPK rendering', () => {
  it('heads each measure over L / P / L+P', () => {
    expect(headings(['carried_over_male', 'carried_over_female', 'total', 'registered'])).toEqual([
      { group: 'Sisa akhir bulan lalu', sub: 'L' },
      { group: 'Sisa akhir bulan lalu', sub: 'P' },
      { group: 'Jumlah', sub: 'L+P' },
      { group: 'Terdaftar bulan ini', sub: '' },
    ]);
  });
  it('writes CSV sections with quoted labels', () => {
    const csv = ipkCsv([form]).split('\n');
    expect(csv[0]).toBe(
      'form,region,month,table,key,label,carried_over_male,carried_over_female,carried_over_total,remaining_male,remaining_female,remaining_total',
    );
    expect(csv[1]).toBe('III/1,33.74,2026-10,job_seekers_by_age_band,20-29,"20-29 tahun, ""muda""",1,1,2,1,0,1');
  });
  it('lays the workbook out like the form: title, region, month, merged two-row headings, numbered rows and the total', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await ipkXlsx([form])) as never);
    const ws = wb.getWorksheet('IPK III-1')!;
    expect([ws.getCell('A1').value, ws.getCell('A3').value, ws.getCell('A4').value]).toEqual([
      'FORMULIR IPK III/1',
      'Wilayah: KOTA SEMARANG (33.74)',
      'Bulan: 2026-10',
    ]);
    // headings on rows 7-8: "Sisa akhir bulan lalu" merged over C7:E7, L / P / L+P below
    expect(ws.getCell('C7').value).toBe('Sisa akhir bulan lalu');
    expect(ws.getCell('E7').isMerged).toBe(true);
    expect([ws.getCell('C8').value, ws.getCell('D8').value, ws.getCell('E8').value]).toEqual(['L', 'P', 'L+P']);
    expect([ws.getCell('A9').value, ws.getCell('B9').value, ws.getCell('E9').value]).toEqual([1, '20-29 tahun, "muda"', 2]);
    expect(ws.getCell('B10').value).toBe('Jumlah');
    expect(ws.getRow(10).font?.bold).toBe(true);
  });
});
