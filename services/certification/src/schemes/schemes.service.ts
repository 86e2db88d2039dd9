import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isKbji, isSkkniUnit } from '@siapkerja/codes';
import { currentCaller } from '@siapkerja/authz';
import { alreadyExists, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { findByIdOrThrow, isUuid, onceByRequestId, type RequestKey } from '@siapkerja/persistence';
import { isCodeTaken } from '../code-uniqueness';
import { LspEntity } from '../lsps/lsp.entity';
import { assertManagesLsp, lspOfCaller } from '../lsps/lsps.rules';
import { SCHEME_PREREQUISITES, SCHEME_TYPES, SchemeEntity, type SchemePrerequisiteValue, type SchemeTypeValue } from './scheme.entity';
import { SchemeRegistered } from './schemes.events';

export interface NewScheme {
  code: string;
  name: string;
  schemeType: string;
  kkniLevel: number;
  competencyUnits: string[];
  kbjiCode?: string;
  /** the owning LSP; empty: the LSP the caller acts for */
  lspId?: string;
  prerequisite?: string;
  minExperienceMonths?: number;
  /** 0 or absent: 3 */
  validityYears?: number;
}

export const MAX_CODE = 100;
export const MAX_TEXT = 200;
export const MAX_COMPETENCY_UNITS = 200;
export const KKNI_LEVELS = { min: 1, max: 9 } as const;
/** a scheme code as BNSP registers it: letters, digits, space, . / _ - (no tab, line break or other character) */
export const SCHEME_CODE_RE = /^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,99}$/;

