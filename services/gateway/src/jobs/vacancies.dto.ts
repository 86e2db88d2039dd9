import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsKbji, IsRegionCode } from '@siapkerja/codes';

export class CreateVacancyDto {
  @ApiProperty({ format: 'uuid', example: '3b1f4f0e-8c0a-4f9b-9a52-2b7f1c1d2e3f' })
  @IsUUID() employerId: string;

  @ApiProperty({ example: 'Pengembang Perangkat Lunak' })
  @IsString() @Length(1, 200) positionName: string;

  @ApiProperty({ example: '2512', description: 'KBJI 2014 occupation code' })
  @IsString() @IsKbji() kbjiCode: string;

  @ApiProperty({ example: '33.73', description: 'Kemendagri regency code of the work location' })
  @IsString() @IsRegionCode({ level: 'regency' }) regionCode: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 100000 })
  @IsInt() @Min(1) @Max(100000) numberNeeded: number;

  @ApiProperty({ example: '2026-11-01', format: 'date' })
  @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validFrom must be a date YYYY-MM-DD' }) validFrom: string;

  @ApiProperty({ example: '2026-12-31', format: 'date' })
  @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil must be a date YYYY-MM-DD' }) validUntil: string;

  @ApiPropertyOptional({ example: 'Membangun layanan backend untuk sistem informasi ketenagakerjaan.' })
  @IsOptional() @IsString() @MaxLength(20000) description?: string;

  @ApiPropertyOptional({ example: false, description: 'Save as DRAFT (publish later with POST /v1/vacancies/{id}/publish); default publishes at once' })
  @IsOptional() @IsBoolean() draft?: boolean;
}

export const VACANCY_STATES = ['DRAFT', 'PUBLISHED', 'CLOSED', 'FILLED', 'EXPIRED'] as const;

export class ListVacanciesQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;

  @ApiPropertyOptional({ description: 'nextPageToken of the previous page (same filters)' })
  @IsOptional() @IsString() @MaxLength(2000) pageToken?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() employerId?: string;

  @ApiPropertyOptional({ example: '33', description: 'province (NN) or regency (NN.NN); officers default to their own region' })
  @IsOptional() @Matches(/^\d{2}(\.\d{2})?$/, { message: 'region must be a province (NN) or regency (NN.NN) code' }) region?: string;

  @ApiPropertyOptional({ enum: VACANCY_STATES })
  @IsOptional() @IsIn(VACANCY_STATES) state?: (typeof VACANCY_STATES)[number];
}

export class CloseVacancyDto {
  @ApiPropertyOptional({ example: 'Posisi dibatalkan' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ReportFilledDto {
  @ApiProperty({ example: 2, minimum: 1, description: 'number hired (Perpres 57/2023 art. 6), at most numberNeeded' })
  @IsInt() @Min(1) @Max(100000) numberHired: number;
}

export class VacancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty() positionName: string;
  @ApiProperty() kbjiCode: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() numberNeeded: number;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ format: 'date' }) validUntil: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: VACANCY_STATES }) state: string;
  @ApiProperty({ description: 'number hired when reported filled' }) numberHired: number;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
