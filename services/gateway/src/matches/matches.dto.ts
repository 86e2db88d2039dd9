import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { MatchExplanationDto } from '../generated/jobs.views';
import { JobSeekerDto } from '../job-seekers/job-seekers.dto';

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

export class VacancyMatchDto extends MatchExplanationDto {
  @ApiProperty({ example: '0d6c1f0e-5b1a-4c55-9a53-0a2b9f1d7e11' }) vacancyId: string;
  @ApiProperty({ example: '3f2e1d0c-9b8a-4765-8432-10fedcba9876' }) employerId: string;
  @ApiProperty({ example: 'Teknisi Listrik' }) positionName: string;
  @ApiProperty({ example: '7411' }) kbjiCode: string;
  @ApiProperty({ example: '43211' }) kbliCode: string;
  @ApiProperty({ example: '33.74' }) regionCode: string;
  @ApiProperty({ example: 'SMK' }) minEducation: string;
  @ApiProperty({ type: Number, example: 4000000, nullable: true }) wageMin: number | null;
  @ApiProperty({ type: Number, example: 6000000, nullable: true }) wageMax: number | null;
  @ApiProperty({ example: false }) overseas: boolean;
  @ApiProperty({ type: String, example: null, nullable: true }) destinationCountry: string | null;
  @ApiProperty({ example: '2027-01-31' }) validUntil: string;
  @ApiProperty({ type: [TrainingProgramRefDto], description: 'Skillhub programs teaching the missing SKKNI units (at most 5)' })
  trainingPrograms: TrainingProgramRefDto[];
}

export class JobSeekerMatchDto extends MatchExplanationDto {
  @ApiProperty({
    type: JobSeekerDto,
    description: 'personal data masked unless the caller is an officer of the region or the ministry (logged)',
  })
  jobSeeker: JobSeekerDto;
}

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
