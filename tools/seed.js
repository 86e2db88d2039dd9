#!/usr/bin/env node
// Seeds the jobs database with realistic synthetic Karirhub data:
//   npm run seed -- --vacancies 2000 --seekers 500        (defaults)
//   npm run seed -- --vacancies 1000000                   (benchmark size)
// Options: --database URL (default JOBS_DATABASE_URL, else DATABASE_URL's server with database siapkerja_jobs, else
// postgres://postgres@127.0.0.1:5432/siapkerja_jobs), --employers N (default vacancies/20), --seed N (PRNG seed),
// --quiet. The schema is brought up to date first (the service's own migrations, from dist/ after an SWC build).
// Vacancies are streamed with COPY (pg-copy-streams) over two connections; above 50,000 rows the search indexes are
// dropped during the load and rebuilt after it (much faster than maintaining GIN indexes row by row). Job seekers are
// seeded when the job_seekers table exists, otherwise that is reported as skipped.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { pipeline } = require('node:stream/promises');
const { Readable } = require('node:stream');

const ROOT = path.resolve(__dirname, '..');

// ------------------------------------------------------------------------------------------------ deterministic PRNG
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------------------------------------ reference data
/**
 * Occupations: position names in Indonesian and English with a KBJI 2014 unit group (ISCO-08 based), KBLI 2020 classes
 * of typical employers, an education range, skills and a monthly wage band in rupiah.
 */
