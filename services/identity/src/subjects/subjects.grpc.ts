import { Controller } from '@nestjs/common';
import { currentCaller } from '@siapkerja/authz';
import { type identityV1, GrpcService, type GrpcControllerOf } from '@siapkerja/contracts';
import { forbidden, invalid } from '@siapkerja/errors';
import { isServiceCaller } from '../shared/caller';
import { SUBJECT_RE } from './subjects.rules';
import { SubjectsService } from './subjects.service';

/**
 * The standing of a token's subject, for the platform's services only (no route at the gateway): a person or an API
 * client asking, or a call without a caller, is PERMISSION_DENIED, before the subject is even looked at.
 */
@Controller()
@GrpcService('identity')
export class SubjectsGrpc implements GrpcControllerOf<'identity'> {
  constructor(private readonly subjects: SubjectsService) {}

  async getSubjectStanding(r: identityV1.GetSubjectStandingRequest__Output): Promise<identityV1.SubjectStanding> {
    const caller = currentCaller();
    if (!caller || !isServiceCaller(caller)) throw forbidden("Only the platform's services ask how a subject stands");
    if (!SUBJECT_RE.test(r.subject ?? ''))
      throw invalid([{ field: 'subject', description: 'subject must be an account id or a client id: 1 to 200 visible ASCII characters' }]);
    return this.subjects.standing(r.subject);
  }
}
