import { ApiProperty } from '@nestjs/swagger';
import { EnrolmentBaseDto } from '../generated/training.views';

export const ENROLMENT_STATES = [
  'REGISTERED',
  'ACCEPTED',
  'WAITLISTED',
  'REJECTED',
  'WITHDRAWN',
  'CANCELLED',
  'COMPLETED',
  'FAILED',
  'DROPPED_OUT',
] as const;

export class EnrolmentTransitionDto {
  @ApiProperty({ example: 'REGISTERED', nullable: true, type: String, description: 'null for the enrolment itself' }) fromState:
    string | null;
  @ApiProperty({ enum: ENROLMENT_STATES, example: 'ACCEPTED' }) toState: string;
  @ApiProperty({ example: 'sandbox-partner-a', description: 'client or account that made the change' }) actor: string;
  @ApiProperty({ example: 'PROVIDER', enum: ['PROVIDER', 'PERSON', 'REGISTRANT', 'SYSTEM'] }) actorSide: string;
  @ApiProperty({ example: 'Lulus tes seleksi' }) note: string;
  @ApiProperty({ example: '2026-11-25T03:00:00.000Z' }) at: string;
}

/** An enrolment: sex as a word, its history, and scores that are null until recorded. */
export class EnrolmentDto extends EnrolmentBaseDto {
  @ApiProperty({ enum: ['MALE', 'FEMALE'], example: 'FEMALE' }) sex: string;
  @ApiProperty({ type: [EnrolmentTransitionDto], description: 'every state change, oldest first' }) history: EnrolmentTransitionDto[];
  @ApiProperty({ example: 85, nullable: true, type: Number, description: 'document screening score' }) screeningScore: number | null;
  @ApiProperty({ example: 78, nullable: true, type: Number, description: 'selection test score' }) selectionScore: number | null;
  @ApiProperty({ example: null, nullable: true, type: Number, description: 'final assessment score' }) finalScore: number | null;
}

export class EnrolmentPageDto {
  @ApiProperty({ type: [EnrolmentDto] }) enrolments: EnrolmentDto[];
  @ApiProperty({ description: 'pass as pageToken for the next page; empty on the last page' }) nextPageToken: string;
}
