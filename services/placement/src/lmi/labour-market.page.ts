import type { placementV1 } from '@siapkerja/contracts';

/**
 * The public labour-market page (Bahasa Indonesia): a server-rendered HTML document with inline SVG charts, no script and
 * no front-end build. Everything shown is an aggregate the placement service already decided is public (graduate outcomes
 * arrive suppressed). Every value is escaped.
 */
const esc = (s: unknown) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const num = (s: string | number) => Number(s).toLocaleString('id-ID');
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const monthName = (m: string) => `${BULAN[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;

/** Horizontal bars: open positions against supply (job seekers + recent graduates) per occupation group. */
function supplyDemandChart(rows: placementV1.LabourMarketRow__Output[]): string {
  const top = rows.slice(0, 10);
  if (top.length === 0) return '<p>Belum ada data penawaran dan permintaan tenaga kerja untuk bulan ini.</p>';
  const max = Math.max(1, ...top.flatMap((r) => [Number(r.openPositions), Number(r.jobSeekers) + Number(r.recentGraduates)]));
  const rowH = 34;
  const w = 640;
  const barW = (n: number) => Math.round((n / max) * 380);
  const bars = top
    .map((r, i) => {
      const y = 10 + i * rowH;
      const supply = Number(r.jobSeekers) + Number(r.recentGraduates);
      return `<g>
  <text x="0" y="${y + 12}" font-size="11">${esc(r.kbjiGroup)} ${esc(r.label.slice(0, 28))}</text>
  <rect class="bar-demand" x="220" y="${y}" width="${barW(Number(r.openPositions))}" height="12" fill="#d9534f"><title>Lowongan terbuka: ${num(r.openPositions)}</title></rect>
  <text x="${224 + barW(Number(r.openPositions))}" y="${y + 10}" font-size="10">${num(r.openPositions)}</text>
  <rect class="bar-supply" x="220" y="${y + 14}" width="${barW(supply)}" height="12" fill="#337ab7"><title>Pencari kerja dan lulusan: ${num(supply)}</title></rect>
  <text x="${224 + barW(supply)}" y="${y + 24}" font-size="10">${num(supply)}</text>
</g>`;
    })
    .join('\n');
  return `<svg id="grafik-penawaran-permintaan" role="img" aria-label="Lowongan terbuka dibanding pencari kerja per golongan jabatan" width="${w}" height="${20 + top.length * rowH}" viewBox="0 0 ${w} ${20 + top.length * rowH}" xmlns="http://www.w3.org/2000/svg">
${bars}
</svg>
<p class="legenda"><span style="color:#d9534f">&#9632;</span> Lowongan terbuka (permintaan) &nbsp; <span style="color:#337ab7">&#9632;</span> Pencari kerja + lulusan pelatihan (penawaran)</p>`;
}

/** Lines of the 12-month trend: job seekers on the register and open positions at each month's end. */
function trendChart(trend: placementV1.LabourMarketTrendPoint__Output[]): string {
  const w = 640;
  const h = 200;
  const max = Math.max(1, ...trend.flatMap((t) => [Number(t.jobSeekers), Number(t.openPositions)]));
  const x = (i: number) => 40 + Math.round((i * (w - 60)) / Math.max(1, trend.length - 1));
  const y = (v: number) => h - 30 - Math.round((v / max) * (h - 50));
  const line = (k: 'jobSeekers' | 'openPositions') => trend.map((t, i) => `${x(i)},${y(Number(t[k]))}`).join(' ');
  const labels = trend
    .map((t, i) =>
      i % 2 === 0 ? `<text x="${x(i)}" y="${h - 10}" font-size="10" text-anchor="middle">${esc(t.month.slice(2))}</text>` : '',
    )
    .join('');
  return `<svg id="grafik-tren" role="img" aria-label="Tren 12 bulan" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" xmlns="http://www.w3.org/2000/svg">
  <line x1="40" y1="${h - 30}" x2="${w - 20}" y2="${h - 30}" stroke="#999"/>
  <polyline fill="none" stroke="#337ab7" stroke-width="2" points="${line('jobSeekers')}"><title>Pencari kerja</title></polyline>
  <polyline fill="none" stroke="#d9534f" stroke-width="2" points="${line('openPositions')}"><title>Lowongan terbuka</title></polyline>
  <text x="40" y="14" font-size="10">maks. ${num(max)}</text>
  ${labels}
</svg>
<p class="legenda"><span style="color:#337ab7">&#9632;</span> Pencari kerja terdaftar &nbsp; <span style="color:#d9534f">&#9632;</span> Lowongan terbuka</p>`;
}

