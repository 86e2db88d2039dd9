import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';

export class ListPlacementsQueryDto {
  @ApiPropertyOptional({
    example: '33.74',
    description: 'Province (NN) or regency (NN.NN); officers: defaults to (and must be inside) their region',
  })
  @IsOptional()
  @Matches(/^\d{2}(\.\d{2})?$/, { message: 'region must be a province (NN) or regency (NN.NN) code' })
  region?: string;

  @ApiPropertyOptional({ example: '2026-10', description: 'Month YYYY-MM (WIB) of the placement' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ enum: ['AKL', 'AKAD', 'AKAN'] })
  @IsOptional()
  @IsIn(['AKL', 'AKAD', 'AKAN'])
  channel?: string;

  @ApiPropertyOptional({
    enum: ['KARIRHUB', 'TKM', 'DISNAKER', 'TRAINING_PROVIDER', 'PARTNER', 'MINISTRY'],
    description: 'Placements one of whose sources is this',
  })
  @IsOptional()
  @IsIn(['KARIRHUB', 'TKM', 'DISNAKER', 'TRAINING_PROVIDER', 'PARTNER', 'MINISTRY'])
  source?: string;

  @ApiPropertyOptional({ example: '74', description: 'KBJI 2014 code or prefix' })
  @IsOptional()
  @Matches(/^\d{1,4}(\.\d{2})?$/, { message: 'kbjiCode must be a KBJI code or prefix' })
  kbjiCode?: string;

  @ApiPropertyOptional({ example: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  pageSize?: number;

  @ApiPropertyOptional({ description: 'nextPageToken of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  pageToken?: string;
}

export class ExportPlacementsQueryDto extends ListPlacementsQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'ndjson'], default: 'ndjson' })
  @IsOptional()
  @IsIn(['csv', 'ndjson'])
  format?: 'csv' | 'ndjson';
}
