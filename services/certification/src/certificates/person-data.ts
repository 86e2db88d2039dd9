import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertMayExportPersonData } from '@siapkerja/authz';
import { AssessmentEntity } from '../assessments/assessment.entity';
import { CertificateEntity } from './certificate.entity';
import { CertificatesService, type CertificateView } from './certificates.service';

/** What Sertihub holds about one person (UU 27/2022 right of access). */
export interface PersonCertificates {
  /** every certificate issued to the person, oldest first, with its history (pseudonymised fields stay so) */
  certificates: CertificateView[];
  /** every application for an assessment made by or for the person, oldest first (pseudonymised fields stay so) */
  assessments: AssessmentEntity[];
  erasedAt: Date | null;
  processingRestrictedAt: Date | null;
}

/**
 * The person's data export: every certificate issued to him, in full (it is his own data) with its history, and every
 * application for an assessment (his name, evidence, self-assessment, results and the LSP's decision). Only the person
 * himself or the ministry; the issuing LSPs, BNSP, partners and other people are refused (PERMISSION_DENIED) before anything
 * is read.
 */
@Injectable()
export class CertificatesPersonDataService {
  constructor(
    private readonly ds: DataSource,
    private readonly certificates: CertificatesService,
  ) {}

  async export(personId: string): Promise<PersonCertificates> {
    assertMayExportPersonData(personId);
    const certs = await this.ds.getRepository(CertificateEntity).find({ where: { personId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const assessments = await this.ds.getRepository(AssessmentEntity).find({ where: { personId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const [p]: { erased_at: Date | null; processing_restricted_at: Date | null }[] = await this.ds.query(
      `SELECT erased_at, processing_restricted_at FROM person_privacy WHERE person_id = $1`,
      [personId],
    );
    return {
      certificates: await this.certificates.views(this.ds.manager, certs),
      assessments,
      erasedAt: p?.erased_at ?? null,
      processingRestrictedAt: p?.processing_restricted_at ?? null,
    };
  }
}
