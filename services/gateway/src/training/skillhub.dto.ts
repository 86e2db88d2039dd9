import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

class PageQueryDto {
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

export class MyEnrolmentsQueryDto extends PageQueryDto {}
