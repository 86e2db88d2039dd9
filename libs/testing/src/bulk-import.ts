/**
 * Records for bulk-import tests and the bench: AK/1 registrations (`job-seeker`) in one regency, each with a NIK of its
 * own that agrees with its birth date and sex (up to 3,650 birth dates x 10,000 serials), and NDJSON helpers.
 */
const DAY_MS = 86_400_000;
const BASE = Date.UTC(1975, 0, 1);

/** The i-th NIK of a run (`serialBase` keeps runs apart), its birth date and sex. */
export function bulkPerson(i: number, regency4 = '3373', serialBase = 0): { nik: string; birthDate: string; sex: 1 | 2 } {
  const birthDate = new Date(BASE + (i % 3650) * DAY_MS).toISOString().slice(0, 10);
  const sex: 1 | 2 = i % 2 === 0 ? 1 : 2;
  const [y, m, d] = birthDate.split('-');
  const serial = String(1 + ((serialBase + Math.floor(i / 3650)) % 9999)).padStart(4, '0');
  return {
    nik: `${regency4}01${String(sex === 2 ? Number(d) + 40 : Number(d)).padStart(2, '0')}${m}${y.slice(2)}${serial}`,
    birthDate,
    sex,
  };
}

/** A job-seeker record (AK/1 registration) as a Disnaker system uploads it, registered in `regionCode` (a regency). */
export function jobSeekerRecord(
  i: number,
  opts: { regionCode?: string; serialBase?: number; key?: string; padded?: boolean } = {},
): Record<string, unknown> {
  const regionCode = opts.regionCode ?? '33.73';
  const p = bulkPerson(i, regionCode.replace('.', ''), opts.serialBase);
  return {
    kind: 'job-seeker',
    key: opts.key ?? `ak1-${i}`,
    nik: p.nik,
    name: 'Budi Santoso',
    birthPlace: 'Salatiga',
    birthDate: p.birthDate,
    sex: p.sex === 1 ? 'MALE' : 'FEMALE',
    maritalStatus: 'SINGLE',
    religion: 'ISLAM',
    address: { line: 'Jl. Diponegoro 52', regionCode },
    // padded: a fuller history (about 1.7 KB a record), for uploads whose size dwarfs the services' working set
    education: opts.padded
      ? [...Array(3)].map((_, k) => ({
          level: 'SMK',
          institution: `SMK Negeri ${k + 1} Salatiga ${'Jurusan Teknik Pengelasan dan Fabrikasi Logam '.repeat(4)}`.slice(0, 200),
          major: `Teknik Las ${'Pengelasan Busur Manual, MIG dan TIG untuk Konstruksi Baja '.repeat(4)}`.slice(0, 200),
          graduationYear: 2000 + k,
        }))
      : [{ level: 'SMK', institution: 'SMK Negeri 1 Salatiga', major: 'Teknik Las', graduationYear: 2010 }],
    wantedKbjiCodes: ['7212'],
  };
}

/** NDJSON of records (one JSON object a line). */
export const ndjson = (records: unknown[]): string => records.map((r) => `${typeof r === 'string' ? r : JSON.stringify(r)}\n`).join('');
