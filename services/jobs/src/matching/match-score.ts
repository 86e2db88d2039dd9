import { ageOn, educationRank } from '@siapkerja/codes';

/**
 * The transparent match score of one seeker and one vacancy: a weighted sum of components, each in [0,1], times an
 * eligibility factor. Every component says why it scored what it did; nothing is hidden in the ranking.
 *
 * | component    | weight | 1.0 when                                            | partial                                                        |
 * |--------------|--------|-----------------------------------------------------|----------------------------------------------------------------|
 * | OCCUPATION   | 0.30   | a wanted KBJI code has the vacancy's 4-digit unit group | same minor group (3 digits) 0.6, sub-major (2) 0.35, major (1) 0.15 |
 * | SKILLS       | 0.25   | the seeker has every SKKNI unit and skill the vacancy lists | share of them the seeker has; 0.5 when the vacancy lists none |
 * | CERTIFICATES | 0.10   | a valid certificate is for the vacancy's occupation (KBJI unit group), or valid certificates cover all its SKKNI units | share of its units covered; 0 without a valid certificate |
 * | EDUCATION    | 0.15   | at or above the minimum (or no minimum)              | one level below 0.4; further below 0                           |
 * | REGION       | 0.10   | same regency                                         | same province 0.6, elsewhere 0.2, overseas vacancy 0.5         |
 * | WAGE         | 0.10   | expected wage within (or below) the offered range    | above the top: falls to 0 at 1.5x; not shown/not given 0.5     |
 *
 * Eligibility is 1, or 0.5 when the seeker does not meet the vacancy's sex or age requirement (a warning, never an
 * exclusion: Perpres 57/2023 content informs, the employer decides).
 *
 * Certificates (Sertihub, kept by matching/certificates-held.consumer.ts) count while VALID and on or before their last day of
 * validity; suspended, revoked and expired ones are named in the reason and never count.
 *
 * Skills compare SKKNI unit codes exactly and free-text skills by {@link skillKey} (trimmed, inner spaces collapsed, lower
 * case). The SKILLS score is the share of the vacancy's requirements the seeker meets (coverage, a one-sided Jaccard):
 * skills the vacancy does not ask for neither help nor hurt.
 */
export const MATCH_WEIGHTS = Object.freeze({ OCCUPATION: 0.3, SKILLS: 0.25, CERTIFICATES: 0.1, EDUCATION: 0.15, REGION: 0.1, WAGE: 0.1 });
export type ComponentName = keyof typeof MATCH_WEIGHTS;
export const INELIGIBLE_FACTOR = 0.5;

export interface MatchSeeker {
  wantedKbjiCodes: string[];
  skkniUnits: string[];
  skills: string[];
  /** the seeker's Sertihub competency certificates (any status: only VALID, unexpired ones count) */
  certificates: HeldCertificate[];
  educationLevel: string;
  /** regency NN.NN */
  regionCode: string;
  /** rupiah per month, 0 when not given */
  expectedWage: number;
  /** 1 male, 2 female */
  sex: number;
  birthDate: string;
}

/** A competency certificate a person holds, as the certificate events describe it (no personal data). */
export interface HeldCertificate {
  number: string;
  schemeCode: string;
  competencyUnits: string[];
  /** KBJI 2014 occupation of the scheme; '' when it has none */
  kbjiCode: string;
  /** VALID, SUSPENDED, REVOKED or EXPIRED */
  status: string;
  /** last day of validity, YYYY-MM-DD */
  validUntil: string;
}

export interface MatchVacancy {
  kbjiCode: string;
  skkniUnits: string[];
  skills: string[];
  minEducation: string;
  regionCode: string;
  overseas: boolean;
  destinationCountry: string | null;
  /** rupiah per month, 0 when not given */
  wageMin: number;
  wageMax: number;
  wageHidden: boolean;
  sexRequirement: string;
  ageMin: number | null;
  ageMax: number | null;
}

export interface MatchComponent {
  name: ComponentName;
  weight: number;
  score: number;
  reason: string;
}

