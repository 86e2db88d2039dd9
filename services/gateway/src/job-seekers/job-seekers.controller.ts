import type { jobsV1 } from '@siapkerja/contracts';
import { toJobSeekerDto as toView, type JobSeekerDto } from '../generated/jobs.views';

// The job-seeker routes are generated from the protos (jobs.proto); the jobs service redacts, checks X-Purpose and logs.

/** The REST view of a job seeker as the jobs service redacted it (for the feed and the data export; the flag is ignored). */
export const toJobSeekerDto = (s: jobsV1.JobSeeker__Output, _unmaskedByCaller?: boolean): JobSeekerDto => toView(s);
