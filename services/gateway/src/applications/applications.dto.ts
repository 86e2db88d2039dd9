// The application views are generated from the protos (kept here for the privacy export's imports).
export { ApplicationDto, ApplicationPageDto, ApplicationTransitionDto } from '../generated/jobs.views';