export interface MatchResult {
  score: number;
  eligibility: number;
  components: MatchComponent[];
  warnings: string[];
  missingSkkniUnits: string[];
  /** as the vacancy wrote them */
  missingSkills: string[];
}

/** Normal form of a free-text skill for comparison (same rule as the SQL function skill_keys). */
export function skillKey(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

const digitsOf = (kbji: string) => kbji.split('.')[0];
const round = (x: number) => Math.round(x * 1000) / 1000;
const rupiah = (n: number) => `Rp${n.toLocaleString('id-ID')}`;
const OCCUPATION_BY_SHARED_DIGITS = [0, 0.15, 0.35, 0.6, 1];
const LEVEL_NAMES = ['', 'major group', 'sub-major group', 'minor group', 'unit group'];

export function occupationComponent(wanted: string[], vacancyKbji: string): MatchComponent {
  const v = digitsOf(vacancyKbji);
  let best = 0;
  let bestCode = '';
  let bestShared = 0;
  for (const w of wanted) {
    const d = digitsOf(w);
    const shared = commonPrefix(d, v);
    // identical digits are a full match whatever the level (a seeker wanting "25" and a vacancy coded "25")
    const score = shared === d.length && shared === v.length ? 1 : OCCUPATION_BY_SHARED_DIGITS[shared];
    if (score > best) [best, bestCode, bestShared] = [score, w, shared];
  }
  const reason =
    best === 1
      ? `wanted occupation ${bestCode} is the vacancy's occupation ${vacancyKbji}`
      : best > 0
        ? `wanted occupation ${bestCode} shares the KBJI ${LEVEL_NAMES[bestShared]} ${v.slice(0, bestShared)} with the vacancy's ${vacancyKbji}`
        : `no wanted occupation (${wanted.join(', ') || 'none'}) shares a KBJI major group with the vacancy's ${vacancyKbji}`;
  return { name: 'OCCUPATION', weight: MATCH_WEIGHTS.OCCUPATION, score: best, reason };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < Math.min(a.length, b.length, 4) && a[i] === b[i]) i++;
  return i;
}

export function skillsComponent(
  seeker: Pick<MatchSeeker, 'skkniUnits' | 'skills'>,
  vacancy: Pick<MatchVacancy, 'skkniUnits' | 'skills'>,
): { component: MatchComponent; missingSkkniUnits: string[]; missingSkills: string[] } {
  const units = new Set(seeker.skkniUnits);
  const keys = new Set(seeker.skills.map(skillKey));
  const wantedUnits = [...new Set(vacancy.skkniUnits)];
  const wantedSkills = [...new Map(vacancy.skills.filter((s) => skillKey(s)).map((s) => [skillKey(s), s])).values()];
  const total = wantedUnits.length + wantedSkills.length;
  const missingSkkniUnits = wantedUnits.filter((u) => !units.has(u));
  const missingSkills = wantedSkills.filter((s) => !keys.has(skillKey(s)));
  if (!total) {
    return {
      component: {
        name: 'SKILLS',
        weight: MATCH_WEIGHTS.SKILLS,
        score: 0.5,
        reason: 'the vacancy lists no skills or SKKNI units (neutral 0.5)',
      },
      missingSkkniUnits,
      missingSkills,
    };
  }
  const met = total - missingSkkniUnits.length - missingSkills.length;
  const metUnits = wantedUnits.length - missingSkkniUnits.length;
  const parts = [
    wantedUnits.length ? `${metUnits} of ${wantedUnits.length} SKKNI units` : '',
    wantedSkills.length ? `${wantedSkills.length - missingSkills.length} of ${wantedSkills.length} skills` : '',
  ].filter(Boolean);
  const lacking = [...missingSkkniUnits, ...missingSkills];
  const reason = `has ${parts.join(' and ')} the vacancy asks for${lacking.length ? `; lacks ${lacking.join(', ')}` : ''}`;
  return { component: { name: 'SKILLS', weight: MATCH_WEIGHTS.SKILLS, score: met / total, reason }, missingSkkniUnits, missingSkills };
}

