import { ApiProperty } from '@nestjs/swagger';
import { EnrolmentDto } from '../generated/training.views';

// The enrolment view is generated (proto/siapkerja/training/v1/enrolments.proto); named here as before (the data export
// shows enrolments too).
export { EnrolmentDto };

export class EnrolmentPageDto {
  @ApiProperty({ type: [EnrolmentDto] }) enrolments: EnrolmentDto[];
  @ApiProperty({ description: 'pass as pageToken for the next page; empty on the last page' }) nextPageToken: string;
}
