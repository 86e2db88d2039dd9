import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsRegionCode } from '@siapkerja/codes';
import { EnrolmentBaseDto, SessionDto } from '../generated/training.views';

export const BATCH_MODES = ['OFFLINE', 'ONLINE'] as const;
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

/** Hand-written: generated, a date failing both of its rules would get its two messages in the other order. */
export class CreateBatchDto {
  @ApiProperty({ example: '2026-12-01', format: 'date', description: 'first day of training' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date YYYY-MM-DD' })
  startDate: string;

  @ApiProperty({ example: '2027-01-09', format: 'date', description: 'last day of training, not before startDate' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endDate must be a date YYYY-MM-DD' })
  endDate: string;

  @ApiProperty({ example: '2026-11-10', format: 'date', description: 'first day people can enrol' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'registrationOpens must be a date YYYY-MM-DD' })
  registrationOpens: string;

  @ApiProperty({ example: '2026-11-24', format: 'date', description: 'last day people can enrol: before startDate, not in the past' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'registrationCloses must be a date YYYY-MM-DD' })
  registrationCloses: string;

  @ApiPropertyOptional({
    example: 16,
    minimum: 1,
    maximum: 1000,
    description: "seats (enrolments that can be ACCEPTED); absent: the program's capacity",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number;

  @ApiProperty({ enum: BATCH_MODES, example: 'OFFLINE', description: "OFFLINE at the provider in the program's regency, or ONLINE" })
  @IsIn(BATCH_MODES)
  mode: (typeof BATCH_MODES)[number];

  @ApiPropertyOptional({ example: '33.74', description: "regency of the venue; absent: the program's" })
  @IsOptional()
  @IsString()
  @IsRegionCode({ level: 'regency' })
  regionCode?: string;

  @ApiPropertyOptional({ type: [SessionDto], description: 'the training days (within startDate..endDate); absent: one session a day' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => SessionDto)
  sessions?: SessionDto[];
}

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
