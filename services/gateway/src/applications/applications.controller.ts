// The application routes are generated from the protos (jobs.proto); the privacy export shows applications the same way.
export { toApplicationDto } from '../generated/jobs.views';