const OCCUPATIONS = [
  {
    names: ['Perawat', 'Perawat Pelaksana', 'Staff Nurse', 'Nurse'],
    kbji: '2221',
    kbli: ['86101', '86103', '87101'],
    edu: ['D3', 'S1'],
    skills: ['Asuhan Keperawatan', 'BTCLS', 'Rekam Medis', 'Patient Care'],
    wage: [4_000_000, 9_000_000],
    overseas: 0.08,
  },
  {
    names: ['Bidan', 'Midwife'],
    kbji: '2222',
    kbli: ['86101', '86901'],
    edu: ['D3', 'D4'],
    skills: ['Asuhan Kebidanan', 'APN', 'KB'],
    wage: [3_500_000, 7_000_000],
  },
  {
    names: ['Apoteker', 'Pharmacist'],
    kbji: '2262',
    kbli: ['47721', '86101'],
    edu: ['S1'],
    skills: ['Farmasi Klinis', 'STRA', 'Pelayanan Resep'],
    wage: [5_000_000, 10_000_000],
  },
  {
    names: ['Programmer', 'Software Engineer', 'Pengembang Perangkat Lunak', 'Backend Developer', 'Frontend Developer'],
    kbji: '2512',
    kbli: ['62019', '62011', '63112'],
    edu: ['D3', 'S1'],
    skills: ['JavaScript', 'TypeScript', 'Java', 'PHP', 'SQL', 'Git', 'React', 'Laravel'],
    wage: [6_000_000, 20_000_000],
  },
  {
    names: ['Data Analyst', 'Analis Data', 'Database Administrator'],
    kbji: '2521',
    kbli: ['62019', '63111', '64190'],
    edu: ['S1'],
    skills: ['SQL', 'Python', 'Excel', 'Power BI', 'Statistik'],
    wage: [6_000_000, 15_000_000],
  },
  {
    names: ['Teknisi Jaringan', 'Network Technician', 'IT Support'],
    kbji: '3513',
    kbli: ['61100', '62020', '95110'],
    edu: ['SMK', 'D3'],
    skills: ['Jaringan Komputer', 'Mikrotik', 'Troubleshooting', 'Cisco'],
    wage: [4_000_000, 8_000_000],
  },
  {
    names: ['Operator Produksi', 'Operator Mesin', 'Production Operator', 'Machine Operator'],
    kbji: '8189',
    kbli: ['10750', '13121', '22220', '29300', '15201'],
    edu: ['SMA', 'SMK'],
    skills: ['Mengoperasikan Mesin', 'K3', '5S', 'Quality Control'],
    wage: [3_000_000, 5_500_000],
  },
  {
    names: ['Operator Jahit', 'Penjahit', 'Sewing Operator'],
    kbji: '7533',
    kbli: ['14111', '14120'],
    edu: ['SD', 'SMP', 'SMA'],
    skills: ['Menjahit', 'Mesin Jahit Industri', 'Pola'],
    wage: [2_500_000, 4_500_000],
  },
  {
    names: ['Pengemudi', 'Sopir Truk', 'Driver', 'Kurir'],
    kbji: '8322',
    kbli: ['49431', '52291', '53201'],
    edu: ['SMP', 'SMA'],
    skills: ['SIM B1', 'SIM A', 'Mengemudi Defensif', 'Rute Kota'],
    wage: [3_000_000, 6_000_000],
  },
  {
    names: ['Staf Akuntansi', 'Accounting Staff', 'Akuntan', 'Accountant'],
    kbji: '2411',
    kbli: ['69201', '64121', '46100'],
    edu: ['D3', 'S1'],
    skills: ['Jurnal Umum', 'Perpajakan', 'Accurate', 'Excel', 'Laporan Keuangan'],
    wage: [4_500_000, 12_000_000],
  },
  {
    names: ['Guru', 'Guru Matematika', 'Guru Bahasa Inggris', 'English Teacher'],
    kbji: '2330',
    kbli: ['85210', '85220', '85499'],
    edu: ['S1'],
    skills: ['Mengajar', 'Kurikulum Merdeka', 'Public Speaking'],
    wage: [3_000_000, 8_000_000],
  },
  {
    names: ['Kasir', 'Cashier', 'Pramuniaga', 'Shop Assistant'],
    kbji: '5230',
    kbli: ['47111', '47190', '47711'],
    edu: ['SMA', 'SMK'],
    skills: ['Pelayanan Pelanggan', 'POS', 'Kejujuran'],
    wage: [2_500_000, 4_500_000],
  },
  {
    names: ['Satpam', 'Security Guard', 'Petugas Keamanan'],
    kbji: '5414',
    kbli: ['80100', '68111'],
    edu: ['SMA'],
    skills: ['Gada Pratama', 'Patroli', 'Bela Diri'],
    wage: [3_000_000, 5_000_000],
  },
  {
    names: ['Teknisi Listrik', 'Electrician', 'Instalatir Listrik'],
    kbji: '7411',
    kbli: ['43211', '35101', '41011'],
    edu: ['SMK', 'D3'],
    skills: ['Instalasi Listrik', 'PLC', 'Panel Listrik', 'K3 Listrik'],
    wage: [3_500_000, 7_500_000],
    overseas: 0.05,
  },
  {
    names: ['Customer Service', 'Layanan Pelanggan', 'Call Center Agent'],
    kbji: '4222',
    kbli: ['82200', '64121', '61200'],
    edu: ['SMA', 'D3', 'S1'],
    skills: ['Komunikasi', 'CRM', 'Bahasa Inggris'],
    wage: [3_500_000, 6_000_000],
  },
  {
    names: ['Sales Executive', 'Tenaga Penjual', 'Marketing Lapangan', 'Sales Representative'],
    kbji: '3322',
    kbli: ['46100', '45101', '47111'],
    edu: ['SMA', 'D3', 'S1'],
    skills: ['Negosiasi', 'Prospek Pelanggan', 'Target Penjualan', 'SIM C'],
    wage: [3_500_000, 9_000_000],
  },
  {
    names: ['Admin Gudang', 'Staf Gudang', 'Warehouse Staff', 'Checker Gudang'],
    kbji: '4321',
    kbli: ['52101', '46900', '47111'],
    edu: ['SMA', 'SMK'],
    skills: ['Stock Opname', 'Forklift', 'Excel', 'FIFO'],
    wage: [3_000_000, 5_500_000],
  },
  {
    names: ['Koki', 'Juru Masak', 'Cook', 'Chef de Partie'],
    kbji: '5120',
    kbli: ['56101', '55110'],
    edu: ['SMK', 'D1'],
    skills: ['Masakan Indonesia', 'Food Safety', 'HACCP'],
    wage: [3_500_000, 8_000_000],
    overseas: 0.05,
  },
  {
    names: ['Pelayan Restoran', 'Waiter', 'Waitress', 'Barista'],
    kbji: '5131',
    kbli: ['56101', '56303', '55110'],
    edu: ['SMA', 'SMK'],
    skills: ['Pelayanan Tamu', 'Kopi', 'Bahasa Inggris'],
    wage: [2_500_000, 4_500_000],
  },
  {
    names: ['Tukang Las', 'Welder', 'Juru Las'],
    kbji: '7212',
    kbli: ['25111', '30111', '43299'],
    edu: ['SMP', 'SMK'],
    skills: ['Las SMAW', 'Las TIG', 'Sertifikat Las', 'Membaca Gambar Teknik'],
    wage: [3_500_000, 8_000_000],
    overseas: 0.1,
  },
  {
    names: ['Mekanik', 'Mekanik Alat Berat', 'Mechanic', 'Teknisi Otomotif'],
    kbji: '7231',
    kbli: ['45201', '77100', '05100'],
    edu: ['SMK', 'D3'],
    skills: ['Mesin Diesel', 'Hidrolik', 'Perawatan Berkala'],
    wage: [3_500_000, 9_000_000],
  },
  {
    names: ['Buruh Tani', 'Pekerja Kebun', 'Pemanen Kelapa Sawit', 'Plantation Worker'],
    kbji: '9211',
    kbli: ['01262', '01113', '01134'],
    edu: ['NONE', 'SD', 'SMP'],
    skills: ['Panen', 'Pemupukan', 'Perawatan Tanaman'],
    wage: [2_000_000, 3_500_000],
    overseas: 0.1,
  },
  {
    names: ['Nelayan', 'Anak Buah Kapal', 'Fishing Crew'],
    kbji: '6222',
    kbli: ['03111', '03121'],
    edu: ['SD', 'SMP'],
    skills: ['Menangkap Ikan', 'Navigasi', 'BST'],
    wage: [2_500_000, 6_000_000],
    overseas: 0.25,
  },
  {
    names: ['Pengasuh Lansia', 'Caregiver', 'Perawat Lansia'],
    kbji: '5322',
    kbli: ['87301', '88101'],
    edu: ['SMP', 'SMA'],
    skills: ['Perawatan Lansia', 'Bahasa Mandarin', 'Bahasa Jepang', 'P3K'],
    wage: [3_000_000, 12_000_000],
    overseas: 0.45,
  },
  {
    names: ['Housekeeping', 'Room Attendant', 'Petugas Kebersihan', 'Cleaning Service'],
    kbji: '9112',
    kbli: ['55110', '81210', '68111'],
    edu: ['SD', 'SMP', 'SMA'],
    skills: ['Kebersihan', 'Laundry', 'Ketelitian'],
    wage: [2_300_000, 4_000_000],
    overseas: 0.05,
  },
  {
    names: ['Tukang Bangunan', 'Tukang Kayu', 'Construction Worker', 'Carpenter'],
    kbji: '7115',
    kbli: ['41011', '41012', '43301'],
    edu: ['NONE', 'SD', 'SMP'],
    skills: ['Bekisting', 'Pasangan Bata', 'Membaca Gambar'],
    wage: [2_500_000, 5_000_000],
    overseas: 0.05,
  },
  {
    names: ['Insinyur Sipil', 'Civil Engineer', 'Site Engineer', 'Pengawas Proyek'],
    kbji: '2142',
    kbli: ['41011', '42101', '71102'],
    edu: ['S1'],
    skills: ['AutoCAD', 'SAP2000', 'RAB', 'Manajemen Proyek'],
    wage: [7_000_000, 18_000_000],
  },
  {
    names: ['Arsitek', 'Architect', 'Drafter'],
    kbji: '2161',
    kbli: ['71101', '41011'],
    edu: ['D3', 'S1'],
    skills: ['AutoCAD', 'SketchUp', 'Revit', 'Desain Interior'],
    wage: [5_000_000, 14_000_000],
  },
  {
    names: ['Teller Bank', 'Bank Teller', 'Frontliner Bank'],
    kbji: '4211',
    kbli: ['64121', '64122'],
    edu: ['D3', 'S1'],
    skills: ['Pelayanan Nasabah', 'Kas', 'Ketelitian'],
    wage: [4_000_000, 6_500_000],
  },
  {
    names: ['Analis Kredit', 'Credit Analyst', 'Account Officer'],
    kbji: '3312',
    kbli: ['64121', '64910', '64920'],
    edu: ['S1'],
    skills: ['Analisa Kredit', 'Laporan Keuangan', 'Survei Nasabah'],
    wage: [5_000_000, 11_000_000],
  },
  {
    names: ['Staf HRD', 'HR Generalist', 'Recruiter', 'Personalia'],
    kbji: '2423',
    kbli: ['78100', '70209', '10750'],
    edu: ['S1'],
    skills: ['Rekrutmen', 'Payroll', 'UU Ketenagakerjaan', 'BPJS'],
    wage: [4_500_000, 10_000_000],
  },
  {
    names: ['Desainer Grafis', 'Graphic Designer', 'Content Creator', 'Video Editor'],
    kbji: '2166',
    kbli: ['73100', '74100', '59112'],
    edu: ['SMK', 'D3', 'S1'],
    skills: ['Adobe Photoshop', 'Illustrator', 'Canva', 'Premiere Pro', 'Copywriting'],
    wage: [4_000_000, 10_000_000],
  },
  {
    names: ['Manajer Pemasaran', 'Marketing Manager', 'Brand Manager'],
    kbji: '1221',
    kbli: ['46100', '73100', '10750'],
    edu: ['S1', 'S2'],
    skills: ['Strategi Pemasaran', 'Digital Marketing', 'Kepemimpinan', 'Budgeting'],
    wage: [10_000_000, 30_000_000],
  },
  {
    names: ['Supervisor Produksi', 'Production Supervisor', 'Kepala Regu'],
    kbji: '3122',
    kbli: ['10750', '13121', '29300'],
    edu: ['D3', 'S1'],
    skills: ['Lean Manufacturing', 'K3', 'Kepemimpinan', 'PPIC'],
    wage: [6_000_000, 12_000_000],
  },
  {
    names: ['Staf Administrasi', 'Admin Kantor', 'Administrative Assistant', 'Sekretaris'],
    kbji: '4110',
    kbli: ['82110', '70209', '69102'],
    edu: ['SMA', 'SMK', 'D3'],
    skills: ['Microsoft Office', 'Pengarsipan', 'Korespondensi'],
    wage: [3_000_000, 6_000_000],
  },
  {
    names: ['Dokter Umum', 'General Practitioner', 'Dokter Gigi'],
    kbji: '2211',
    kbli: ['86101', '86201', '86202'],
    edu: ['S1', 'S2'],
    skills: ['STR', 'SIP', 'Pelayanan Medis'],
    wage: [10_000_000, 25_000_000],
  },
  {
    names: ['Penerjemah', 'Translator', 'Interpreter Bahasa Jepang'],
    kbji: '2643',
    kbli: ['74902', '85499'],
    edu: ['S1'],
    skills: ['Bahasa Jepang', 'Bahasa Inggris', 'Bahasa Mandarin', 'Penerjemahan'],
    wage: [5_000_000, 12_000_000],
  },
  {
    names: ['Pemandu Wisata', 'Tour Guide', 'Resepsionis Hotel', 'Front Office Agent'],
    kbji: '5113',
    kbli: ['79120', '55110', '79111'],
    edu: ['SMA', 'D3'],
    skills: ['Bahasa Inggris', 'Pelayanan Tamu', 'Reservasi'],
    wage: [3_000_000, 6_500_000],
  },
];

