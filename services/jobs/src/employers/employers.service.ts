import { assertRegionAllowed, currentCaller, isRegionBound } from '@siapkerja/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { canonicalRegionCode, isKbli, isNib, isRegionCode, normalizeRegionCode, validateKbli } from '@siapkerja/codes';
import { alreadyExists, conflict, forbidden, isOneLine, notFound, ONE_LINE, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import { decodePageToken, findByIdOrThrow, isUuid, newestFirstPage, onceByRequestId } from '@siapkerja/persistence';
import { assertEmployerAccess, assertEmployerAdmin, employerAccess, employerAccessBy } from './employer-access';
import { contactView } from './employers.rules';
import {
  EMPLOYER_TYPES,
  EmployerEntity,
  EmployerMemberEntity,
  MEMBER_ROLES,
  VERIFICATION_STATUSES,
  type EmployerTypeValue,
  type MemberRoleValue,
} from './employer.entity';
import { EmployerRegistered, EmployerUpdated } from './employers.events';

export interface NewEmployer {
  nib: string;
  legalName: string;
  employerType: string;
  kbliCodes: string[];
  regionCode: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
}

/** Fields an UpdateEmployer may name in its update mask. */
export const UPDATABLE_EMPLOYER_FIELDS = [
  'legalName',
  'employerType',
  'kbliCodes',
  'address',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const;
export type EmployerPatch = Partial<Pick<NewEmployer, (typeof UPDATABLE_EMPLOYER_FIELDS)[number]>>;

export interface EmployerListQuery {
  pageSize?: number;
  pageToken?: string;
  regionCode?: string;
  verificationStatus?: string;
  /** only the employers the caller acts for */
  mine?: boolean;
}

const PHONE = /^\+?[0-9]{8,15}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

function checkContent(v: Violations, input: EmployerPatch): void {
  if (input.legalName !== undefined)
    v.check(!!input.legalName?.trim() && input.legalName.length <= 200, 'legalName', 'is required (at most 200 characters)').check(
      isOneLine(input.legalName),
      'legalName',
      ONE_LINE,
    );
  if (input.employerType !== undefined)
    v.check(
      (EMPLOYER_TYPES as readonly string[]).includes(input.employerType),
      'employerType',
      `must be one of ${EMPLOYER_TYPES.join(', ')}`,
    );
  if (input.kbliCodes !== undefined) {
    v.check(
      Array.isArray(input.kbliCodes) && input.kbliCodes.length > 0 && input.kbliCodes.length <= 20,
      'kbliCodes',
      'needs 1 to 20 KBLI codes',
    );
    (input.kbliCodes ?? []).forEach((c, i) => v.check(isKbli(c), `kbliCodes[${i}]`, 'must be a KBLI 2020 code'));
  }
  if (input.address !== undefined) v.check(input.address.length <= 500, 'address', 'must be at most 500 characters');
  if (input.contactName)
    v.check(input.contactName.length <= 200, 'contactName', 'must be at most 200 characters').check(
      isOneLine(input.contactName),
      'contactName',
      ONE_LINE,
    );
  if (input.contactPhone)
    v.check(
      PHONE.test(input.contactPhone.replace(/[\s-]/g, '')),
      'contactPhone',
      'must be a phone number of 8 to 15 digits, optionally with +',
    );
  if (input.contactEmail)
    v.check(EMAIL.test(input.contactEmail) && input.contactEmail.length <= 254, 'contactEmail', 'must be an e-mail address');
}

function updatedData(e: EmployerEntity, changed: string[]) {
  return {
    employerId: e.id,
    nib: e.nib,
    employerType: e.employerType,
    kbliCodes: e.kbliCodes,
    regionCode: e.regionCode,
    legalName: e.legalName,
    verificationStatus: e.verificationStatus,
    changed,
  };
}

/**
 * An employer's KBLI codes as the classification writes them, each once: the check accepts a code with its category
 * letter ('J62019', 'J.62019', 'J 62019'), which is the class 62019; stored as sent, the same activity would be listed
 * in several spellings (and twice when given both ways).
 */
function kbliCodesAsListed(codes: string[]): string[] {
  return [
    ...new Set(
      codes.map((c) => {
        const k = validateKbli(c);
        return k.valid ? k.code : c;
      }),
    ),
  ];
}

@Injectable()
export class EmployersService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  /** Registers an employer; the same requestId of the same caller returns the first result (safe retry). */
  async register(input: NewEmployer, clientRequestId?: string): Promise<EmployerEntity> {
    return onceByRequestId(this.ds.getRepository(EmployerEntity), clientRequestId, async (requestId, key) => {
      // an officer registers employers of his region only: refused before the content is looked at (the code as the code
      // list writes it: '3373' and ' 33.73' are his 33.73, as they are when stored; anything else is judged as sent)
      assertRegionAllowed(canonicalRegionCode(input.regionCode), undefined, 'regionCode');
      const v = new Violations();
      v.check(isNib(input.nib), 'nib', 'must be a 13-digit NIB');
      checkContent(v, {
        legalName: input.legalName ?? '',
        employerType: input.employerType ?? '',
        kbliCodes: input.kbliCodes ?? [],
        address: input.address ?? '',
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        contactEmail: input.contactEmail,
      });
      v.check(isRegionCode(input.regionCode, 'regency'), 'regionCode', 'must be an existing Kemendagri regency code (NN.NN)');
      v.throwIfAny();
      const caller = currentCaller();
      // a partner client owns what it registers; a person with the EMPLOYER role becomes its first OWNER
      const ownerClientId = caller?.clientId && caller.roles.includes('PARTNER') ? caller.clientId : null;
      const ownerAccount = caller && !caller.clientId && caller.roles.includes('EMPLOYER') ? caller.sub : null;

      return this.outbox.run(async ({ manager, emit }) => {
        const repo = manager.getRepository(EmployerEntity);
        if (await repo.existsBy({ nib: input.nib })) throw alreadyExists(`An employer with NIB ${input.nib} is already registered`);
        const employer = await repo.save(
          repo.create({
            nib: input.nib,
            legalName: input.legalName.trim(),
            employerType: input.employerType as EmployerTypeValue,
            kbliCodes: kbliCodesAsListed(input.kbliCodes),
            // as the code list writes it (validated above: ' 33.73', '33.73\n' and '3373' are 33.73)
            regionCode: normalizeRegionCode(input.regionCode) as string,
            address: input.address ?? '',
            contactName: input.contactName?.trim() ?? '',
            contactPhone: input.contactPhone?.replace(/[\s-]/g, '') ?? '',
            contactEmail: input.contactEmail?.trim() ?? '',
            ownerClientId,
            requestId,
            requestHash: key.requestHash,
          }),
        );
        if (ownerAccount)
          await manager
            .getRepository(EmployerMemberEntity)
            .insert({ employerId: employer.id, accountId: ownerAccount, role: 'OWNER', addedBy: ownerAccount });
        emit(EmployerRegistered, {
          subject: employer.id,
          regionCode: employer.regionCode,
          data: {
            employerId: employer.id,
            nib: employer.nib,
            employerType: employer.employerType,
            kbliCodes: employer.kbliCodes,
            regionCode: employer.regionCode,
          },
        });
        return employer;
      });
    });
  }

  /** One employer as the caller may see it: the contact person masked unless the caller acts for it (employers.rules.ts). */
  async get(id: string): Promise<EmployerEntity> {
    const employer = await findByIdOrThrow(this.ds.getRepository(EmployerEntity), id, 'Employer');
    assertRegionAllowed(employer.regionCode, currentCaller(), 'regionCode');
    return contactView(employer, await employerAccess(this.ds.manager, employer));
  }

  /** Changes the fields named in `mask` (AIP-134); only who acts for the employer. Verification is reset by a change of legal data. */
  async update(id: string, patch: EmployerPatch, mask: string[]): Promise<EmployerEntity> {
    const v = new Violations();
    v.check(mask.length > 0, 'updateMask', `must name at least one of ${UPDATABLE_EMPLOYER_FIELDS.join(', ')}`);
    mask.forEach((f, i) =>
      v.check(
        (UPDATABLE_EMPLOYER_FIELDS as readonly string[]).includes(f),
        `updateMask[${i}]`,
        `${f} cannot be updated (updatable: ${UPDATABLE_EMPLOYER_FIELDS.join(', ')})`,
      ),
    );
    v.throwIfAny();
    const picked: EmployerPatch = {};
    for (const f of mask as (keyof EmployerPatch)[]) (picked as Record<string, unknown>)[f] = patch[f] ?? (f === 'kbliCodes' ? [] : '');
    checkContent(v, picked);
    v.throwIfAny();
    return this.locked(id, async (employer, manager, emit) => {
      await assertEmployerAccess(manager, employer);
      const changed: string[] = [];
      for (const [f, value] of Object.entries(picked)) {
        const next =
          f === 'contactPhone'
            ? String(value).replace(/[\s-]/g, '')
            : f === 'kbliCodes'
              ? kbliCodesAsListed(value as string[])
              : typeof value === 'string'
                ? value.trim()
                : value;
        if (JSON.stringify((employer as unknown as Record<string, unknown>)[f]) !== JSON.stringify(next)) {
          (employer as unknown as Record<string, unknown>)[f] = next;
          changed.push(f);
        }
      }
      if (!changed.length) return employer;
      // the legal identity changed: an officer has to look at it again
      if (changed.some((f) => f === 'legalName' || f === 'employerType') && employer.verificationStatus === 'VERIFIED') {
        employer.verificationStatus = 'UNVERIFIED';
        employer.verificationNote = `re-verification needed after a change of ${changed.filter((f) => f === 'legalName' || f === 'employerType').join(', ')}`;
        changed.push('verificationStatus');
      }
      const saved = await manager.getRepository(EmployerEntity).save(employer);
      // contact details are personal data: the event says only that they changed
      emit(EmployerUpdated, { subject: saved.id, regionCode: saved.regionCode, data: updatedData(saved, changed) });
      return saved;
    });
  }

  /** A Disnaker officer of the employer's region, or the ministry, verifies (VERIFIED) or rejects (REJECTED, with a note) it. */
  async verify(id: string, status: string, note = ''): Promise<EmployerEntity> {
    const v = new Violations();
    v.check(status === 'VERIFIED' || status === 'REJECTED', 'status', 'must be VERIFIED or REJECTED');
    v.check(status !== 'REJECTED' || note.trim().length > 0, 'note', 'is required when rejecting');
    v.check(note.length <= 1000, 'note', 'must be at most 1000 characters');
    v.throwIfAny();
    const caller = currentCaller();
    if (caller && !caller.roles.includes('MINISTRY_ADMIN') && !isRegionBound(caller))
      throw forbidden('Only a Disnaker officer or the ministry verifies employers');
    return this.locked(id, async (employer, manager, emit) => {
      assertRegionAllowed(employer.regionCode, caller);
      if (employer.verificationStatus === status && employer.verificationNote === note.trim()) return employer;
      employer.verificationStatus = status as EmployerEntity['verificationStatus'];
      employer.verificationNote = note.trim();
      employer.verifiedBy = caller?.sub ?? 'system';
      employer.verifiedAt = new Date();
      const saved = await manager.getRepository(EmployerEntity).save(employer);
      emit(EmployerUpdated, { subject: saved.id, regionCode: saved.regionCode, data: updatedData(saved, ['verificationStatus']) });
      return saved;
    });
  }

  /** Newest first, keyset-paginated; officers are held to their region, `mine` lists what the caller acts for. */
  async list(q: EmployerListQuery): Promise<{ employers: EmployerEntity[]; nextPageToken: string }> {
    const caller = currentCaller();
    const regionAsSent = q.regionCode || (isRegionBound(caller) ? caller.regionCode : '');
    // as the code list writes it (' 33.73', '33.73\n' and '3373' are 33.73: the same check, filter and page tokens);
    // anything else as sent, refused below
    const regionCode = canonicalRegionCode(regionAsSent);
    // an officer's region first: outside it the query is refused whatever else it asks
    if (regionCode) assertRegionAllowed(regionCode, caller, 'region');
    const status = q.verificationStatus ?? '';
    const pageSize = q.pageSize ?? 0;
    const v = new Violations();
    v.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    v.check(
      !regionCode || isRegionCode(regionCode, 'province') || isRegionCode(regionCode, 'regency'),
      'regionCode',
      'must be an existing province (NN) or regency (NN.NN) code',
    );
    v.check(
      !status || (VERIFICATION_STATUSES as readonly string[]).includes(status),
      'verificationStatus',
      `must be one of ${VERIFICATION_STATUSES.join(', ')}`,
    );
    // the listing's name first: a vacancies token (the same shape of three fields) is not one of this listing
    const filter = `employers|${regionCode}|${status}|${q.mine ? (caller?.clientId ?? caller?.sub ?? '') : ''}`;
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken)
      v.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing (the filters must stay the same)');
    v.throwIfAny();

    const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const qb = this.ds.getRepository(EmployerEntity).createQueryBuilder('e');
    if (regionCode.length === 2) qb.andWhere('left(e.region_code, 2) = :province', { province: regionCode });
    else if (regionCode) qb.andWhere('e.region_code = :regionCode', { regionCode });
    if (status) qb.andWhere('e.verification_status = :status', { status });
    if (q.mine) {
      if (!caller) throw conflict('mine needs a caller');
      if (caller.clientId) qb.andWhere('e.owner_client_id = :client', { client: caller.clientId });
      else
        qb.andWhere('EXISTS (SELECT 1 FROM employer_members m WHERE m.employer_id = e.id AND m.account_id = :account)', {
          account: caller.sub,
        });
    }
    const { page, nextPageToken } = await newestFirstPage(qb, 'e', cursor, size, filter);
    // the contact person as the caller may see it: a person's memberships are read once for the page
    const members =
      caller && !caller.clientId && caller.roles.includes('EMPLOYER') && page.length
        ? await this.ds.getRepository(EmployerMemberEntity).findBy({ accountId: caller.sub, employerId: In(page.map((e) => e.id)) })
        : [];
    const roleIn = new Map(members.map((m) => [m.employerId, m.role]));
    const employers = await Promise.all(
      page.map(async (e) => contactView(e, await employerAccessBy(e, caller, async () => roleIn.get(e.id)))),
    );
    return { employers, nextPageToken };
  }

  /** Adds a person account (or changes its role); only owners, the owning client, officers of the region and the ministry. */
  async addMember(employerId: string, accountId: string, role: string): Promise<EmployerMemberEntity> {
    const v = new Violations();
    v.check(!!accountId && accountId.length <= 100 && /^[A-Za-z0-9._:-]+$/.test(accountId), 'accountId', 'must be an account id');
    v.check((MEMBER_ROLES as readonly string[]).includes(role), 'role', `must be one of ${MEMBER_ROLES.join(', ')}`);
    v.throwIfAny();
    return this.locked(employerId, async (employer, manager) => {
      await assertEmployerAdmin(manager, employer);
      const repo = manager.getRepository(EmployerMemberEntity);
      const existing = await repo.findOneBy({ employerId, accountId });
      if (existing?.role === role) return existing;
      if (existing?.role === 'OWNER' && role !== 'OWNER') await this.keepAnOwner(manager, employerId, accountId);
      await repo.upsert(
        { employerId, accountId, role: role as MemberRoleValue, addedBy: currentCaller()?.clientId ?? currentCaller()?.sub ?? 'system' },
        ['employerId', 'accountId'],
      );
      return repo.findOneByOrFail({ employerId, accountId });
    });
  }

  async listMembers(employerId: string): Promise<EmployerMemberEntity[]> {
    const employer = await this.get(employerId);
    await assertEmployerAccess(this.ds.manager, employer);
    return this.ds.getRepository(EmployerMemberEntity).find({ where: { employerId }, order: { createdAt: 'ASC', accountId: 'ASC' } });
  }

  /** Removes a member (idempotent); the last OWNER cannot be removed. */
  async removeMember(employerId: string, accountId: string): Promise<void> {
    await this.locked(employerId, async (employer, manager) => {
      await assertEmployerAdmin(manager, employer);
      const existing = await manager.getRepository(EmployerMemberEntity).findOneBy({ employerId, accountId });
      if (!existing) return;
      if (existing.role === 'OWNER') await this.keepAnOwner(manager, employerId, accountId);
      await manager.getRepository(EmployerMemberEntity).delete({ employerId, accountId });
    });
  }

  private async keepAnOwner(manager: EntityManager, employerId: string, leaving: string): Promise<void> {
    const owners = await manager.getRepository(EmployerMemberEntity).countBy({ employerId, role: 'OWNER' });
    if (owners <= 1) throw conflict(`Account ${leaving} is the last owner of employer ${employerId}; make another account owner first`);
  }

  /** Runs `fn` on the employer row locked FOR UPDATE inside an outbox transaction. */
  private async locked<T>(id: string, fn: (e: EmployerEntity, manager: EntityManager, emit: OutboxTx['emit']) => Promise<T>): Promise<T> {
    if (!isUuid(id)) throw notFound('Employer', id);
    return this.outbox.run(async ({ manager, emit }) => {
      const employer = await manager.getRepository(EmployerEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!employer) throw notFound('Employer', id);
      return fn(employer, manager, emit);
    });
  }
}
