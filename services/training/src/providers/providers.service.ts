import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertRegionAllowed, currentCaller, isRegionBound, type Caller } from '@siapkerja/authz';
import { isRegionCode, normalizeRegionCode } from '@siapkerja/codes';
import { forbidden, notFound, Violations } from '@siapkerja/errors';
import { decodePageToken, isUuid, newestFirstPage, onceByRequestId } from '@siapkerja/persistence';
import { PROVIDER_KINDS, TrainingProviderEntity, type ProviderKindValue } from './provider.entity';
import { accreditationViolations, mayAdministerProvider, providerViolations, type ProviderInput } from './providers.rules';

export interface ProviderListQuery {
  regionCode?: string;
  kind?: string;
  pageSize?: number;
  pageToken?: string;
}

/**
 * Training providers: registered and verified by the ministry or a Disnaker officer of their region; public to read. The
 * accounts and clients that act for one are bound to it by identity (their organization id).
 */
@Injectable()
export class ProvidersService {
  constructor(private readonly ds: DataSource) {}

  async create(input: ProviderInput, clientRequestId?: string): Promise<TrainingProviderEntity> {
    providerViolations(input).throwIfAny();
    // as the code list writes it (validated above: ' 33.73', '33.73\n' and '3373' are 33.73)
    const regionCode = normalizeRegionCode(input.regionCode) as string;
    const caller = currentCaller();
    if (!mayAdministerProvider(regionCode, caller))
      throw forbidden(`Only the ministry or a Disnaker officer of region ${regionCode} registers a training provider there`);
    const repo = this.ds.getRepository(TrainingProviderEntity);
    return onceByRequestId(repo, clientRequestId, (requestId, key) =>
      repo.save(
        repo.create({
          kind: input.kind as ProviderKindValue,
          name: input.name.trim(),
          regionCode,
          accreditationGrade: input.accreditationGrade,
          accreditationValidUntil: input.accreditationValidUntil || null,
          contactEmail: input.contactEmail,
          contactPhone: input.contactPhone,
          contactWebsite: input.contactWebsite,
          requestId,
          requestHash: key.requestHash,
        }),
      ),
    );
  }

  async get(id: string): Promise<TrainingProviderEntity> {
    const p = isUuid(id) ? await this.ds.getRepository(TrainingProviderEntity).findOneBy({ id }) : null;
    if (!p) throw notFound('Training provider', id);
    return p;
  }

  async list(q: ProviderListQuery): Promise<{ providers: TrainingProviderEntity[]; nextPageToken: string }> {
    const given = q.regionCode ?? '';
    const kind = q.kind ?? '';
    const v = new Violations();
    v.check(
      !given || isRegionCode(given, 'province') || isRegionCode(given, 'regency'),
      'regionCode',
      'must be an existing province (NN) or regency (NN.NN) code',
    );
    // the stored form ('3373' and ' 33.73' filter as 33.73); '' when no filter (or when refused above)
    const regionCode = (given && normalizeRegionCode(given)) || '';
    v.check(!kind || (PROVIDER_KINDS as readonly string[]).includes(kind), 'kind', `must be one of ${PROVIDER_KINDS.join(', ')}`);
    v.check(Number.isInteger(q.pageSize ?? 0) && (q.pageSize ?? 0) >= 0, 'pageSize', 'must not be negative');
    const filter = JSON.stringify([regionCode, kind]);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken)
      v.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing (the filters must stay the same)');
    v.throwIfAny();
    const qb = this.ds.getRepository(TrainingProviderEntity).createQueryBuilder('tp');
    if (regionCode) qb.andWhere('(tp.region_code = :r OR tp.region_code LIKE :rp)', { r: regionCode, rp: `${regionCode}.%` });
    if (kind) qb.andWhere('tp.kind = :kind', { kind });
    const { page, nextPageToken } = await newestFirstPage(qb, 'tp', cursor, Math.min(q.pageSize || 20, 100), filter);
    return { providers: page, nextPageToken };
  }

  /** Verification by the ministry or an officer of the provider's region, with the accreditation as checked. */
  async verify(id: string, grade: string, validUntil: string, now: Date = new Date()): Promise<TrainingProviderEntity> {
    const p = await this.get(id);
    const caller = currentCaller();
    // an officer outside the provider's region is refused before the accreditation is looked at
    assertRegionAllowed(p.regionCode, caller, 'regionCode');
    const v = new Violations();
    accreditationViolations(v, grade, validUntil);
    v.throwIfAny();
    if (!mayAdministerProvider(p.regionCode, caller))
      throw forbidden(`Only the ministry or a Disnaker officer of region ${p.regionCode} verifies this provider`);
    p.accreditationGrade = grade;
    p.accreditationValidUntil = validUntil || null;
    p.verifiedAt = now;
    p.verifiedBy = caller?.clientId ?? caller?.sub ?? 'system';
    return this.ds.getRepository(TrainingProviderEntity).save(p);
  }
}

