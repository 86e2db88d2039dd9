// The enrolment view is generated (proto/siapkerja/training/v1/enrolments.proto); named here as before (the data export
// shows enrolments too).
export { EnrolmentDto } from '../generated/training.views';
