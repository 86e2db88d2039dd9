import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const APPLICATION_STATES = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN'] as const;
export const TARGET_STATES = ['SHORTLISTED', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN'] as const;

export class CreateApplicationDto {
  @ApiProperty({ example: '0d6c1f0e-5b1a-4c55-9a53-0a2b9f1d7e11', description: 'a PUBLISHED vacancy' })
  @IsUUID()
  vacancyId: string;

  @ApiProperty({
    example: '7b1e2f44-1d0c-4f7e-8a55-3c9e0f6a2b10',
    description: 'the job seeker applying (a job seeker: his own registration)',
  })
  @IsUUID()
  jobSeekerId: string;

  @ApiPropertyOptional({ example: 'Saya lulusan SMK Teknik Listrik dengan pengalaman 3 tahun.', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  coverLetter?: string;
}

export class TransitionApplicationDto {
  @ApiProperty({
    enum: TARGET_STATES,
    example: 'SHORTLISTED',
    description: 'employer: the next step of APPLIED -> SHORTLISTED -> INTERVIEW -> OFFERED -> HIRED, or REJECTED; the seeker: WITHDRAWN',
  })
  @IsIn(TARGET_STATES)
  toState: (typeof TARGET_STATES)[number];

  @ApiPropertyOptional({ example: 'Wawancara Senin 3 November 09.00 di kantor', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class ListApplicationsQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATES }) @IsOptional() @IsIn(APPLICATION_STATES) state?: (typeof APPLICATION_STATES)[number];
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
  @ApiPropertyOptional({ description: 'nextPageToken of the previous page (same filters)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  pageToken?: string;
}

export class ScreeningNoteDto {
  @ApiProperty({ example: 'EDUCATION', enum: ['SEX', 'AGE', 'EDUCATION', 'EXPERIENCE', 'OVERSEAS'] }) rule: string;
  @ApiProperty({ example: 'education SMK is below the required D3' }) message: string;
}

export class ApplicationTransitionDto {
  @ApiProperty({ type: String, example: 'APPLIED', nullable: true, description: 'null for the application itself' }) fromState:
    string | null;
  @ApiProperty({ example: 'SHORTLISTED' }) toState: string;
  @ApiProperty({ example: 'sandbox-partner-a', description: 'account or client that made the change' }) actor: string;
  @ApiProperty({ example: 'EMPLOYER', enum: ['EMPLOYER', 'SEEKER', 'SYSTEM'] }) actorSide: string;
  @ApiProperty({ example: 'CV sesuai kebutuhan' }) note: string;
  @ApiProperty({ example: '2026-11-03T02:00:00.000Z' }) at: string;
}

export class ApplicationDto {
  @ApiProperty({ example: '5a3c2b1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d' }) id: string;
  @ApiProperty({ example: '0d6c1f0e-5b1a-4c55-9a53-0a2b9f1d7e11' }) vacancyId: string;
  @ApiProperty({ example: '7b1e2f44-1d0c-4f7e-8a55-3c9e0f6a2b10' }) jobSeekerId: string;
  @ApiProperty({ example: '3f2e1d0c-9b8a-4765-8432-10fedcba9876' }) employerId: string;
  @ApiProperty({ enum: APPLICATION_STATES, example: 'APPLIED' }) state: string;
  @ApiProperty({ example: 'Saya lulusan SMK Teknik Listrik.' }) coverLetter: string;
  @ApiProperty({
    type: [ScreeningNoteDto],
    description: 'vacancy rules the seeker did not meet when applying: information for the employer, never a refusal',
  })
  screeningNotes: ScreeningNoteDto[];
  @ApiProperty({ type: [ApplicationTransitionDto], description: 'every state change, oldest first' }) history: ApplicationTransitionDto[];
  @ApiProperty({ example: 'Teknisi Listrik' }) positionName: string;
  @ApiProperty({ example: '33.74' }) vacancyRegionCode: string;
  @ApiProperty({ example: '33.74' }) jobSeekerRegionCode: string;
  @ApiProperty({ example: '2026-11-01T02:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-11-03T02:00:00.000Z' }) updatedAt: string;
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationDto] }) applications: ApplicationDto[];
  @ApiProperty({ description: 'pass as pageToken for the next page; empty on the last page' }) nextPageToken: string;
}
