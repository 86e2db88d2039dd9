import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListPlacementsQueryDto } from '../generated/placement.views';

/** The list's query (generated) and the file format: the export streams every page, so it stays hand-written. */
export class ExportPlacementsQueryDto extends ListPlacementsQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'ndjson'], default: 'ndjson' })
  @IsOptional()
  @IsIn(['csv', 'ndjson'])
  format?: 'csv' | 'ndjson';
}