const EMPLOYER_WORDS = [
  'Maju',
  'Jaya',
  'Sejahtera',
  'Makmur',
  'Abadi',
  'Mandiri',
  'Nusantara',
  'Sentosa',
  'Sinar',
  'Mitra',
  'Karya',
  'Bersama',
  'Cipta',
  'Mulia',
  'Prima',
  'Indah',
  'Sumber',
  'Rejeki',
  'Global',
  'Teknologi',
  'Persada',
  'Lestari',
  'Harapan',
  'Gemilang',
  'Utama',
  'Agung',
  'Samudra',
  'Bumi',
  'Cahaya',
  'Tunggal',
];
const EMPLOYER_FORMS = ['PT', 'PT', 'PT', 'CV', 'Koperasi', 'Yayasan', 'RS', 'PT'];
const TITLE_PREFIX = ['', '', '', '', 'Senior ', 'Junior ', 'Staf ', 'Kepala ', 'Asisten '];
const TITLE_SUFFIX = [
  '',
  '',
  '',
  '',
  ' (Kontrak)',
  ' Shift Malam',
  ' - Penempatan Luar Kota',
  ' Berpengalaman',
  ' Fresh Graduate',
  ' (Urgent)',
];
const DESC_OPEN = [
  'Kami adalah perusahaan yang berkembang pesat dan membuka kesempatan bagi Anda untuk bergabung sebagai',
  'Dibutuhkan segera',
  'We are looking for a motivated',
  'Perusahaan kami membuka lowongan',
  'Join our growing team as',
  'Lowongan kerja terbaru:',
];
const DESC_DUTY = [
  'Bertanggung jawab atas pekerjaan harian sesuai standar operasional perusahaan.',
  'Membuat laporan kerja harian dan mingguan kepada atasan.',
  'Bekerja sama dengan tim untuk mencapai target yang ditetapkan.',
  'Menjaga kebersihan dan keselamatan kerja (K3) di area kerja.',
  'Melayani pelanggan dengan ramah dan profesional.',
  'Work closely with the team to deliver results on schedule.',
  'Maintain documentation and daily reports.',
  'Bersedia bekerja dalam sistem shift dan lembur bila diperlukan.',
];
const DESC_OFFER = [
  'Kami menawarkan gaji pokok, BPJS Kesehatan dan BPJS Ketenagakerjaan, THR, dan bonus kinerja.',
  'Fasilitas: mess karyawan, makan siang, seragam, dan pelatihan.',
  'Benefits: health insurance, annual leave, career development.',
  'Jenjang karier yang jelas dan lingkungan kerja yang nyaman.',
  'Tunjangan transportasi dan uang makan.',
];
const GENERIC_SKILLS = ['Komunikasi', 'Kerja Tim', 'Microsoft Office', 'Disiplin', 'Bahasa Inggris', 'Problem Solving'];
const EMPLOYMENT = [
  ['FULL_TIME', 45],
  ['CONTRACT', 30],
  ['PART_TIME', 6],
  ['INTERNSHIP', 6],
  ['DAILY', 6],
  ['SEASONAL', 3],
  ['FREELANCE', 4],
];
const DESTINATIONS = ['MY', 'TW', 'HK', 'JP', 'KR', 'SA', 'DE', 'SG'];
/** Rough share of vacancies per province (Java-heavy, as the labour market is); 1 for the rest. */
const PROVINCE_WEIGHT = {
  31: 14,
  32: 18,
  33: 11,
  34: 3,
  35: 14,
  36: 6,
  51: 4,
  12: 5,
  13: 2,
  14: 3,
  16: 2,
  18: 2,
  21: 3,
  61: 2,
  64: 2,
  73: 3,
  71: 1.5,
};
/** Approximate centres of a few cities (WGS 84), used as work-place coordinates (with jitter) when the regency matches. */
const CITY_CENTRES = {
  31.71: [-6.18, 106.83],
  31.74: [-6.26, 106.81],
  32.73: [-6.91, 107.61],
  33.74: [-6.99, 110.42],
  35.78: [-7.26, 112.75],
  12.71: [3.59, 98.67],
  73.71: [-5.15, 119.43],
  51.71: [-8.65, 115.22],
  34.71: [-7.8, 110.37],
  33.73: [-7.33, 110.5],
};
const FIRST_NAMES = [
  'Budi',
  'Siti',
  'Agus',
  'Dewi',
  'Rina',
  'Andi',
  'Putri',
  'Eko',
  'Sri',
  'Ahmad',
  'Nur',
  'Wayan',
  'Made',
  'Yusuf',
  'Fitri',
  'Rizky',
  'Indah',
  'Dian',
  'Hendra',
  'Ayu',
];
const LAST_NAMES = [
  'Santoso',
  'Wijaya',
  'Lestari',
  'Saputra',
  'Hidayat',
  'Kurniawan',
  'Pratama',
  'Rahmawati',
  'Siregar',
  'Nasution',
  'Setiawan',
  'Purnomo',
  'Sari',
  'Gunawan',
  'Halim',
];

