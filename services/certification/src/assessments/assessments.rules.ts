import type { Caller } from '@siapkerja/authz';
import type { AccessEntry, AccessPurpose } from '@siapkerja/privacy';
import type { AssessmentEntity, UnitResultValue } from './assessment.entity';

/** A training the person completed (from Skillhub's TrainingCompleted). */
export interface CompletedTraining {
  programId: string;
  programTitle: string;
  competencyUnits: string[];
  certificationSchemeId: string;
  outcomeDate: string;
}

export interface SchemeForEligibility {
  id: string;
  code: string;
  competencyUnits: string[];
  prerequisite: 'NONE' | 'TRAINING' | 'EXPERIENCE' | 'TRAINING_OR_EXPERIENCE';
  minExperienceMonths: number;
}

/**
 * Whether an applicant may be assessed on a scheme, and why. A training prerequisite is met by a completed training program
 * that prepares for the scheme or covers every unit of it; an experience prerequisite by the months stated (APL.01).
 */
export function eligibility(
  scheme: SchemeForEligibility,
  experienceMonths: number,
  trainings: CompletedTraining[],
): { eligible: boolean; reason: string } {
  if (scheme.prerequisite === 'NONE') return { eligible: true, reason: `scheme ${scheme.code} has no prerequisite` };
  const training = ['TRAINING', 'TRAINING_OR_EXPERIENCE'].includes(scheme.prerequisite)
    ? trainings.find((t) => t.certificationSchemeId === scheme.id || scheme.competencyUnits.every((u) => t.competencyUnits.includes(u)))
    : undefined;
  if (training)
    return {
      eligible: true,
      reason: `training program "${training.programTitle}" (${training.programId}) completed on ${training.outcomeDate} covers the units of scheme ${scheme.code} (Skillhub TrainingCompleted)`,
    };
  const experienceOk =
    ['EXPERIENCE', 'TRAINING_OR_EXPERIENCE'].includes(scheme.prerequisite) && experienceMonths >= scheme.minExperienceMonths;
  if (experienceOk)
    return { eligible: true, reason: `${experienceMonths} months of experience (the scheme asks for ${scheme.minExperienceMonths})` };
  const needs: string[] = [];
  if (scheme.prerequisite !== 'EXPERIENCE') needs.push(`a completed training program covering ${scheme.competencyUnits.join(', ')}`);
  if (scheme.prerequisite !== 'TRAINING') needs.push(`${scheme.minExperienceMonths} months of experience (stated: ${experienceMonths})`);
  return { eligible: false, reason: `not eligible yet: scheme ${scheme.code} needs ${needs.join(' or ')}` };
}

/** Why an assessor may not assess this scheme on this date, or undefined. */
export function assessorRefusal(
  assessor: { name: string; competenceAreas: string[]; registrationValidUntil: string; dailyCapacity: number },
  scheme: { code: string; competencyUnits: string[] },
  date: string,
  alreadyThatDay: number,
): string | undefined {
  const covers =
    assessor.competenceAreas.includes(scheme.code) || scheme.competencyUnits.every((u) => assessor.competenceAreas.includes(u));
  if (!covers) {
    const outside = scheme.competencyUnits.filter((u) => !assessor.competenceAreas.includes(u));
    return `scheme ${scheme.code} is outside the competence areas of assessor ${assessor.name} (not covered: ${outside.join(', ')})`;
  }
  if (date > assessor.registrationValidUntil)
    return `the registration of assessor ${assessor.name} ends on ${assessor.registrationValidUntil}, before ${date}`;
  if (alreadyThatDay >= assessor.dailyCapacity)
    return `assessor ${assessor.name} already has ${alreadyThatDay} assessments on ${date} (daily capacity ${assessor.dailyCapacity})`;
  return undefined;
}

/** The LSP's decision from the per-unit results: competent only when every unit is K; otherwise the BK units to retake. */
export function decisionOf(results: UnitResultValue[]): { competent: boolean; unitsToRetake: string[] } {
  const unitsToRetake = results.filter((r) => r.verdict !== 'K').map((r) => r.unitCode);
  return { competent: results.length > 0 && unitsToRetake.length === 0, unitsToRetake };
}

/**
 * The reads of personal data that answering these assessments discloses (the access log, UU 27/2022), as for certificates:
 * each discloses its applicant's name (the NIK is never answered); an erased applicant's (a stand-in NIK starting with X)
 * nothing personal. Each under the stated purpose (X-Purpose) or the one the caller's relation implies: the applicant himself
 * DATA_SUBJECT_REQUEST, the ministry SUPERVISION, the LSP and BNSP CERTIFICATION. The platform itself (no caller) logs nothing.
 */
export function assessmentReads(
  assessments: Pick<AssessmentEntity, 'id' | 'personId' | 'applicantNik'>[],
  caller: Caller | undefined,
  stated: AccessPurpose | undefined,
): AccessEntry[] {
  if (!caller) return [];
  return assessments
    .filter((a) => !a.applicantNik.startsWith('X'))
    .map((a) => {
      const applicant = !!caller.personId && caller.personId === a.personId;
      return {
        resourceType: 'assessment',
        resourceId: a.id,
        fields: ['applicantName'],
        subjectPersonId: a.personId,
        purpose: stated ?? (applicant ? 'DATA_SUBJECT_REQUEST' : caller.roles.includes('MINISTRY_ADMIN') ? 'SUPERVISION' : 'CERTIFICATION'),
      };
    });
}
