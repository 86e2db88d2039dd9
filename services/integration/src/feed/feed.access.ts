import { assertRegionAllowed, type Caller } from '@siapkerja/authz';
import { FEED_RESOURCE_NAMES, isFeedResource, isPersonalFeedResource, type FeedResource } from '@siapkerja/contracts';
import { DomainError, echo, forbidden, invalid } from '@siapkerja/errors';
import { statedPurpose, type AccessPurpose } from '@siapkerja/privacy';

/**
 * Who may read which feed, applied to the caller the gateway forwards (x-caller). Public feeds: anyone the gateway let
 * through (it checks the feed:read scope). Personal feeds (job-seekers): Disnaker officers inside their region and the
 * ministry, with a stated purpose; partners and every other role are refused.
 */
const PERSONAL_FEED_ROLES = ['DISNAKER_REGENCY', 'DISNAKER_PROVINCE', 'MINISTRY_ADMIN'];
const OFFICER_ROLES = ['DISNAKER_REGENCY', 'DISNAKER_PROVINCE'];

const isOfficer = (caller: Caller | undefined) => !!caller?.roles.some((r) => OFFICER_ROLES.includes(r));

export function resourceOf(raw: string): FeedResource {
  if (!isFeedResource(raw)) throw new DomainError('NOT_FOUND', `No feed for ${echo(raw)}; feeds: ${FEED_RESOURCE_NAMES.join(', ')}`);
  return raw;
}

export function authorizeFeed(resource: FeedResource, caller: Caller | undefined): void {
  if (isPersonalFeedResource(resource) && !caller?.roles.some((r) => PERSONAL_FEED_ROLES.includes(r)))
    throw forbidden(`The ${resource} feed carries personal data: only Disnaker officers (their region) and the ministry read it`);
}

/** Refuses an officer's read outside his region (libs/authz: an officer without a region reads nothing). */
export function assertCallerRegion(caller: Caller | undefined, regionCode: string | null | undefined, what: string): void {
  assertRegionAllowed(regionCode, caller, what);
}

/** The region a personal feed is read in: an officer's own region unless he names a part of it (anything else is refused). */
export function feedRegion(resource: FeedResource, caller: Caller | undefined, region: string | undefined): string | undefined {
  if (!isPersonalFeedResource(resource)) return region;
  const effective = region ?? (isOfficer(caller) ? caller!.regionCode : undefined);
  assertCallerRegion(caller, effective, 'region');
  return effective;
}

/**
 * The stated purpose of a read of a personal feed (X-Purpose, forwarded in the caller: required, libs/privacy
 * statedPurpose, INVALID_ARGUMENT naming X-Purpose with the feed's own detail); undefined for public feeds.
 */
export function purposeOf(resource: FeedResource, caller: Caller | undefined): AccessPurpose | undefined {
  if (!isPersonalFeedResource(resource)) return undefined;
  try {
    return statedPurpose(caller, { required: true });
  } catch (e) {
    throw e instanceof DomainError ? invalid(e.violations) : e;
  }
}