/** Whether a certificate counts on `today` (YYYY-MM-DD, WIB): VALID and not past its last day (the expiry job may lag). */
export function certificateCounts(c: Pick<HeldCertificate, 'status' | 'validUntil'>, today: string): boolean {
  return c.status === 'VALID' && c.validUntil >= today;
}

/** Same KBJI unit group (the first four digits of both), or the very same code. */
function sameOccupation(a: string, b: string): boolean {
  if (!a || !b) return false;
  const [x, y] = [digitsOf(a), digitsOf(b)];
  return x === y || (x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4));
}

/**
 * Valid certificates for the vacancy's occupation score 1; otherwise the share of the vacancy's SKKNI units that valid
 * certificates cover. The reason names the certificate (number, scheme) that counted, and how many did not.
 */
export function certificatesComponent(
  held: HeldCertificate[],
  vacancy: Pick<MatchVacancy, 'skkniUnits' | 'kbjiCode'>,
  today: string,
): MatchComponent {
  const w = MATCH_WEIGHTS.CERTIFICATES;
  const component = (score: number, reason: string): MatchComponent => ({ name: 'CERTIFICATES', weight: w, score, reason });
  if (!held.length) return component(0, 'the profile holds no SKKNI competency certificates');
  const valid = held.filter((c) => certificateCounts(c, today));
  const left = held.length - valid.length;
  const notCounted = left
    ? `; ${left} not counted (${[...new Set(held.filter((c) => !valid.includes(c)).map((c) => (c.status === 'VALID' ? 'EXPIRED' : c.status)))].join(', ')})`
    : '';
  if (!valid.length) return component(0, `holds no valid SKKNI competency certificate${notCounted}`);

  const describe = (c: HeldCertificate) => `certificate ${c.number} (scheme ${c.schemeCode}, valid until ${c.validUntil})`;
  const forOccupation = valid.find((c) => sameOccupation(c.kbjiCode, vacancy.kbjiCode));
  const wanted = [...new Set(vacancy.skkniUnits)];
  const covering = valid.filter((c) => c.competencyUnits.some((u) => wanted.includes(u)));
  const certified = new Set(covering.flatMap((c) => c.competencyUnits));
  const covered = wanted.filter((u) => certified.has(u));
  const parts: string[] = [];
  if (forOccupation) parts.push(`${describe(forOccupation)} certifies the vacancy's occupation ${vacancy.kbjiCode}`);
  if (covered.length)
    parts.push(`certified in ${covered.length} of the vacancy's ${wanted.length} SKKNI units by ${covering.map(describe).join(', ')}`);
  const share = wanted.length ? covered.length / wanted.length : 0;
  if (!parts.length) {
    const what = wanted.length ? `cover none of the vacancy's ${wanted.length} SKKNI units and are` : 'are';
    return component(
      0,
      `valid certificates (${valid.map((c) => c.schemeCode).join(', ')}) ${what} for other occupations than the vacancy's ${vacancy.kbjiCode}${notCounted}`,
    );
  }
  return component(Math.max(forOccupation ? 1 : 0, share), parts.join('; ') + notCounted);
}

export function educationComponent(level: string, minEducation: string): MatchComponent {
  const w = MATCH_WEIGHTS.EDUCATION;
  const required = educationRank(minEducation);
  if (!minEducation || minEducation === 'NONE' || required <= 0)
    return { name: 'EDUCATION', weight: w, score: 1, reason: 'the vacancy asks for no minimum education' };
  const have = educationRank(level);
  if (have >= required) return { name: 'EDUCATION', weight: w, score: 1, reason: `${level} meets the minimum ${minEducation}` };
  if (have === required - 1)
    return { name: 'EDUCATION', weight: w, score: 0.4, reason: `${level} is one level below the minimum ${minEducation}` };
  return { name: 'EDUCATION', weight: w, score: 0, reason: `${level || 'unknown'} is below the minimum ${minEducation}` };
}

