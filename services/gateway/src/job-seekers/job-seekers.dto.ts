/** The job seeker's view, for the hand-written answers carrying it (privacy export). */
export { JobSeekerDto } from '../generated/jobs.views';
