import { ApiProperty } from '@nestjs/swagger';
import { ApplicationBaseDto, ApplicationTransitionBaseDto } from '../generated/jobs.views';

/** A state change: the states are not documented as enums; fromState is null for the application itself. */
export class ApplicationTransitionDto extends ApplicationTransitionBaseDto {
  @ApiProperty({ type: String, example: 'APPLIED', nullable: true, description: 'null for the application itself' }) fromState:
    string | null;
  @ApiProperty({ example: 'SHORTLISTED' }) toState: string;
}

export class ApplicationDto extends ApplicationBaseDto {
  @ApiProperty({ type: [ApplicationTransitionDto], description: 'every state change, oldest first' }) history: ApplicationTransitionDto[];
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationDto] }) applications: ApplicationDto[];
  @ApiProperty({ description: 'pass as pageToken for the next page; empty on the last page' }) nextPageToken: string;
}
