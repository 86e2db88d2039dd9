import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ApplicationBaseDto, ApplicationTransitionBaseDto } from '../generated/jobs.views';

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