@Injectable()
export class SchemesService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  /**
   * Registers a certification scheme owned by one LSP (licensed for it), keyed by its code: BNSP or the ministry for any LSP,
   * an LSP's account or client for its own (another LSP: NOT_FOUND). The same requestId of the same caller returns the first
   * result (safe retry).
   */
  async register(input: NewScheme, clientRequestId?: string): Promise<SchemeEntity> {
    const caller = currentCaller();
    const lspId = input.lspId || lspOfCaller(caller) || '';
    const prerequisite = input.prerequisite || 'NONE';
    const minExperienceMonths = input.minExperienceMonths ?? 0;
    const validityYears = input.validityYears || 3;
    return onceByRequestId(this.ds.getRepository(SchemeEntity), clientRequestId, async (requestId, key) => {
      const code = input.code?.trim() ?? '';
      const kbjiCode = input.kbjiCode ?? '';
      const v = new Violations();
      v.check(!!code && code.length <= MAX_CODE, 'code', `is required (at most ${MAX_CODE} characters)`);
      if (code) v.check(SCHEME_CODE_RE.test(code), 'code', 'must be letters, digits, space, . / _ - (starting with a letter or digit)');
      v.check(!!input.name?.trim() && input.name.length <= MAX_TEXT, 'name', `is required (at most ${MAX_TEXT} characters)`);
      const typeOk = (SCHEME_TYPES as readonly string[]).includes(input.schemeType);
      v.check(typeOk, 'schemeType', `must be one of ${SCHEME_TYPES.join(', ')}`);
      if (input.schemeType === 'KKNI') {
        v.check(
          Number.isInteger(input.kkniLevel) && input.kkniLevel >= KKNI_LEVELS.min && input.kkniLevel <= KKNI_LEVELS.max,
          'kkniLevel',
          `must be an integer from ${KKNI_LEVELS.min} to ${KKNI_LEVELS.max} for a KKNI scheme`,
        );
      } else if (typeOk) {
        v.check(input.kkniLevel === 0, 'kkniLevel', 'must be 0 unless the scheme type is KKNI');
      }
      const unitCount = Array.isArray(input.competencyUnits) ? input.competencyUnits.length : 0;
      const unitCountOk = unitCount > 0 && unitCount <= MAX_COMPETENCY_UNITS;
      v.check(unitCountOk, 'competencyUnits', `needs 1 to ${MAX_COMPETENCY_UNITS} SKKNI unit codes`);
      (input.competencyUnits ?? []).forEach((c, i) =>
        v.check(isSkkniUnit(c), `competencyUnits[${i}]`, 'must be an SKKNI unit code (e.g. J.620100.001.01)'),
      );
      if (unitCountOk) v.check(new Set(input.competencyUnits).size === unitCount, 'competencyUnits', 'must not repeat a unit');
      v.check(kbjiCode === '' || isKbji(kbjiCode), 'kbjiCode', 'must be a KBJI 2014 occupation code when given');
      v.check(isUuid(lspId), 'lspId', 'is required: the id of the LSP licensed for the scheme');
      v.check(
        (SCHEME_PREREQUISITES as readonly string[]).includes(prerequisite),
        'prerequisite',
        `must be one of ${SCHEME_PREREQUISITES.join(', ')}`,
      );
      v.check(
        Number.isInteger(minExperienceMonths) && minExperienceMonths >= 0 && minExperienceMonths <= 600,
        'minExperienceMonths',
        'must be 0 to 600',
      );
      if (prerequisite === 'EXPERIENCE' || prerequisite === 'TRAINING_OR_EXPERIENCE')
        v.check(minExperienceMonths > 0, 'minExperienceMonths', `must be at least 1 for a ${prerequisite} prerequisite`);
      v.check(Number.isInteger(validityYears) && validityYears >= 1 && validityYears <= 10, 'validityYears', 'must be 1 to 10 (default 3)');
      v.throwIfAny();
      assertManagesLsp(caller, lspId);
      const lsp = await this.ds.getRepository(LspEntity).findOneBy({ id: lspId });
      if (!lsp) throw notFound('LSP', lspId);

      try {
        return await this.create(input, { code, kbjiCode, lsp, prerequisite, minExperienceMonths, validityYears, requestId, key });
      } catch (e) {
        // a concurrent registration of the code (in any letter case) committed first: the database's unique index on
        // lower(code) refused this one after the lookup below had passed
        if (isCodeTaken(e, 'schemes')) throw alreadyExists(`A certification scheme with code ${code} is already registered`);
        throw e;
      }
    });
  }

  private create(
    input: NewScheme,
    a: {
      code: string;
      kbjiCode: string;
      lsp: LspEntity;
      prerequisite: string;
      minExperienceMonths: number;
      validityYears: number;
      requestId: string | null;
      key: RequestKey;
    },
  ): Promise<SchemeEntity> {
    const { code, kbjiCode, lsp, prerequisite, minExperienceMonths, validityYears, requestId, key } = a;
    return this.outbox.run(async ({ manager, emit }) => {
      const repo = manager.getRepository(SchemeEntity);
      // a code is the same code in any letter case (SKM-JWD and skm-jwd are one scheme): the lookup names the registered
      // spelling; the unique index on lower(code) decides between concurrent registrations
      const taken = await repo.createQueryBuilder('s').where('lower(s.code) = lower(:code)', { code }).getOne();
      if (taken) throw alreadyExists(`A certification scheme with code ${taken.code} is already registered`);
      const scheme = await repo.save(
        repo.create({
          code,
          name: input.name.trim(),
          schemeType: input.schemeType as SchemeTypeValue,
          kkniLevel: input.kkniLevel,
          competencyUnits: input.competencyUnits,
          kbjiCode,
          lspName: lsp.name,
          lspId: lsp.id,
          prerequisite: prerequisite as SchemePrerequisiteValue,
          minExperienceMonths,
          validityYears,
          requestId,
          requestHash: key.requestHash,
        }),
      );
      // a scheme is national (BNSP), not a regional fact: no regionCode on the envelope
      emit(SchemeRegistered, {
        subject: scheme.id,
        data: {
          schemeId: scheme.id,
          code: scheme.code,
          schemeType: scheme.schemeType,
          kkniLevel: scheme.kkniLevel,
          competencyUnits: scheme.competencyUnits,
          registeredAt: scheme.createdAt.toISOString(),
        },
      });
      return scheme;
    });
  }

  async get(id: string): Promise<SchemeEntity> {
    return findByIdOrThrow(this.ds.getRepository(SchemeEntity), id, 'Scheme');
  }
}
