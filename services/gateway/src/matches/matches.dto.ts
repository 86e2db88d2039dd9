import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { JobSeekerMatchBaseDto, MatchExplanationDto, VacancyMatchBaseDto } from '../generated/jobs.views';

export class MatchQueryDto {
  @ApiPropertyOptional({
    example: '7b1e2f44-1d0c-4f7e-8a55-3c9e0f6a2b10',
    description: 'vacancies for this job seeker (give exactly one of jobSeekerId and vacancyId)',
  })
  @IsOptional()
  @IsUUID()
  jobSeekerId?: string;

  @ApiPropertyOptional({
    example: '0d6c1f0e-5b1a-4c55-9a53-0a2b9f1d7e11',
    description: 'job seekers for this vacancy (who acts for its employer, officers, the ministry)',
  })
  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class TrainingProgramRefDto {
  @ApiProperty({ example: '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a' }) id: string;
  @ApiProperty({ example: 'Instalasi Listrik Bangunan Sederhana' }) title: string;
  @ApiProperty({ example: 'BLK Semarang' }) providerName: string;
  @ApiProperty({ example: '33.74' }) regionCode: string;
  @ApiProperty({ example: ['D.351100.010.01'], description: 'the missing SKKNI units this program teaches' }) teaches: string[];
}

/** A vacancy matched to a seeker: the vacancy, its score explained, and the programs teaching what the seeker lacks. */
export class VacancyMatchDto extends IntersectionType(VacancyMatchBaseDto, MatchExplanationDto) {
  @ApiProperty({ type: [TrainingProgramRefDto], description: 'Skillhub programs teaching the missing SKKNI units (at most 5)' })
  trainingPrograms: TrainingProgramRefDto[];
}

/** A seeker matched to a vacancy, with the score explained. */
export class JobSeekerMatchDto extends IntersectionType(JobSeekerMatchBaseDto, MatchExplanationDto) {}

export class MatchPageDto {
  @ApiProperty({
    example: 'JOB_SEEKER',
    enum: ['JOB_SEEKER', 'VACANCY'],
    description: 'what was matched: vacancies for a job seeker or job seekers for a vacancy',
  })
  for: string;
  @ApiProperty({ example: '7b1e2f44-1d0c-4f7e-8a55-3c9e0f6a2b10' }) id: string;
  @ApiProperty({ example: 1840, description: 'candidates scored (index-driven candidate generation)' }) candidates: number;
  @ApiProperty({ type: [VacancyMatchDto], description: 'for a job seeker: best first' }) vacancies: VacancyMatchDto[];
  @ApiProperty({ type: [JobSeekerMatchDto], description: 'for a vacancy: best first' }) jobSeekers: JobSeekerMatchDto[];
  @ApiProperty({ example: true, description: 'false when Skillhub could not be asked for programs (the matches stand)' })
  trainingProgramsAvailable: boolean;
}
