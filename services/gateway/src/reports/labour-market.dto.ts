import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IpkFormDto, PersonTraceBaseDto } from '../generated/placement.views';

const REGION = /^\d{2}(\.\d{2})?$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const IPK_FORM_CODES = ['III-1', 'III-2', 'III-3', 'III-4', 'III-5', 'III-6', 'III-7', 'III-8'];

export class IpkQueryDto {
  @ApiProperty({ example: '33.74', description: 'Regency (NN.NN), province (NN, rolled up) or 00 for the nation (the ministry only)' })
  @Matches(REGION, { message: 'region must be a province (NN) or regency (NN.NN) code, or 00' })
  region: string;

  @ApiProperty({ example: '2026-10', description: 'Month YYYY-MM (WIB)' })
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month: string;

  @ApiPropertyOptional({ enum: [...IPK_FORM_CODES, 'ALL'], default: 'ALL', description: 'One form (III-1 is IPK III/1) or all eight' })
  @IsOptional()
  @IsIn([...IPK_FORM_CODES, 'ALL'])
  form?: string;

  @ApiPropertyOptional({
    enum: ['json', 'csv', 'xlsx'],
    default: 'json',
    description: 'xlsx: one sheet per form laid out like the official forms',
  })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}

/** Every form asked for: one answer per form, several calls to the placement service. */
export class IpkFormsDto {
  @ApiProperty({ type: [IpkFormDto] }) forms: IpkFormDto[];
}

/** A person's path: the generated view and daysToPlacement, null when not placed (the service's -1). */
export class PersonTraceDto extends PersonTraceBaseDto {
  @ApiProperty({ example: 47, nullable: true, type: Number, description: 'days from the last completion to the first placement after it' })
  daysToPlacement: number | null;
}
