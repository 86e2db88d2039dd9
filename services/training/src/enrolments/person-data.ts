import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertMayExportPersonData } from '@siapkerja/authz';
import { EnrolmentEntity, PersonPrivacyEntity } from './enrolment.entity';
import { enrolmentViews, type EnrolmentView } from './enrolments.service';

/** What the training service holds about one person (UU 27/2022 right of access). */
export interface PersonData {
  /** every enrolment of the person, oldest first, with its history (pseudonymised fields stay so after an erasure) */
  enrolments: EnrolmentView[];
  erasedAt: Date | null;
  processingRestrictedAt: Date | null;
}

/**
 * The person's data export: all his enrolments, unmasked (it is his own data), with their history, and when he asked for
 * erasure or restriction. Officers, partners, providers and other people are refused (PERMISSION_DENIED) before anything
 * is read, so the answer tells a stranger nothing.
 */
@Injectable()
export class PersonDataService {
  constructor(private readonly ds: DataSource) {}

  async export(personId: string): Promise<PersonData> {
    assertMayExportPersonData(personId);
    const [enrolments, privacy] = await Promise.all([
      this.ds.getRepository(EnrolmentEntity).find({ where: { personId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.ds.getRepository(PersonPrivacyEntity).findOneBy({ personId }),
    ]);
    return {
      enrolments: await enrolmentViews(this.ds.manager, enrolments),
      erasedAt: privacy?.erasedAt ?? null,
      processingRestrictedAt: privacy?.processingRestrictedAt ?? null,
    };
  }
}
