import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
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
  @ApiProperty({ enum: ['DRAFT', 'PUBLISHED', 'CLOSED', 'FILLED', 'EXPIRED'] }) state: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
