import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PlacementDto } from '../placements/placements.dto';

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

class IpkRowDto {
  @ApiProperty({ example: '20-29', description: 'group code, or TOTAL (Jumlah)' }) key: string;
  @ApiProperty({ example: '20-29 tahun' }) label: string;
  @ApiProperty({ example: [1, 1, 2, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1], type: [Number], description: 'in the order of columns' })
  values: number[];
}
class IpkTableDto {
  @ApiProperty({ example: 'job_seekers_by_age_band' }) name: string;
  @ApiProperty({ example: 'Pencari kerja menurut golongan umur dan jenis kelamin' }) title: string;
  @ApiProperty({ example: ['carried_over_male', 'carried_over_female', 'carried_over_total'], type: [String] }) columns: string[];
  @ApiProperty({ type: [IpkRowDto] }) rows: IpkRowDto[];
}
export class IpkFormDto {
  @ApiProperty({ example: 'III/1' }) form: string;
  @ApiProperty({ example: 'Pencari kerja menurut golongan umur dan jenis kelamin; lowongan menurut jenis kelamin' }) title: string;
  @ApiProperty({ example: '33.74' }) regionCode: string;
  @ApiProperty({ example: 'KOTA SEMARANG' }) regionName: string;
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ type: [IpkTableDto] }) tables: IpkTableDto[];
}
export class IpkFormsDto {
  @ApiProperty({ type: [IpkFormDto] }) forms: IpkFormDto[];
}

export class OutcomesQueryDto {
  @ApiPropertyOptional({ example: '33.74', description: 'Province or regency of the batch venue (officers: inside their region)' })
  @IsOptional()
  @Matches(REGION, { message: 'region must be a province (NN) or regency (NN.NN) code' })
  region?: string;
  @ApiPropertyOptional({ example: '5d1c2b0e-7f3a-4b1e-9c55-0a4e7b1c2d3f' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiPropertyOptional({ example: '8e2a1f4c-3b6d-4c7e-a1f0-2b3c4d5e6f70' }) @IsOptional() @IsUUID() programId?: string;
  @ApiPropertyOptional({ example: '2026-01' }) @IsOptional() @Matches(MONTH, { message: 'cohortFrom must be YYYY-MM' }) cohortFrom?: string;
  @ApiPropertyOptional({ example: '2026-06' }) @IsOptional() @Matches(MONTH, { message: 'cohortTo must be YYYY-MM' }) cohortTo?: string;
}

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

class TraceTrainingDto {
  @ApiProperty({ example: '1f7e3c2a-5b4d-4e6f-8a9b-0c1d2e3f4a5b' }) enrolmentId: string;
  @ApiProperty({ example: '5d1c2b0e-7f3a-4b1e-9c55-0a4e7b1c2d3f' }) providerId: string;
  @ApiProperty({ example: '8e2a1f4c-3b6d-4c7e-a1f0-2b3c4d5e6f70' }) programId: string;
  @ApiProperty({ example: 'Instalasi Listrik Bangunan' }) programTitle: string;
  @ApiProperty({ example: '33.74' }) regionCode: string;
  @ApiProperty({ example: 'COMPLETED' }) outcome: string;
  @ApiProperty({ example: '2026-03-15' }) outcomeDate: string;
}
class TraceCertificateDto {
  @ApiProperty({ example: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d' }) certificateId: string;
  @ApiProperty({ example: 'SKM-LISTRIK' }) schemeCode: string;
  @ApiProperty({ example: '2026-04-01' }) issueDate: string;
  @ApiProperty({ example: 'VALID' }) status: string;
}
export class PersonTraceDto {
  @ApiProperty({ example: 'p_Qm9uZ2thcmFuZ2FuLXNhbXBsZS1wZXJzb24taWQtMDE' }) personId: string;
  @ApiProperty({ type: [TraceTrainingDto] }) trainings: TraceTrainingDto[];
  @ApiProperty({ type: [TraceCertificateDto] }) certificates: TraceCertificateDto[];
  @ApiProperty({ type: [PlacementDto] }) placements: PlacementDto[];
  @ApiProperty({ example: 47, nullable: true, type: Number, description: 'days from the last completion to the first placement after it' })
  daysToPlacement: number | null;
}

export class LabourMarketQueryDto {
  @ApiProperty({ example: '33.74', description: 'Province (NN) or regency (NN.NN)' })
  @Matches(/^\d{2}(\.\d{2})?$/, { message: 'region must be a province (NN) or regency (NN.NN) code' })
  region: string;
  @ApiProperty({ example: '2026-10', description: 'Month YYYY-MM: the situation at its end' })
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month: string;
}
class LabourMarketRowDto {
  @ApiProperty({ example: '25', description: 'KBJI 2014 sub-major group' }) kbjiGroup: string;
  @ApiProperty({ example: 'Profesional Teknologi Informasi dan Komunikasi' }) label: string;
  @ApiProperty({ example: 0 }) jobSeekers: number;
  @ApiProperty({ example: 0 }) recentGraduates: number;
  @ApiProperty({ example: 1 }) openVacancies: number;
  @ApiProperty({ example: 3 }) openPositions: number;
  @ApiProperty({ example: 3, description: 'open positions - (job seekers + recent graduates)' }) gap: number;
  @ApiProperty({ example: true }) shortage: boolean;
}
class TrendPointDto {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ example: 2 }) jobSeekers: number;
  @ApiProperty({ example: 3 }) openPositions: number;
  @ApiProperty({ example: 3 }) placements: number;
}
class ShortageProgramDto {
  @ApiProperty({ example: '8e2a1f4c-3b6d-4c7e-a1f0-2b3c4d5e6f70' }) programId: string;
  @ApiProperty({ example: 'Pemrograman Web' }) title: string;
  @ApiProperty({ example: '2514' }) kbjiCode: string;
  @ApiProperty({ example: '33.74' }) regionCode: string;
  @ApiProperty({ example: 16 }) capacity: number;
}
export class LabourMarketDto {
  @ApiProperty({ example: '33.74' }) regionCode: string;
  @ApiProperty({ example: 'KOTA SEMARANG' }) regionName: string;
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ type: [LabourMarketRowDto] }) rows: LabourMarketRowDto[];
  @ApiProperty({ type: [TrendPointDto] }) trend: TrendPointDto[];
  @ApiProperty({ type: [ShortageProgramDto] }) programs: ShortageProgramDto[];
  @ApiProperty({ type: [OutcomeRowDto], description: "the region's graduate outcomes per program; the last row is the total" })
  outcomes: OutcomeRowDto[];
}
