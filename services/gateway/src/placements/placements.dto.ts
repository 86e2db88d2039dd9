import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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

export class PlacementDto {
  @ApiProperty({ example: '0b5f7a8e-2f54-4c52-9a3b-0f3c2a9d1e11' }) id: string;
  @ApiProperty({
    example: 'p_Qm9uZ2thcmFuZ2FuLXNhbXBsZS1wZXJzb24taWQtMDE',
    description: 'person id (keyed hash of the NIK), never the NIK',
  })
  personId: string;
  @ApiProperty({ example: 'nib:9120001234567', description: "Karirhub employer id, 'nib:<NIB>', 'tkm:<group id>' or 'self:<person id>'" })
  employerKey: string;
  @ApiProperty({ example: false }) selfEmployed: boolean;
  @ApiProperty({ example: '7411' }) kbjiCode: string;
  @ApiProperty({ example: '43211' }) kbliCode: string;
  @ApiProperty({ example: '43' }) kbliMainGroup: string;
  @ApiProperty({ example: '33.74', description: 'regency the placement is counted in' }) regionCode: string;
  @ApiProperty({ example: '33.74' }) workRegionCode: string;
  @ApiProperty({ example: 'AKL', enum: ['AKL', 'AKAD', 'AKAN'] }) channel: string;
  @ApiProperty({ example: 'PRIVATE' }) employerType: string;
  @ApiProperty({ example: 1, description: '1 male, 2 female, 0 unknown' }) sex: number;
  @ApiProperty({ example: 'SMK' }) educationLevel: string;
  @ApiProperty({ example: '20-29' }) ageBand: string;
  @ApiProperty({ example: '2026-10-10' }) placedOn: string;
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ example: ['DISNAKER', 'KARIRHUB'], description: 'every channel that reported this placement (counted once)' })
  sources: string[];
}

export class PlacementPageDto {
  @ApiProperty({ type: [PlacementDto] }) placements: PlacementDto[];
  @ApiProperty({ example: '', description: "token of the next page; '' on the last page" }) nextPageToken: string;
}
