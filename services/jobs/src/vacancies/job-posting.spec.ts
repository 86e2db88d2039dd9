import type { jobsV1 } from '@siapkerja/contracts';
import { GOOGLE_EMPLOYMENT_TYPE, titleCase, toJobPosting } from './job-posting';

const vacancy = (extra: Partial<jobsV1.Vacancy__Output> = {}): jobsV1.Vacancy__Output =>
  ({
    id: '3b1f4f0e-8c0a-4f9b-9a52-2b7f1c1d2e3f',
    employerId: 'e',
    positionName: 'Perawat Pelaksana',
    kbjiCode: '2221',
    regionCode: '33.74',
    numberNeeded: 3,
    validFrom: '2026-11-01',
    validUntil: '2026-12-31',
    description: 'Merawat pasien <rawat inap> & IGD',
    state: 'VACANCY_STATE_PUBLISHED',
    createTime: '2026-10-30T03:00:00.000Z',
    updateTime: '2026-10-30T03:00:00.000Z',
    kbliCode: '86101',
    ageMin: 20,
    ageMax: 35,
    sexRequirement: 'SEX_REQUIREMENT_ANY',
    minEducation: 'EDUCATION_LEVEL_D3',
    skills: ['BTCLS', 'Asuhan Keperawatan'],
    skkniUnits: [],
    experienceMonthsMin: 12,
    wageMin: '5000000',
    wageMax: '7500000',
    wageHidden: false,
    latitude: -6.99,
    longitude: 110.42,
    employmentType: 'EMPLOYMENT_TYPE_FULL_TIME',
    overseas: false,
    destinationCountry: '',
    numberHired: 0,
    publishTime: '2026-11-01T01:00:00.000Z',
    endTime: '',
    ...extra,
  }) as jobsV1.Vacancy__Output;

describe('schema.org JobPosting mapping (Google for Jobs)', () => {
  it('carries every required property and the recommended ones we hold', () => {
    const p = toJobPosting(vacancy(), { legalName: 'RS Sehat Sentosa' });
    expect(p).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Perawat Pelaksana',
      datePosted: '2026-11-01',
      validThrough: '2026-12-31T23:59:59+07:00',
      hiringOrganization: { '@type': 'Organization', name: 'RS Sehat Sentosa' },
      identifier: { '@type': 'PropertyValue', name: 'SIAPKerja Karirhub', value: '3b1f4f0e-8c0a-4f9b-9a52-2b7f1c1d2e3f' },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Kota Semarang', addressRegion: 'Jawa Tengah', addressCountry: 'ID' },
        geo: { '@type': 'GeoCoordinates', latitude: -6.99, longitude: 110.42 },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'IDR',
        value: { '@type': 'QuantitativeValue', minValue: 5000000, maxValue: 7500000, unitText: 'MONTH' },
      },
      employmentType: 'FULL_TIME',
      totalJobOpenings: 3,
      educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'associate degree' },
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 12 },
      skills: 'BTCLS, Asuhan Keperawatan',
    });
    // the description is HTML with the employer's text escaped and the art. 5 requirements listed
    expect(p.description).toBe(
      '<p>Merawat pasien &lt;rawat inap&gt; &amp; IGD</p><ul><li>Pendidikan minimal D3</li><li>Pengalaman minimal 12 bulan</li><li>Usia 20-35 tahun</li><li>Keahlian: BTCLS, Asuhan Keperawatan</li></ul>',
    );
  });

  it('shows a salary only when the employer shows the wage; a single figure is a value', () => {
    expect(toJobPosting(vacancy({ wageHidden: true }), { legalName: 'X' }).baseSalary).toBeUndefined();
    expect(toJobPosting(vacancy({ wageMin: '0', wageMax: '0', wageHidden: false }), { legalName: 'X' }).baseSalary).toBeUndefined();
    expect(toJobPosting(vacancy({ wageMin: '4000000', wageMax: '0' }), { legalName: 'X' }).baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'IDR',
      value: { '@type': 'QuantitativeValue', value: 4000000, unitText: 'MONTH' },
    });
  });

  it('maps every employment type to a Google value and places overseas work abroad', () => {
    expect(GOOGLE_EMPLOYMENT_TYPE).toEqual({
      FULL_TIME: 'FULL_TIME',
      PART_TIME: 'PART_TIME',
      CONTRACT: 'TEMPORARY',
      INTERNSHIP: 'INTERN',
      DAILY: 'PER_DIEM',
      SEASONAL: 'TEMPORARY',
      FREELANCE: 'CONTRACTOR',
    });
    const google = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];
    for (const t of Object.keys(GOOGLE_EMPLOYMENT_TYPE)) {
      expect(google).toContain(
        toJobPosting(vacancy({ employmentType: `EMPLOYMENT_TYPE_${t}` as jobsV1.EmploymentType__Output }), { legalName: 'X' })
          .employmentType,
      );
    }
    const abroad = toJobPosting(vacancy({ overseas: true, destinationCountry: 'JP', latitude: undefined, longitude: undefined }), {
      legalName: 'X',
    });
    expect(abroad.jobLocation).toEqual({ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'JP' } });
    expect(abroad.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'ID' });
  });

  it('title-cases region names from idn-area-data', () => {
    expect(titleCase('KABUPATEN KEPULAUAN SERIBU')).toBe('Kabupaten Kepulauan Seribu');
    expect(titleCase('DKI JAKARTA')).toBe('DKI Jakarta');
    expect(titleCase('DI YOGYAKARTA')).toBe('DI Yogyakarta');
  });
});