const pct = (c: placementV1.OutcomeCell__Output | null) =>
  !c
    ? '-'
    : c.status === 'SUPPRESSED'
      ? 'disembunyikan'
      : c.status === 'NOT_MEASURABLE'
        ? 'belum dapat diukur'
        : `${((c.value ?? 0) * 100).toFixed(1)}%`;
const count = (c: placementV1.OutcomeCell__Output | null) => (!c ? '-' : c.status === 'SUPPRESSED' ? '&lt; min.' : num(c.value ?? 0));

export function labourMarketPage(l: placementV1.LabourMarket__Output): string {
  const shortage = l.rows.filter((r) => r.shortage);
  const outcomes = l.outcomes.filter((o) => o.programId);
  const total = l.outcomes.find((o) => !o.programId);
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Informasi Pasar Kerja ${esc(l.regionName)} - ${esc(monthName(l.month))}</title>
<style>
body{font-family:system-ui,Arial,sans-serif;margin:24px;color:#222;max-width:960px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ccc;padding:4px 6px;text-align:right}
th:first-child,td:first-child,td.teks{text-align:left}.kurang{color:#b52b27;font-weight:bold}.legenda{font-size:12px}
</style>
</head>
<body>
<h1>Informasi Pasar Kerja: <span id="wilayah">${esc(l.regionName)}</span> (${esc(l.regionCode)})</h1>
<p>Keadaan akhir bulan <strong id="bulan">${esc(monthName(l.month))}</strong>. Sumber: SIAPKerja (Karirhub, Skillhub, Sertihub, TKM dan laporan Disnaker).</p>

<h2>Penawaran dan permintaan tenaga kerja per golongan jabatan (KBJI 2014)</h2>
${supplyDemandChart(l.rows)}
<table id="tabel-penawaran-permintaan">
<thead><tr><th>Golongan jabatan</th><th>Pencari kerja</th><th>Lulusan pelatihan belum bekerja</th><th>Lowongan</th><th>Formasi terbuka</th><th>Selisih</th></tr></thead>
<tbody>
${l.rows
  .map(
    (r) =>
      `<tr data-kbji="${esc(r.kbjiGroup)}"><td>${esc(r.kbjiGroup)} ${esc(r.label)}</td><td>${num(r.jobSeekers)}</td><td>${num(r.recentGraduates)}</td><td>${num(r.openVacancies)}</td><td>${num(r.openPositions)}</td><td class="${r.shortage ? 'kurang' : ''}">${num(r.gap)}${r.shortage ? ' (kekurangan)' : ''}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>

<h2>Tren 12 bulan</h2>
${trendChart(l.trend)}

<h2>Program pelatihan untuk jabatan yang kekurangan tenaga kerja</h2>
${
  shortage.length === 0
    ? '<p>Tidak ada golongan jabatan yang kekurangan tenaga kerja bulan ini.</p>'
    : l.programs.length === 0
      ? '<p>Belum ada program pelatihan untuk jabatan yang kekurangan tenaga kerja.</p>'
      : `<ul id="program-kekurangan">${l.programs.map((p) => `<li>${esc(p.title)} (KBJI ${esc(p.kbjiCode)}, ${esc(p.regionCode)}, kapasitas ${num(p.capacity)})</li>`).join('')}</ul>`
}

<h2>Angka kebekerjaan lulusan pelatihan</h2>
<p>Kelompok dengan lulusan kurang dari batas minimum disembunyikan dan tidak dihitung dalam jumlah.</p>
<table id="tabel-kebekerjaan">
<thead><tr><th>Program</th><th>Kohort</th><th>Lulusan</th><th>Bekerja &le; 6 bulan</th><th>Angka kebekerjaan</th></tr></thead>
<tbody>
${outcomes
  .map(
    (o) =>
      `<tr><td class="teks">${esc(o.programTitle)}</td><td>${esc(o.cohortMonth)}</td><td>${count(o.graduates)}</td><td>${count(o.placed_6m)}</td><td>${pct(o.employmentRate)}</td></tr>`,
  )
  .join('\n')}
${total ? `<tr><th>Jumlah</th><td></td><td>${count(total.graduates)}</td><td>${count(total.placed_6m)}</td><td>${pct(total.employmentRate)}</td></tr>` : ''}
</tbody>
</table>
</body>
</html>
`;
}