/**
 * The provider a caller publishes programs for: his organization's; for a partner client or training-provider account
 * from before providers existed, the provider standing for it (created on first use, as the migration did for the
 * programs they already had); for the ministry, officers and the platform itself the one they name by id, or else the
 * provider of the given name in the program's regency (created if new, as the migration did). Undefined when none.
 */
export async function providerForCaller(
  m: EntityManager,
  caller: Caller | undefined,
  requested: string,
  legacyName: string,
  regionCode: string,
): Promise<TrainingProviderEntity | undefined> {
  const repo = m.getRepository(TrainingProviderEntity);
  // the provider of that name in the program's regency, as the migration made them for programs published before providers
  const nameKey = () => {
    const name = legacyName.trim();
    if (!name) return undefined;
    const kind: ProviderKindValue = /^BLK Komunitas/i.test(name) ? 'BLK_KOMUNITAS' : /^BLK/i.test(name) ? 'BLK_UPTD' : 'LPK';
    return { key: `name:${regionCode}:${name.toLowerCase()}`, kind };
  };
  const byId = async (id: string) => {
    const p = isUuid(id) ? await repo.findOneBy({ id }) : null;
    if (!p) throw notFound('Training provider', id);
    return p;
  };
  if (caller?.organizationId) {
    if (requested && requested !== caller.organizationId) throw notFound('Training provider', requested);
    return byId(caller.organizationId);
  }
  // only the platform, the ministry and officers publish for a provider they name; anyone else (a partner client or a
  // provider account not bound to an organization, a person) publishes for the provider standing for him, and another
  // provider's id is to him as an unknown one
  const administers = !caller || caller.roles.includes('MINISTRY_ADMIN') || isRegionBound(caller);
  if (requested && administers) return byId(requested);
  const legacy = !caller
    ? nameKey()
    : caller.clientId && caller.roles.some((r) => r === 'PARTNER' || r === 'TRAINING_PROVIDER')
      ? { key: `client:${caller.clientId}`, kind: 'PARTNER_PLATFORM' as const }
      : !caller.clientId && caller.roles.includes('TRAINING_PROVIDER')
        ? { key: `account:${caller.sub}`, kind: 'LPK' as const }
        : caller.roles.includes('MINISTRY_ADMIN') || isRegionBound(caller)
          ? nameKey()
          : undefined;
  if (requested) {
    // his own provider named by its id (read back from an earlier program) is his; any other id NOT_FOUND
    const own = legacy ? await repo.findOneBy({ legacyOwner: legacy.key }) : null;
    if (!own || own.id !== requested) throw notFound('Training provider', requested);
    return own;
  }
  if (!legacy) return undefined;
  await repo
    .createQueryBuilder()
    .insert()
    .values({ kind: legacy.kind, name: legacyName.trim() || legacy.key, regionCode, legacyOwner: legacy.key })
    .orIgnore()
    .execute();
  return (await repo.findOneBy({ legacyOwner: legacy.key })) ?? undefined;
}
