import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { CALLER_KEY, type AuthCaller } from '../auth/caller';
import { isOfficer } from '@siapkerja/authz';
import { FieldValidationException } from '../platform/problem.filter';
import { ACCESS_PURPOSES, PURPOSE_HEADER, type AccessPurpose } from '@siapkerja/privacy';

export { ACCESS_PURPOSES, type AccessPurpose } from '@siapkerja/privacy';

/** What a person may consent to (consent is one lawful basis among others; see README). */
export const CONSENT_PURPOSES = [
  /** being matched with vacancies and contacted by employers through the platform */
  'JOB_MATCHING',
  /** the profile being shared with partner platforms (training, education) for their services */
  'PARTNER_SHARING',
  /** offers of training programs and certification schemes */
  'TRAINING_OFFERS',
  /** news and notices by e-mail or SMS */
  'NOTIFICATIONS',
  /** research beyond the official statistics, on de-identified data */
  'RESEARCH',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export { PURPOSE_HEADER };

const violation = (description: string) => new FieldValidationException([{ field: PURPOSE_HEADER, description }]);

/**
 * The purpose of an unmasked read, from the X-Purpose header: an invalid value is refused (400
 * naming the header), a missing one is refused for officers (Disnaker) and for `required` callers;
 * for others it is undefined (the route then masks, or picks the purpose it implies).
 */
export function resolvePurpose(
  req: Pick<Request, 'header'>,
  caller: Pick<AuthCaller, 'roles'> | undefined,
  opts: { required?: boolean } = {},
): AccessPurpose | undefined {
  const raw = req.header(PURPOSE_HEADER)?.trim();
  if (raw === undefined || raw === '') {
    if (opts.required || (caller && isOfficer(caller.roles)))
      throw violation(`${PURPOSE_HEADER} header is required to read unmasked personal data: one of ${ACCESS_PURPOSES.join(', ')}`);
    return undefined;
  }
  const value = raw.toUpperCase();
  if (!(ACCESS_PURPOSES as readonly string[]).includes(value))
    throw violation(`${PURPOSE_HEADER} must be one of ${ACCESS_PURPOSES.join(', ')}`);
  return value as AccessPurpose;
}

/** Route parameter: the checked X-Purpose of the request (see {@link resolvePurpose}). */
export const Purpose = createParamDecorator(
  (opts: { required?: boolean } | undefined, ctx: ExecutionContext): AccessPurpose | undefined => {
    const req = ctx.switchToHttp().getRequest<Request>();
    return resolvePurpose(req, (req as unknown as Record<string, AuthCaller | undefined>)[CALLER_KEY], opts ?? {});
  },
);

/** Documents the X-Purpose header of a route that can return unmasked personal data. */
export function ApiPurposeHeader(required = false) {
  return ApiHeader({
    name: PURPOSE_HEADER,
    required,
    enum: [...ACCESS_PURPOSES],
    example: 'PLACEMENT_SERVICE',
    description: `Why unmasked personal data is read (logged with the access). Required for Disnaker officers${required ? ' and on this route' : ''}; without it personal data is masked.`,
  });
}