function parseArgs(argv) {
  const o = { vacancies: 2000, seekers: 500, employers: 0, seed: 0, database: '', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--vacancies') o.vacancies = Number(next());
    else if (a === '--seekers') o.seekers = Number(next());
    else if (a === '--employers') o.employers = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--database') o.database = next();
    else if (a === '--quiet') o.quiet = true;
    else throw new Error(`unknown option ${a} (use --vacancies N --seekers M [--employers N] [--database URL] [--seed N] [--quiet])`);
  }
  for (const k of ['vacancies', 'seekers', 'employers', 'seed']) {
    if (!Number.isInteger(o[k]) || o[k] < 0) throw new Error(`--${k} must be a non-negative integer`);
  }
  return o;
}

function defaultDatabaseUrl() {
  if (process.env.JOBS_DATABASE_URL) return process.env.JOBS_DATABASE_URL;
  const u = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  u.pathname = '/siapkerja_jobs';
  return u.toString();
}

/** COPY text format: backslash, tab, newline and carriage return escaped; null as \N. */
function copyField(v) {
  if (v === null || v === undefined) return '\\N';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
function arrayLiteral(items) {
  return `{${items.map((s) => `"${String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
function uuidFrom(rand) {
  const b = Buffer.alloc(16);
  for (let i = 0; i < 16; i += 4) b.writeUInt32LE((rand() * 4294967296) >>> 0, i);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const ymd = (d) => d.toISOString().slice(0, 10);

class Progress {
  constructor(what, total, quiet) {
    Object.assign(this, { what, total, quiet, done: 0, t0: Date.now(), last: 0 });
  }
  add(n) {
    this.done += n;
    const now = Date.now();
    if (!this.quiet && (now - this.last > 2000 || this.done === this.total)) {
      this.last = now;
      const s = (now - this.t0) / 1000;
      const rate = this.done / Math.max(s, 0.001);
      const eta = rate > 0 ? (this.total - this.done) / rate : 0;
      process.stderr.write(
        `[seed] ${this.what}: ${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} (${Math.round((100 * this.done) / this.total)}%), ${Math.round(rate).toLocaleString('en')} rows/s, ETA ${Math.round(eta)} s\n`,
      );
    }
  }
}

/** Brings the jobs schema up to date with the service's own migrations (built to dist/ with SWC first). */
async function migrate(url, quiet) {
  execFileSync(process.execPath, [path.join(__dirname, 'build.js'), 'services/jobs'], { stdio: quiet ? 'ignore' : 'inherit', cwd: ROOT });
  require('./register-paths');
  const { openDatabase } = require('../dist/libs/persistence/src/index.js');
  const { EVENTS_MIGRATIONS } = require('../dist/libs/events/src/index.js');
  const { jobsService } = require('../dist/services/jobs/src/jobs.module.js');
  const ds = await openDatabase({
    url,
    entities: jobsService.entities,
    migrations: [...EVENTS_MIGRATIONS, ...jobsService.migrations],
    poolSize: 1,
    applicationName: 'siapkerja-seed',
  });
  await ds.destroy();
}

function regionPicker(rand) {
  const { listProvinces, listRegencies } = require('../dist/libs/codes/src/index.js');
  const cumulative = [];
  let total = 0;
  for (const p of listProvinces()) {
    const regencies = listRegencies(p.code).map((r) => r.code);
    if (!regencies.length) continue;
    total += PROVINCE_WEIGHT[p.code] ?? 1;
    cumulative.push([total, regencies]);
  }
  return () => {
    const x = rand() * total;
    const [, regencies] = cumulative.find(([c]) => x < c) ?? cumulative[cumulative.length - 1];
    return regencies[Math.floor(rand() * regencies.length)];
  };
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}
function weighted(rand, pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of pairs) if ((x -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
}
function sample(rand, list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
}

async function seedEmployers(pool, n, rand, regionOf, quiet) {
  const ids = [];
  const run = String(Math.floor(rand() * 90000) + 10000);
  const progress = new Progress('employers', n, quiet);
  const client = await pool.connect();
  try {
    for (let start = 0; start < n; start += 1000) {
      const rows = [];
      const params = [];
      for (let i = start; i < Math.min(n, start + 1000); i++) {
        const id = uuidFrom(rand);
        ids.push({ id, occupation: Math.floor(rand() * OCCUPATIONS.length) });
        const occ = OCCUPATIONS[ids[ids.length - 1].occupation];
        const form = pick(rand, EMPLOYER_FORMS);
        const name = `${form} ${pick(rand, EMPLOYER_WORDS)} ${pick(rand, EMPLOYER_WORDS)}${form === 'PT' && rand() < 0.1 ? ' Tbk' : ''}`;
        const type =
          form === 'Koperasi'
            ? 'COOPERATIVE'
            : form === 'Yayasan'
              ? 'OTHER_BUSINESS'
              : rand() < 0.04
                ? 'STATE_OWNED'
                : rand() < 0.03
                  ? 'GOVERNMENT'
                  : 'PRIVATE';
        const nib = `9${run}${String(i).padStart(7, '0')}`;
        const b = params.length;
        rows.push(`($${b + 1}::uuid, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}::text[], $${b + 6})`);
        params.push(id, nib, name, type, sample(rand, occ.kbli, 2), regionOf());
      }
      await client.query(
        `INSERT INTO employers (id, nib, legal_name, employer_type, kbli_codes, region_code) VALUES ${rows.join(',')}`,
        params,
      );
      progress.add(rows.length);
    }
  } finally {
    client.release();
  }
  return ids;
}

function vacancyRow(rand, employers, regionOf, now) {
  const emp = employers[Math.floor(rand() * employers.length)];
  const occ = rand() < 0.7 ? OCCUPATIONS[emp.occupation] : pick(rand, OCCUPATIONS);
  const base = pick(rand, occ.names);
  const positionName = `${pick(rand, TITLE_PREFIX)}${base}${pick(rand, TITLE_SUFFIX)}`.trim();
  const regionCode = regionOf();
  const overseas = rand() < (occ.overseas ?? 0.01);
  const destinationCountry = overseas ? pick(rand, DESTINATIONS) : null;
  const edu = pick(rand, occ.edu);
  const skills = [
    ...new Set([...sample(rand, occ.skills, 1 + Math.floor(rand() * 3)), ...(rand() < 0.6 ? [pick(rand, GENERIC_SKILLS)] : [])]),
  ];
  const employmentType = weighted(rand, EMPLOYMENT);
  const wageShown = rand() < 0.6;
  let wageMin = null;
  let wageMax = null;
  if (rand() < 0.85) {
    const [lo, hi] = occ.wage;
    wageMin = Math.round((lo + rand() * (hi - lo)) / 50_000) * 50_000 * (overseas ? 2 : 1);
    if (rand() < 0.8) wageMax = Math.round((wageMin * (1.15 + rand() * 0.5)) / 50_000) * 50_000;
  }
  const wageHidden = wageMin === null || !wageShown;
  const r = rand();
  const state = r < 0.92 ? 'PUBLISHED' : r < 0.95 ? 'DRAFT' : r < 0.97 ? 'CLOSED' : r < 0.985 ? 'FILLED' : 'EXPIRED';
  const publishedAt = state === 'DRAFT' ? null : new Date(now - Math.floor(rand() * 180 * 86400_000));
  const createdAt = publishedAt
    ? new Date(publishedAt.getTime() - Math.floor(rand() * 3 * 86400_000))
    : new Date(now - Math.floor(rand() * 30 * 86400_000));
  let validFrom = new Date(createdAt);
  let validUntil;
  if (state === 'EXPIRED') {
    validFrom = new Date(now - (200 + Math.floor(rand() * 100)) * 86400_000);
    validUntil = new Date(validFrom.getTime() + 60 * 86400_000);
  } else {
    validUntil = new Date(Math.max(now + (14 + Math.floor(rand() * 120)) * 86400_000, validFrom.getTime()));
    if ((validUntil - validFrom) / 86400_000 > 366) validFrom = new Date(validUntil.getTime() - 300 * 86400_000);
  }
  const numberNeeded = rand() < 0.6 ? 1 + Math.floor(rand() * 3) : 1 + Math.floor(rand() * 50);
  const ended = state === 'CLOSED' || state === 'FILLED' || state === 'EXPIRED';
  const endedAt = ended ? new Date(Math.max(publishedAt.getTime() + 3600_000, now - Math.floor(rand() * 10 * 86400_000))) : null;
  const numberHired = state === 'FILLED' ? 1 + Math.floor(rand() * numberNeeded) : 0;
  const centre = CITY_CENTRES[regionCode];
  const coords = overseas ? null : centre && rand() < 0.8 ? [centre[0] + (rand() - 0.5) * 0.1, centre[1] + (rand() - 0.5) * 0.1] : null;
  const city = regionCode; // names are looked up once per row below
  const ageMin = rand() < 0.7 ? 18 + Math.floor(rand() * 5) : null;
  const ageMax = rand() < 0.7 ? 30 + Math.floor(rand() * 20) : null;
  const description = [
    `${pick(rand, DESC_OPEN)} ${base}.`,
    pick(rand, DESC_DUTY),
    pick(rand, DESC_DUTY),
    `Kualifikasi: pendidikan minimal ${edu === 'NONE' ? 'tidak dipersyaratkan' : edu}, menguasai ${skills.join(', ')}.`,
    pick(rand, DESC_OFFER),
    overseas ? `Penempatan luar negeri (${destinationCountry}) melalui P3MI resmi sesuai ketentuan pelindungan pekerja migran.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [
    uuidFrom(rand),
    emp.id,
    positionName,
    occ.kbji,
    city,
    numberNeeded,
    ymd(validFrom),
    ymd(validUntil),
    description,
    state,
    createdAt.toISOString(),
    (endedAt ?? publishedAt ?? createdAt).toISOString(),
    pick(rand, occ.kbli),
    ageMin,
    ageMax && ageMin && ageMax < ageMin ? ageMin : ageMax,
    rand() < 0.85 ? 'ANY' : rand() < 0.5 ? 'MALE' : 'FEMALE',
    edu,
    arrayLiteral(skills),
    arrayLiteral([]),
    rand() < 0.5 ? 0 : 6 * Math.floor(rand() * 10),
    wageMin,
    wageMax,
    wageHidden,
    coords ? coords[0] : null,
    coords ? coords[1] : null,
    employmentType,
    overseas,
    destinationCountry,
    numberHired,
    publishedAt ? publishedAt.toISOString() : null,
    endedAt ? endedAt.toISOString() : null,
  ];
}

const VACANCY_COLUMNS = [
  'id',
  'employer_id',
  'position_name',
  'kbji_code',
  'region_code',
  'number_needed',
  'valid_from',
  'valid_until',
  'description',
  'state',
  'created_at',
  'updated_at',
  'kbli_code',
  'age_min',
  'age_max',
  'sex_requirement',
  'min_education',
  'skills',
  'skkni_units',
  'experience_months_min',
  'wage_min',
  'wage_max',
  'wage_hidden',
  'latitude',
  'longitude',
  'employment_type',
  'overseas',
  'destination_country',
  'number_hired',
  'published_at',
  'ended_at',
];

/** Indexes on vacancies other than the primary key and unique constraints: dropped during a large load, rebuilt after. */
async function secondaryIndexes(client) {
  const { rows } = await client.query(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = 'vacancies'::regclass AND NOT x.indisprimary AND NOT x.indisunique`,
  );
  return rows;
}

async function seedVacancies(pool, n, employers, rand, regionOf, quiet) {
  const { from: copyFrom } = require('pg-copy-streams');
  const bulk = n >= 50_000;
  const admin = await pool.connect();
  let dropped = [];
  try {
    if (bulk) {
      dropped = await secondaryIndexes(admin);
      if (!quiet)
        process.stderr.write(`[seed] large load: dropping ${dropped.length} secondary indexes of vacancies, rebuilt after the load\n`);
      for (const i of dropped) await admin.query(`DROP INDEX IF EXISTS "${i.name}"`);
    }
  } finally {
    admin.release();
  }
  const progress = new Progress('vacancies', n, quiet);
  const now = Date.now();
  const WORKERS = 2;
  const per = Math.ceil(n / WORKERS);
  // each worker's generator starts 2^31 steps along the same mulberry32 cycle (the state advances by an odd constant, so a
  // seed 2^31 higher is 2^31 steps away): their sequences never meet, and neither do their vacancy ids. Two seeds drawn
  // independently met within a load of 1 M in about one load of 80 (a duplicate primary key).
  const base = Math.floor(rand() * 2 ** 32);
  try {
    await Promise.all(
      Array.from({ length: WORKERS }, async (_, w) => {
        const count = Math.max(0, Math.min(per, n - w * per));
        if (!count) return;
        const wrand = mulberry32(base + w * 2 ** 31);
        const client = await pool.connect();
        try {
          await client.query('SET synchronous_commit = off');
          let left = count;
          const source = new Readable({
            read() {
              if (left === 0) return this.push(null);
              const batch = Math.min(1000, left);
              let chunk = '';
              for (let i = 0; i < batch; i++) chunk += vacancyRow(wrand, employers, regionOf, now).map(copyField).join('\t') + '\n';
              left -= batch;
              progress.add(batch);
              this.push(chunk);
            },
          });
          await pipeline(source, client.query(copyFrom(`COPY vacancies (${VACANCY_COLUMNS.join(', ')}) FROM STDIN`)));
        } finally {
          client.release();
        }
      }),
    );
  } finally {
    if (dropped.length) {
      const t = Date.now();
      if (!quiet) process.stderr.write(`[seed] rebuilding ${dropped.length} indexes...\n`);
      // two at a time (one per core); GIN builds get a large maintenance_work_mem
      const queue = [...dropped];
      await Promise.all(
        [0, 1].map(async () => {
          const c = await pool.connect();
          try {
            await c.query(`SET maintenance_work_mem = '512MB'`);
            for (let i = queue.shift(); i; i = queue.shift()) {
              const t1 = Date.now();
              await c.query(i.def);
              if (!quiet) process.stderr.write(`[seed]   ${i.name} in ${((Date.now() - t1) / 1000).toFixed(1)} s\n`);
            }
          } finally {
            c.release();
          }
        }),
      );
      if (!quiet) process.stderr.write(`[seed] indexes rebuilt in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    }
    const c = await pool.connect();
    try {
      // VACUUM sets the visibility map, so facet counts can use index-only scans straight away
      await c.query('VACUUM (ANALYZE) vacancies');
      await c.query('ANALYZE employers');
    } finally {
      c.release();
    }
  }
}

/** Synthetic NIK: region (province, regency, district), birth date DDMMYY (women +40), a serial (never 0000). */
function syntheticNik(district, birth, female, serial) {
  const dd = String(birth.getUTCDate() + (female ? 40 : 0)).padStart(2, '0');
  const mm = String(birth.getUTCMonth() + 1).padStart(2, '0');
  const yy = String(birth.getUTCFullYear() % 100).padStart(2, '0');
  return `${district.replace(/\./g, '')}${dd}${mm}${yy}${String(serial).padStart(4, '0')}`;
}

async function seedJobSeekers(pool, m, rand, regionOf, quiet) {
  if (!m) return { seeded: 0, skipped: 'none asked' };
  const client = await pool.connect();
  try {
    const { rows } = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'job_seekers'`);
    if (!rows.length) return { seeded: 0, skipped: 'the job_seekers table does not exist in this database yet' };
    const have = new Set(rows.map((r) => r.column_name));
    const { listDistricts } = require('../dist/libs/codes/src/index.js');
    const { PersonIdentity } = require('../dist/libs/identity/src/index.js');
    const identity = new PersonIdentity(process.env.PERSON_ID_SECRET || 'development-person-id-secret-0123456789');
    const progress = new Progress('job seekers', m, quiet);
    let seeded = 0;
    const serialBase = 1 + Math.floor(rand() * 5000);
    for (let start = 0; start < m; start += 500) {
      const records = [];
      for (let i = start; i < Math.min(m, start + 500); i++) {
        const regency = regionOf();
        const district =
          pick(
            rand,
            listDistricts(regency).map((d) => d.code),
          ) ?? `${regency}.01`;
        const female = rand() < 0.5;
        const birth = new Date(Date.UTC(1970 + Math.floor(rand() * 37), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
        const nik = syntheticNik(district, birth, female, serialBase + (i % 4000));
        const occ = pick(rand, OCCUPATIONS);
        const first = pick(rand, FIRST_NAMES);
        records.push({
          person_id: identity.personId(nik),
          nik,
          name: `${first} ${pick(rand, LAST_NAMES)}`,
          birth_place: 'Semarang',
          birth_date: ymd(birth),
          sex: female ? 2 : 1,
          marital_status: rand() < 0.6 ? 'SINGLE' : 'MARRIED',
          religion: weighted(rand, [
            ['ISLAM', 87],
            ['PROTESTANT', 7],
            ['CATHOLIC', 3],
            ['HINDU', 2],
            ['BUDDHIST', 1],
          ]),
          address_line: `Jl. ${pick(rand, EMPLOYER_WORDS)} No. ${1 + Math.floor(rand() * 200)}`,
          address_region_code: district,
          region_code: regency,
          phone: `08${String(Math.floor(rand() * 1e10)).padStart(10, '0')}`,
          email: `${first.toLowerCase()}${i}@example.id`,
          education_level: pick(rand, occ.edu),
          skills: sample(rand, occ.skills, 2),
          wanted_kbji_codes: [occ.kbji],
          expected_wage: Math.round(occ.wage[0] / 100_000) * 100_000,
          state: 'REGISTERED',
        });
      }
      const cols = Object.keys(records[0]).filter((c) => have.has(c));
      const params = [];
      const values = records.map((r) => `(${cols.map((c) => (params.push(r[c]), `$${params.length}`)).join(', ')})`);
      try {
        const res = await client.query(
          `INSERT INTO job_seekers (${cols.join(', ')}) VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`,
          params,
        );
        seeded += res.rowCount;
      } catch (e) {
        return { seeded, skipped: `job_seekers rejected the synthetic rows (${e.message}); its schema may have changed` };
      }
      progress.add(records.length);
    }
    return { seeded };
  } finally {
    client.release();
  }
}

async function seed(options = {}) {
  const o = { vacancies: 2000, seekers: 500, employers: 0, seed: 0, database: '', quiet: false, ...options };
  const url = o.database || defaultDatabaseUrl();
  const log = (m) => o.quiet || process.stderr.write(`[seed] ${m}\n`);
  const t0 = Date.now();
  log(`database ${url.replace(/\/\/[^@/]*@/, '//***@')}: migrating`);
  await migrate(url, o.quiet);
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: url, max: 3, application_name: 'siapkerja-seed' });
  try {
    const rand = mulberry32(o.seed || Date.now() % 2 ** 31);
    const regionOf = regionPicker(rand);
    const nEmployers = o.employers || Math.max(10, Math.min(100_000, Math.ceil(o.vacancies / 20)));
    const employers = o.vacancies ? await seedEmployers(pool, nEmployers, rand, regionOf, o.quiet) : [];
    if (o.vacancies) {
      await seedVacancies(pool, o.vacancies, employers, rand, regionOf, o.quiet);
      // the facet-count deltas of the load folded into the summary tables (the jobs service does it every second)
      const { FOLD_FACET_COUNT_DELTAS } = require('../dist/services/jobs/src/migrations/1763800001200-vacancy-facet-count-deltas.js');
      await pool.query(FOLD_FACET_COUNT_DELTAS);
      // the fold deleted every delta row the load appended: without autovacuum (off on this project's machines) every
      // facet count would read through their dead tuples (23 MB after 1 M vacancies)
      await pool.query('VACUUM (ANALYZE) vacancy_facet_count_deltas, vacancy_facet_counts_province, vacancy_facet_counts_regency');
    }
    const seekers = await seedJobSeekers(pool, o.seekers, rand, regionOf, o.quiet);
    if (seekers.skipped) log(`job seekers skipped: ${seekers.skipped}${seekers.seeded ? ` (${seekers.seeded} seeded before)` : ''}`);
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE state = 'PUBLISHED')::int AS published FROM vacancies`,
    );
    log(
      `done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${employers.length} employers, ${o.vacancies} vacancies, ${seekers.seeded} job seekers added; the database holds ${rows[0].n} vacancies (${rows[0].published} published)`,
    );
    return {
      url,
      employers: employers.length,
      vacancies: o.vacancies,
      seekers: seekers.seeded,
      totalVacancies: rows[0].n,
      publishedVacancies: rows[0].published,
    };
  } finally {
    await pool.end();
  }
}

module.exports = { seed, defaultDatabaseUrl, OCCUPATIONS };

if (require.main === module) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(64);
  }
  seed(opts).catch((e) => {
    process.stderr.write(`[seed] failed: ${e.stack ?? e}\n`);
    process.exit(1);
  });
}
