import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentCaller, type Caller } from '@siapkerja/authz';
import { forbidden, Violations } from '@siapkerja/errors';
import { EnrolmentEntity, PersonPrivacyEntity } from './enrolment.entity';
import { enrolmentViews, type EnrolmentView } from './enrolments.service';

/** What the training service holds about one person (UU 27/2022 right of access). */
export interface PersonData {
  /** every enrolment of the person, oldest first, with its history (pseudonymised fields stay so after an erasure) */
  enrolments: EnrolmentView[];
  erasedAt: Date | null;
  processingRestrictedAt: Date | null;
}

/** The shape of a person id (libs/identity) as the callers carry it. */
const PERSON_ID_RE = /^[A-Za-z0-9_-]{16,128}$/;

/** Only the person himself (the gateway forwards his account's person id) or the ministry reads a person's whole record. */
export function mayExportPersonData(personId: string, caller: Caller | undefined): boolean {
  if (!caller) return false;
  if (caller.roles.includes('MINISTRY_ADMIN')) return true;
  return !!caller.personId && caller.personId === personId;
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
    const v = new Violations();
    v.check(PERSON_ID_RE.test(personId ?? ''), 'personId', 'must be a person id (16-128 characters of A-Z, a-z, 0-9, _ and -)');
    v.throwIfAny();
    if (!mayExportPersonData(personId, currentCaller())) throw forbidden('Only the person himself or the ministry exports a person\'s data');
    const [enrolments, privacy] = await Promise.all([
      this.ds.getRepository(EnrolmentEntity).find({ where: { personId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.ds.getRepository(PersonPrivacyEntity).findOneBy({ personId }),
    ]);
    return { enrolments: await enrolmentViews(this.ds.manager, enrolments), erasedAt: privacy?.erasedAt ?? null, processingRestrictedAt: privacy?.processingRestrictedAt ?? null };
  }
}
