import ExcelJS from 'exceljs';
import { csvCell } from '@siapkerja/privacy';
import { MEASURE_LABELS, type IpkTable } from './ipk.rules';

/** An IPK form as rendered: its code, title, region and month, and its tables of counts. */
export interface IpkFormView {
  form: string;
  title: string;
  regionCode: string;
  regionName: string;
  month: string;
  tables: IpkTable[];
}

/** Column headings of the official forms (Bahasa Indonesia): the measures' labels and the placement channels. */
const MEASURE: Record<string, string> = { ...MEASURE_LABELS, AKL: 'AKL', AKAD: 'AKAD', AKAN: 'AKAN' };
const SEX = { male: 'L', female: 'P', total: 'L+P' } as Record<string, string>;

/** Two heading rows: the group (measure or channel, merged over its sex columns) and the sex (L, P, L+P). */
export function headings(columns: string[]): { group: string; sub: string }[] {
  return columns.map((c) => {
    const m = /^(.*)_(male|female|total)$/.exec(c);
    if (m) return { group: MEASURE[m[1]] ?? m[1], sub: SEX[m[2]] };
    if (SEX[c]) return { group: 'Jumlah', sub: SEX[c] };
    return { group: c === 'total' ? 'Jumlah' : (MEASURE[c] ?? c), sub: '' };
  });
}

/** CSV: one section per table, each with its heading line (form, table, key, label, then the column codes). */
export function ipkCsv(forms: IpkFormView[]): string {
  const lines: string[] = [];
  for (const f of forms) {
    for (const t of f.tables) {
      lines.push(['form', 'region', 'month', 'table', 'key', 'label', ...t.columns].join(','));
      for (const r of t.rows) lines.push([f.form, f.regionCode, f.month, t.name, r.key, r.label, ...r.values].map(csvCell).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * XLSX laid out like the official forms: one sheet per form, the form code and title, region and month at the top, then
 * each table with its two heading rows (measure merged over L / P / L+P), a number column (No.), the group and the counts,
 * and the Jumlah (total) row in bold.
 */
export async function ipkXlsx(forms: IpkFormView[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIAPKerja';
  for (const f of forms) {
    const ws = wb.addWorksheet(`IPK ${f.form.replace('/', '-')}`);
    ws.addRow([`FORMULIR IPK ${f.form}`]).font = { bold: true, size: 13 };
    ws.addRow([f.title]).font = { bold: true };
    ws.addRow([`Wilayah: ${f.regionName} (${f.regionCode})`]);
    ws.addRow([`Bulan: ${f.month}`]);
    for (const t of f.tables) {
      ws.addRow([]);
      ws.addRow([t.title]).font = { italic: true };
      const h = headings(t.columns);
      const top = ws.addRow(['No.', 'Uraian', ...h.map((x) => x.group)]);
      const sub = ws.addRow(['', '', ...h.map((x) => x.sub)]);
      for (const r of [top, sub]) {
        r.font = { bold: true };
        r.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      }
      // merge each group heading over its sex columns, and No./Uraian over both heading rows
      ws.mergeCells(top.number, 1, sub.number, 1);
      ws.mergeCells(top.number, 2, sub.number, 2);
      for (let i = 0; i < h.length;) {
        let j = i;
        while (j + 1 < h.length && h[j + 1].group === h[i].group && h[i].sub) j++;
        if (j > i) ws.mergeCells(top.number, i + 3, top.number, j + 3);
        else if (!h[i].sub) ws.mergeCells(top.number, i + 3, sub.number, i + 3);
        i = j + 1;
      }
      t.rows.forEach((r, i) => {
        const row = ws.addRow([r.key === 'TOTAL' ? '' : i + 1, r.label, ...r.values]);
        if (r.key === 'TOTAL') row.font = { bold: true };
      });
    }
    ws.getColumn(1).width = 5;
    ws.getColumn(2).width = 40;
    for (let c = 3; c <= ws.columnCount; c++) ws.getColumn(c).width = 11;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
