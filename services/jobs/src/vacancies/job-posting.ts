import { fromProtoEnum } from '@siapkerja/contracts';
import { getRegion, provinceOf } from '@siapkerja/codes';

/**
 * schema.org JobPosting (JSON-LD) of a published vacancy, with every property Google for Jobs requires (title,
 * description, datePosted, validThrough, hiringOrganization, jobLocation, identifier) and the recommended ones we hold
 * (baseSalary only when the employer shows the wage, employmentType in Google's values, education, experience).
 * JobsService.GetJobPosting answers it; the gateway's GET /v1/vacancies/{id}/job-posting shows it as application/ld+json.
 */

/** What a JobPosting shows of a vacancy: its message (siapkerja.jobs.v1.Vacancy), enums by their proto names. */
export interface JobPostingVacancy {
  id: string;
  positionName: string;
  description: string;
  kbjiCode: string;
  regionCode: string;
  numberNeeded: number;
  validUntil: string;
  minEducation: string | number;
  experienceMonthsMin: number;
  ageMin: number;
  ageMax: number;
  sexRequirement: string | number;
  skills: string[];
  wageMin: string;
  wageMax: string;
  wageHidden: boolean;
  latitude?: number;
  longitude?: number;
  employmentType: string | number;
  overseas: boolean;
  destinationCountry: string;
  publishTime: string;
  createTime: string;
}

/** Karirhub employment types -> Google's employmentType values. */
export const GOOGLE_EMPLOYMENT_TYPE: Record<string, string> = {
  FULL_TIME: 'FULL_TIME',
  PART_TIME: 'PART_TIME',
  // PKWT: fixed-term employment
  CONTRACT: 'TEMPORARY',
  INTERNSHIP: 'INTERN',
  DAILY: 'PER_DIEM',
  SEASONAL: 'TEMPORARY',
  FREELANCE: 'CONTRACTOR',
};

/** Minimum education -> schema.org credentialCategory (none for NONE). */
const CREDENTIAL: Record<string, string> = {
  SD: 'primary school',
  SMP: 'middle school',
  SMA: 'high school',
  SMK: 'high school',
  D1: 'professional certificate',
  D2: 'associate degree',
  D3: 'associate degree',
  D4: 'bachelor degree',
  S1: 'bachelor degree',
  S2: 'postgraduate degree',
  S3: 'postgraduate degree',
};

/** "KOTA SEMARANG" -> "Kota Semarang" (idn-area-data holds provinces and regencies in upper case). */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s\-(/])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\bDki\b/, 'DKI')
    .replace(/\bDi\b/, 'DI');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The description as simple HTML (Google renders it): the employer's text, then the art. 5 requirements. */
function describe(v: JobPostingVacancy): string {
  const parts = [`<p>${escapeHtml(v.description || v.positionName).replace(/\r?\n/g, '<br>')}</p>`];
  const req: string[] = [];
  const edu = fromProtoEnum('EDUCATION_LEVEL', v.minEducation);
  if (edu && edu !== 'NONE') req.push(`Pendidikan minimal ${edu}`);
  if (v.experienceMonthsMin) req.push(`Pengalaman minimal ${v.experienceMonthsMin} bulan`);
  if (v.ageMin && v.ageMax) req.push(`Usia ${v.ageMin}-${v.ageMax} tahun`);
  else if (v.ageMin) req.push(`Usia minimal ${v.ageMin} tahun`);
  else if (v.ageMax) req.push(`Usia maksimal ${v.ageMax} tahun`);
  const sex = fromProtoEnum('SEX_REQUIREMENT', v.sexRequirement);
  if (sex === 'MALE') req.push('Laki-laki');
  if (sex === 'FEMALE') req.push('Perempuan');
  if (v.skills.length) req.push(`Keahlian: ${v.skills.map(escapeHtml).join(', ')}`);
  if (req.length) parts.push(`<ul>${req.map((r) => `<li>${r}</li>`).join('')}</ul>`);
  return parts.join('');
}

const int = (s: string | number) => Number(s) || 0;

export interface JobPostingOptions {
  /** public URL of the vacancy page, when the platform has one */
  url?: string;
}

export function toJobPosting(v: JobPostingVacancy, employer: { legalName: string }, opts: JobPostingOptions = {}): Record<string, unknown> {
  const regency = getRegion(v.regionCode);
  const province = provinceOf(v.regionCode);
  const address: Record<string, unknown> = { '@type': 'PostalAddress' };
  if (v.overseas && v.destinationCountry) {
    address.addressCountry = v.destinationCountry;
  } else {
    if (regency) address.addressLocality = titleCase(regency.name);
    if (province) address.addressRegion = titleCase(province.name);
    address.addressCountry = 'ID';
  }
  const place: Record<string, unknown> = { '@type': 'Place', address };
  if (typeof v.latitude === 'number' && typeof v.longitude === 'number')
    place.geo = { '@type': 'GeoCoordinates', latitude: v.latitude, longitude: v.longitude };

  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: v.positionName,
    description: describe(v),
    identifier: { '@type': 'PropertyValue', name: 'SIAPKerja Karirhub', value: v.id },
    datePosted: (v.publishTime || v.createTime).slice(0, 10),
    // the last day of validity, to its end in WIB
    validThrough: `${v.validUntil}T23:59:59+07:00`,
    hiringOrganization: { '@type': 'Organization', name: employer.legalName },
    jobLocation: place,
    totalJobOpenings: v.numberNeeded,
    occupationalCategory: `KBJI 2014 ${v.kbjiCode}`,
  };
  const employmentType = GOOGLE_EMPLOYMENT_TYPE[fromProtoEnum('EMPLOYMENT_TYPE', v.employmentType) || 'FULL_TIME'];
  if (employmentType) posting.employmentType = employmentType;
  const wageMin = int(v.wageMin);
  const wageMax = int(v.wageMax);
  if (!v.wageHidden && (wageMin || wageMax)) {
    const value: Record<string, unknown> = { '@type': 'QuantitativeValue', unitText: 'MONTH' };
    if (wageMin && wageMax && wageMin !== wageMax) Object.assign(value, { minValue: wageMin, maxValue: wageMax });
    else value.value = wageMin || wageMax;
    posting.baseSalary = { '@type': 'MonetaryAmount', currency: 'IDR', value };
  }
  const edu = CREDENTIAL[fromProtoEnum('EDUCATION_LEVEL', v.minEducation)];
  if (edu) posting.educationRequirements = { '@type': 'EducationalOccupationalCredential', credentialCategory: edu };
  if (v.experienceMonthsMin)
    posting.experienceRequirements = { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: v.experienceMonthsMin };
  if (v.skills.length) posting.skills = v.skills.join(', ');
  if (v.overseas && v.destinationCountry) posting.applicantLocationRequirements = { '@type': 'Country', name: 'ID' };
  if (opts.url) posting.url = opts.url;
  return posting;
}
