import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IpkFormDto, LabourMarketBaseDto, PersonTraceBaseDto } from '../generated/placement.views';

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

/** Hand-written (with OutcomeRowDto): a cell's value is null unless SHOWN, and a missing cell is SUPPRESSED (toOutcomeRow). */
export class OutcomeCellDto {
  @ApiProperty({ example: 12, nullable: true, type: Number, description: 'null when withheld or not yet measurable' }) value: number | null;
  @ApiProperty({ example: 'SHOWN', enum: ['SHOWN', 'SUPPRESSED', 'NOT_MEASURABLE'] }) status: string;
}
export class OutcomeRowDto {
  @ApiProperty({ example: '5d1c2b0e-7f3a-4b1e-9c55-0a4e7b1c2d3f', description: "'' in the total" }) providerId: string;
  @ApiProperty({ example: '8e2a1f4c-3b6d-4c7e-a1f0-2b3c4d5e6f70' }) programId: string;
  @ApiProperty({ example: 'Instalasi Listrik Bangunan' }) programTitle: string;
  @ApiProperty({ example: '33.74' }) regionCode: string;
  @ApiProperty({ example: '2026-03' }) cohortMonth: string;
  @ApiProperty({ type: OutcomeCellDto }) graduates: OutcomeCellDto;
  @ApiProperty({ type: OutcomeCellDto }) failed: OutcomeCellDto;
  @ApiProperty({ type: OutcomeCellDto }) droppedOut: OutcomeCellDto;
  @ApiProperty({ type: OutcomeCellDto }) certified: OutcomeCellDto;
  @ApiProperty({ type: OutcomeCellDto }) placedWithin3Months: OutcomeCellDto;
  @ApiProperty({ type: OutcomeCellDto }) placedWithin6Months: OutcomeCellDto;
  @ApiProperty({ type: OutcomeCellDto }) placedWithin12Months: OutcomeCellDto;
  @ApiProperty({ type: OutcomeCellDto, description: 'placed within 6 months / graduates, once the cohort is 6 months old' })
  employmentRate: OutcomeCellDto;
  @ApiProperty({ type: OutcomeCellDto }) medianDaysToPlacement: OutcomeCellDto;
  @ApiProperty({ type: OutcomeCellDto, description: "placed in the program's target occupation (KBJI 2 digits) / placed within 12 months" })
  matchedShare: OutcomeCellDto;
}
export class GraduateOutcomesDto {
  @ApiProperty({ type: [OutcomeRowDto] }) rows: OutcomeRowDto[];
  @ApiProperty({ type: OutcomeRowDto, description: 'sum of the shown groups only (withheld groups are left out)' }) total: OutcomeRowDto;
  @ApiProperty({ example: 10 }) minimumCell: number;
  @ApiProperty({ example: 1, description: 'groups withheld for having fewer graduates than the minimum' }) withheldGroups: number;
}

/** A person's path: the generated view and daysToPlacement, null when not placed (the service's -1). */
export class PersonTraceDto extends PersonTraceBaseDto {
  @ApiProperty({ example: 47, nullable: true, type: Number, description: 'days from the last completion to the first placement after it' })
  daysToPlacement: number | null;
}

/** Labour-market information: the generated view and the region's graduate outcomes (their withheld cells shown as null). */
export class LabourMarketDto extends LabourMarketBaseDto {
  @ApiProperty({ type: [OutcomeRowDto], description: "the region's graduate outcomes per program; the last row is the total" })
  outcomes: OutcomeRowDto[];
}