export function regionComponent(
  seekerRegion: string,
  vacancy: Pick<MatchVacancy, 'regionCode' | 'overseas' | 'destinationCountry'>,
): MatchComponent {
  const w = MATCH_WEIGHTS.REGION;
  if (vacancy.overseas)
    return {
      name: 'REGION',
      weight: w,
      score: 0.5,
      reason: `overseas work place (${vacancy.destinationCountry ?? 'abroad'}): distance does not apply (neutral 0.5)`,
    };
  if (vacancy.regionCode === seekerRegion)
    return { name: 'REGION', weight: w, score: 1, reason: `works in the seeker's regency ${seekerRegion}` };
  if (vacancy.regionCode.slice(0, 2) === seekerRegion.slice(0, 2))
    return {
      name: 'REGION',
      weight: w,
      score: 0.6,
      reason: `works in regency ${vacancy.regionCode}, in the seeker's province ${seekerRegion.slice(0, 2)}`,
    };
  return {
    name: 'REGION',
    weight: w,
    score: 0.2,
    reason: `works in regency ${vacancy.regionCode}, another province than the seeker's ${seekerRegion.slice(0, 2)}`,
  };
}

export function wageComponent(expected: number, vacancy: Pick<MatchVacancy, 'wageMin' | 'wageMax' | 'wageHidden'>): MatchComponent {
  const w = MATCH_WEIGHTS.WAGE;
  const top = vacancy.wageMax || vacancy.wageMin;
  if (vacancy.wageHidden || !top)
    return { name: 'WAGE', weight: w, score: 0.5, reason: 'the vacancy does not show its wage (neutral 0.5)' };
  if (!expected) return { name: 'WAGE', weight: w, score: 0.5, reason: 'the seeker gave no expected wage (neutral 0.5)' };
  const range = vacancy.wageMin && vacancy.wageMax ? `${rupiah(vacancy.wageMin)}-${rupiah(vacancy.wageMax)}` : rupiah(top);
  if (expected <= top) return { name: 'WAGE', weight: w, score: 1, reason: `expected ${rupiah(expected)} is within the offered ${range}` };
  const score = Math.max(0, 1 - (expected - top) / (0.5 * top));
  return { name: 'WAGE', weight: w, score: round(score), reason: `expected ${rupiah(expected)} is above the offered ${range}` };
}

/** Requirements the seeker does not meet (sex, age on `today`). */
export function eligibilityWarnings(
  seeker: Pick<MatchSeeker, 'sex' | 'birthDate'>,
  vacancy: Pick<MatchVacancy, 'sexRequirement' | 'ageMin' | 'ageMax'>,
  today: string,
): string[] {
  const out: string[] = [];
  const wanted = vacancy.sexRequirement === 'MALE' ? 1 : vacancy.sexRequirement === 'FEMALE' ? 2 : 0;
  if (wanted && seeker.sex !== wanted) out.push(`the vacancy asks for ${wanted === 1 ? 'men' : 'women'}`);
  const age = ageOn(seeker.birthDate, today);
  if (age !== undefined && vacancy.ageMin && age < vacancy.ageMin) out.push(`age ${age} is below the minimum ${vacancy.ageMin}`);
  if (age !== undefined && vacancy.ageMax && age > vacancy.ageMax) out.push(`age ${age} is above the maximum ${vacancy.ageMax}`);
  return out;
}

export function scoreMatch(seeker: MatchSeeker, vacancy: MatchVacancy, today: string): MatchResult {
  const skills = skillsComponent(seeker, vacancy);
  const components = [
    occupationComponent(seeker.wantedKbjiCodes, vacancy.kbjiCode),
    skills.component,
    certificatesComponent(seeker.certificates, vacancy, today),
    educationComponent(seeker.educationLevel, vacancy.minEducation),
    regionComponent(seeker.regionCode, vacancy),
    wageComponent(seeker.expectedWage, vacancy),
  ].map((c) => ({ ...c, score: round(c.score) }));
  const warnings = eligibilityWarnings(seeker, vacancy, today);
  const eligibility = warnings.length ? INELIGIBLE_FACTOR : 1;
  const sum = components.reduce((s, c) => s + c.weight * c.score, 0);
  return {
    score: round(sum * eligibility),
    eligibility,
    components,
    warnings,
    missingSkkniUnits: skills.missingSkkniUnits,
    missingSkills: skills.missingSkills,
  };
}
