import { Injectable } from '@nestjs/common';
import { DataSource, Not, In, type EntityManager } from 'typeorm';
import { currentCaller, type Caller } from '@siapkerja/authz';
import { isSkkniUnit, parseYmd, todayWib, validateNik } from '@siapkerja/codes';
import { alreadyExists, conflict, forbidden, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { PersonIdentity } from '@siapkerja/identity';
import { isUuid, onceByRequestId } from '@siapkerja/persistence';
import { isCodeTaken } from '../code-uniqueness';
import { CERTIFICATE_NUMBER_RE, normalizeCertificateNumber } from '../certificates/certificate-codes';
import { issuerOf } from '../certificates/certificate-access';
import { CertificatesService } from '../certificates/certificates.service';
import { AssessorEntity, TukEntity } from '../lsps/lsp.entity';
import { lspAuthority, lspOfCaller } from '../lsps/lsps.rules';
import { SchemeEntity } from '../schemes/scheme.entity';
import { AssessmentEntity, type SelfAssessedUnit, type UnitResultValue } from './assessment.entity';
import { assessorRefusal, decisionOf, eligibility, type CompletedTraining } from './assessments.rules';

export interface NewAssessment {
  schemeId: string;
  applicant: { nik: string; name: string };
  evidenceRefs?: string[];
  experienceMonths?: number;
  selfAssessment?: SelfAssessedUnit[];
}

const MAX_NOTES = 1000;
const MAX_EVIDENCE = 50;

/** The completed trainings of a person (from TrainingCompleted events), oldest first. */
export async function completedTrainingsOf(m: Pick<EntityManager, 'query'>, personId: string): Promise<CompletedTraining[]> {
  const rows: {
    program_id: string;
    program_title: string;
    competency_units: string[];
    certification_scheme_id: string;
    outcome_date: string;
  }[] = await m.query(
    `SELECT program_id, program_title, competency_units, certification_scheme_id, outcome_date::text
         FROM completed_trainings WHERE person_id = $1 ORDER BY outcome_date, enrolment_id`,
    [personId],
  );
  return rows.map((r) => ({
    programId: r.program_id,
    programTitle: r.program_title,
    competencyUnits: r.competency_units,
    certificationSchemeId: r.certification_scheme_id,
    outcomeDate: r.outcome_date,
  }));
}

/**
 * The assessment workflow: application (APL.01 + APL.02) with eligibility -> scheduling at a TUK with an assessor -> per-unit
 * K / BK -> the LSP's decision (a certificate only when every unit is K). The applicant reads his own; the scheme's LSP runs
 * it; BNSP and the ministry read every one; anyone else NOT_FOUND.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly identity: PersonIdentity,
    private readonly certificates: CertificatesService,
  ) {}

  async create(input: NewAssessment, requestId?: string): Promise<AssessmentEntity> {
    const caller = currentCaller();
    const nik = (input.applicant?.nik ?? '').replace(/\s+/g, '');
    const name = (input.applicant?.name ?? '').trim().replace(/\s+/g, ' ');
    const evidenceRefs = (input.evidenceRefs ?? []).map((e) => e.trim());
    const experienceMonths = input.experienceMonths ?? 0;
    const selfAssessment = input.selfAssessment ?? [];
    const v = new Violations();
    v.check(isUuid(input.schemeId), 'schemeId', 'must be a scheme id (UUID)');
    const nikCheck = validateNik(nik);
    v.check(nikCheck.valid, 'applicant.nik', nikCheck.valid ? '' : `must be a valid NIK: ${nikCheck.reason}`);
    v.check(!!name && name.length <= 200, 'applicant.name', 'is required (at most 200 characters)');
    v.check(evidenceRefs.length <= MAX_EVIDENCE, 'evidenceRefs', `at most ${MAX_EVIDENCE}`);
    evidenceRefs.forEach((e, i) => v.check(!!e && e.length <= 500, `evidenceRefs[${i}]`, 'must be 1-500 characters'));
    v.check(Number.isInteger(experienceMonths) && experienceMonths >= 0 && experienceMonths <= 600, 'experienceMonths', 'must be 0 to 600');
    selfAssessment.forEach((u, i) => {
      v.check(isSkkniUnit(u.unitCode), `selfAssessment[${i}].unitCode`, 'must be an SKKNI unit code');
      v.check((u.evidenceRef ?? '').length <= 500, `selfAssessment[${i}].evidenceRef`, 'must be at most 500 characters');
    });
    v.check(new Set(selfAssessment.map((u) => u.unitCode)).size === selfAssessment.length, 'selfAssessment', 'must not repeat a unit');
    v.throwIfAny();
    const personId = this.identity.personId(nik);
    const scheme = await this.ds.getRepository(SchemeEntity).findOneBy({ id: input.schemeId });
    if (!scheme) throw notFound('Scheme', input.schemeId);
    // the applicant himself (his account's person id), or the LSP of the scheme for him
    const self = !!caller?.personId && caller.personId === personId;
    const authority = lspAuthority(caller, scheme.lspId);
    if (!self && authority !== 'OWN' && authority !== 'SYSTEM')
      throw forbidden(`Only the applicant himself or the LSP of scheme ${scheme.code} applies for an assessment`);
    const sv = new Violations();
    selfAssessment.forEach((u, i) =>
      sv.check(
        scheme.competencyUnits.includes(u.unitCode),
        `selfAssessment[${i}].unitCode`,
        `${u.unitCode} is not a unit of scheme ${scheme.code}`,
      ),
    );
    sv.throwIfAny();
    const repo = this.ds.getRepository(AssessmentEntity);
    return onceByRequestId(repo, requestId, async (rid, key) => {
      const trainings = await completedTrainingsOf(this.ds.manager, personId);
      const e = eligibility(scheme, experienceMonths, trainings);
      return repo.save(
        repo.create({
          schemeId: scheme.id,
          lspId: scheme.lspId,
          personId,
          applicantNik: nik,
          applicantName: name,
          evidenceRefs,
          experienceMonths,
          selfAssessment: selfAssessment.map((u) => ({ unitCode: u.unitCode, competent: !!u.competent, evidenceRef: u.evidenceRef ?? '' })),
          status: e.eligible ? 'ELIGIBLE' : 'NOT_ELIGIBLE',
          eligibilityReason: e.reason,
          requestId: rid,
          requestHash: key.requestHash,
        }),
      );
    });
  }

  async get(id: string): Promise<AssessmentEntity> {
    const a = await this.load(this.ds.manager, id);
    this.assertReadable(a, currentCaller());
    return a;
  }

  /** The LSP schedules at its TUK with its assessor: the assessor's areas, registration and daily capacity are checked. */
  async schedule(id: string, tukId: string, assessorId: string, date: string, now = new Date()): Promise<AssessmentEntity> {
    const v = new Violations();
    v.check(isUuid(tukId), 'tukId', 'must be a TUK id (UUID)');
    v.check(isUuid(assessorId), 'assessorId', 'must be an assessor id (UUID)');
    v.check(!!parseYmd(date), 'assessmentDate', 'must be a date YYYY-MM-DD');
    if (parseYmd(date)) v.check(date >= todayWib(now), 'assessmentDate', 'must not be in the past');
    v.throwIfAny();
    return this.ds.transaction(async (m) => {
      const a = await this.runnable(m, id);
      if (a.status !== 'ELIGIBLE' && a.status !== 'SCHEDULED')
        throw conflict(`Assessment ${id} is ${a.status}: only an ELIGIBLE (or SCHEDULED) assessment is scheduled`);
      const tuk = await m.getRepository(TukEntity).findOneBy({ id: tukId, lspId: a.lspId });
      if (!tuk) throw notFound('TUK', tukId);
      // the assessor's row lock serialises the capacity count of concurrent schedulings
      const assessor = await m
        .getRepository(AssessorEntity)
        .findOne({ where: { id: assessorId, lspId: a.lspId }, lock: { mode: 'pessimistic_write' } });
      if (!assessor) throw notFound('Assessor', assessorId);
      const scheme = await m.getRepository(SchemeEntity).findOneByOrFail({ id: a.schemeId });
      const sameDay = await m.getRepository(AssessmentEntity).countBy({ assessorId, assessmentDate: date, id: Not(a.id) });
      const refusal = assessorRefusal(assessor, scheme, date, sameDay);
      if (refusal) throw conflict(refusal);
      Object.assign(a, { tukId, assessorId, assessmentDate: date, regionCode: tuk.regionCode, status: 'SCHEDULED' });
      return m.getRepository(AssessmentEntity).save(a);
    });
  }

  /** The LSP records the assessor's K / BK for every unit of the scheme (SCHEDULED -> ASSESSED). */
  async recordResults(id: string, results: UnitResultValue[]): Promise<AssessmentEntity> {
    return this.ds.transaction(async (m) => {
      const a = await this.runnable(m, id);
      if (a.status !== 'SCHEDULED') throw conflict(`Assessment ${id} is ${a.status}: results are recorded for a SCHEDULED assessment`);
      const scheme = await m.getRepository(SchemeEntity).findOneByOrFail({ id: a.schemeId });
      const v = new Violations();
      results.forEach((r, i) => {
        v.check(
          scheme.competencyUnits.includes(r.unitCode),
          `results[${i}].unitCode`,
          `${r.unitCode} is not a unit of scheme ${scheme.code}`,
        );
        v.check(r.verdict === 'K' || r.verdict === 'BK', `results[${i}].verdict`, 'must be K or BK');
        v.check((r.notes ?? '').length <= MAX_NOTES, `results[${i}].notes`, `must be at most ${MAX_NOTES} characters`);
      });
      const missing = scheme.competencyUnits.filter((u) => !results.some((r) => r.unitCode === u));
      v.check(!missing.length, 'results', `needs one result for every unit of the scheme: missing ${missing.join(', ')}`);
      v.check(new Set(results.map((r) => r.unitCode)).size === results.length, 'results', 'must not repeat a unit');
      v.throwIfAny();
      a.results = scheme.competencyUnits.map((u) => {
        const r = results.find((x) => x.unitCode === u)!;
        return { unitCode: u, verdict: r.verdict, notes: (r.notes ?? '').trim() };
      });
      a.status = 'ASSESSED';
      return m.getRepository(AssessmentEntity).save(a);
    });
  }

  /**
   * The LSP decides (ASSESSED -> COMPETENT | NOT_YET_COMPETENT): every unit K issues the certificate (number required) in
   * the same transaction; any BK ends as not yet competent with the units to retake, and no certificate.
   */
  async decide(id: string, certificateNumber: string, notes: string, now = new Date()): Promise<AssessmentEntity> {
    const text = (notes ?? '').trim();
    if (text.length > MAX_NOTES) new Violations().add('notes', `must be at most ${MAX_NOTES} characters`).throwIfAny();
    try {
      return await this.decideOnce(id, certificateNumber, text, now);
    } catch (e) {
      // a certificate issued concurrently under the same number committed first (the lookup in issueInTx had passed)
      if (isCodeTaken(e, 'certificates'))
        throw alreadyExists(`A certificate with number ${normalizeCertificateNumber(certificateNumber)} is already registered`);
      throw e;
    }
  }

  private decideOnce(id: string, certificateNumber: string, text: string, now: Date): Promise<AssessmentEntity> {
    return this.outbox.run(async ({ manager: m, emit }) => {
      const a = await this.runnable(m, id);
      if (a.status !== 'ASSESSED') throw conflict(`Assessment ${id} is ${a.status}: only an ASSESSED assessment is decided`);
      const { competent, unitsToRetake } = decisionOf(a.results);
      a.decisionNotes = text;
      if (!competent) {
        a.status = 'NOT_YET_COMPETENT';
        a.unitsToRetake = unitsToRetake;
        return m.getRepository(AssessmentEntity).save(a);
      }
      const number = normalizeCertificateNumber(certificateNumber);
      if (!CERTIFICATE_NUMBER_RE.test(number))
        new Violations()
          .add('certificateNumber', 'is required when every unit is K: 1-64 characters, letters, digits, space, . / - _')
          .throwIfAny();
      const scheme = await m.getRepository(SchemeEntity).findOneByOrFail({ id: a.schemeId });
      const cert = await this.certificates.issueInTx(m, emit, {
        scheme,
        issuer: issuerOf(currentCaller()),
        nik: a.applicantNik,
        name: a.applicantName,
        number,
        issueDate: todayWib(now),
        validUntil: '',
        requestId: null,
        requestHash: null,
        regionCode: a.regionCode,
        assessmentId: a.id,
        now,
      });
      a.status = 'COMPETENT';
      a.certificateId = cert.id;
      return m.getRepository(AssessmentEntity).save(a);
    });
  }

  /** Re-evaluates a person's NOT_ELIGIBLE assessments (a training was completed); answers how many became ELIGIBLE. */
  async reevaluate(m: EntityManager, personId: string): Promise<number> {
    const pending = await m
      .getRepository(AssessmentEntity)
      .find({ where: { personId, status: 'NOT_ELIGIBLE' }, lock: { mode: 'pessimistic_write' } });
    if (!pending.length) return 0;
    const trainings = await completedTrainingsOf(m, personId);
    const schemes = await m.getRepository(SchemeEntity).findBy({ id: In(pending.map((a) => a.schemeId)) });
    let changed = 0;
    for (const a of pending) {
      const e = eligibility(
        schemes.find((s) => s.id === a.schemeId)!,
        a.experienceMonths,
        trainings,
      );
      if (!e.eligible) continue;
      a.status = 'ELIGIBLE';
      a.eligibilityReason = e.reason;
      await m.getRepository(AssessmentEntity).save(a);
      changed++;
    }
    return changed;
  }

  private async load(m: EntityManager, id: string, lock = false): Promise<AssessmentEntity> {
    const a = isUuid(id)
      ? await m
          .getRepository(AssessmentEntity)
          .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!a) throw notFound('Assessment', id);
    return a;
  }

  private assertReadable(a: AssessmentEntity, caller: Caller | undefined): void {
    if (lspAuthority(caller, a.lspId)) return;
    if (caller?.personId && caller.personId === a.personId) return;
    throw notFound('Assessment', a.id);
  }

  /** The assessment, locked, when the caller runs it: its LSP (or the platform). The applicant: PERMISSION_DENIED; others NOT_FOUND. */
  private async runnable(m: EntityManager, id: string): Promise<AssessmentEntity> {
    const caller = currentCaller();
    const a = await this.load(m, id, true);
    this.assertReadable(a, caller);
    if (caller && lspOfCaller(caller) !== a.lspId)
      throw forbidden(`Only the LSP of assessment ${id} schedules, records results and decides`);
    return a;
  }
}
