import type { jobsV1 } from '@siapkerja/contracts';
import { runWithContext } from '@siapkerja/logging';
import type { AccessEntry, AccessLog } from '@siapkerja/privacy';
import type { JobsClient } from '../jobs.client';
import { JOB_SEEKER_PERSONAL_FIELDS } from '@siapkerja/privacy';
import { PersonalFeedRecords } from './feed.personal';
import type { FeedItem } from './feed.service';

const officer = { sub: 'client:o1', roles: ['DISNAKER_REGENCY' as const], regionCode: '33.74', clientId: 'o1', purpose: 'SUPERVISION' };
const item = (id: string, op: 'upsert' | 'delete' = 'upsert'): FeedItem => ({
  cursor: '1',
  op,
  id,
  data: op === 'upsert' ? { id } : null,
  regionCode: '33.74',
  occurredAt: '2026-12-01T00:00:00.000Z',
});
const seeker = (id: string, regionCode = '33.74') => ({ id, personId: `person-${id}`, regionCode }) as jobsV1.JobSeeker__Output;

function setUp(found: jobsV1.JobSeeker__Output[], erased: string[] = [], logFails = false) {
  const logged: { entries: AccessEntry[]; purpose: string }[] = [];
  const jobs = {
    batchGetJobSeekers: jest.fn(async () => ({ jobSeekers: found, erasedIds: erased, restrictedIds: [] })),
  } as unknown as JobsClient;
  const accessLog = {
    record: jest.fn(async (entries: AccessEntry[], purpose: string) => {
      if (logFails) throw new Error('identity down');
      logged.push({ entries, purpose });
      return entries.map((_, i) => String(i));
    }),
  } as unknown as AccessLog;
  return { records: new PersonalFeedRecords(jobs, accessLog), logged, jobs };
}

describe('PersonalFeedRecords (the job-seekers feed reads the records and logs every one served)', () => {
  it('reads the upsert items once each and writes one access-log entry per record, with the purpose', async () => {
    const { records, logged, jobs } = setUp([seeker('a'), seeker('b')], ['c']);
    const r = await runWithContext({ correlationId: 'c1', caller: officer }, () =>
      records.read([item('a'), item('b'), item('a'), item('c'), item('d'), item('e', 'delete')], 'SUPERVISION'),
    );
    expect(jobs.batchGetJobSeekers).toHaveBeenCalledWith(['a', 'b', 'c', 'd']);
    expect([...r.records.keys()]).toEqual(['a', 'b']);
    expect([r.withheld('c'), r.withheld('d')]).toEqual(['ERASED', 'UNKNOWN']);
    expect(logged).toEqual([
      {
        purpose: 'SUPERVISION',
        entries: ['a', 'b'].map((id) => ({
          resourceType: 'job-seeker',
          resourceId: id,
          fields: JOB_SEEKER_PERSONAL_FIELDS,
          subjectPersonId: `person-${id}`,
        })),
      },
    ]);
    expect(JOB_SEEKER_PERSONAL_FIELDS).toEqual(['nik', 'birthDate', 'phone', 'email', 'address', 'religion']);
  });

  it('serves nothing when the access log cannot be written, nor a record outside the officer region', async () => {
    await expect(
      runWithContext({ correlationId: 'c1', caller: officer }, () =>
        setUp([seeker('a')], [], true).records.read([item('a')], 'SUPERVISION'),
      ),
    ).rejects.toThrow('identity down');
    const outside = setUp([seeker('a', '32.73')]);
    await expect(
      runWithContext({ correlationId: 'c1', caller: officer }, () => outside.records.read([item('a')], 'SUPERVISION')),
    ).rejects.toMatchObject({
      kind: 'PERMISSION_DENIED',
    });
    expect(outside.logged).toEqual([]);
  });
});
