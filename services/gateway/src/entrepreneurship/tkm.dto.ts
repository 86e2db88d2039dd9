import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsNik, IsRegionCode } from '@siapkerja/codes';
import { BusinessPlanDto } from '../generated/entrepreneurship.views';

export const PROGRAM_KINDS = ['PEMULA', 'LANJUTAN', 'PADAT_KARYA'] as const;
export const EMPLOYMENT_STATUSES = ['JOB_SEEKER', 'UNDEREMPLOYED'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION_FILTER = /^\d{2}(\.\d{2})?$/;

// The TKM inputs the generator cannot give (the others are declared in proto/siapkerja/entrepreneurship/v1): a date is
// checked ISO 8601 then YYYY-MM-DD, and a generated input would report the two violations of a bad date in the other order
// (its named checks come after its pattern); CreateGroupDto's body spans several messages (the group and its members).

// ---- groups

export class NewMemberDto {
  @ApiProperty({ example: '3373014507900001', description: 'NIK (16 digits), agreeing with the birth date; stored once, shown masked' })
  @IsString()
  @IsNik()
  nik: string;
  @ApiProperty({ example: 'Siti Rahayu' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: '1990-07-05', format: 'date' }) @IsISO8601({ strict: true }) @Matches(DATE) birthDate: string;
  @ApiProperty({ enum: EMPLOYMENT_STATUSES, example: 'JOB_SEEKER' }) @IsIn(EMPLOYMENT_STATUSES) employmentStatus: string;
  @ApiProperty({ example: '33.73', description: 'regency or district of residence' })
  @IsString()
  @Matches(/^\d{2}\.\d{2}(\.\d{2})?$/)
  residenceRegionCode: string;
  @ApiPropertyOptional({ example: 'SMK' }) @IsOptional() @IsString() @MaxLength(4) educationLevel?: string;
  @ApiPropertyOptional({ example: true, description: 'the group leader (at most one; else the first member)' })
  @IsOptional()
  @IsBoolean()
  leader?: boolean;
}

export class CreateGroupDto {
  @ApiProperty({ example: 'KUB Maju Bersama' }) @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the program (else the latest program of programKind)' })
  @IsOptional()
  @IsUUID()
  programId?: string;
  @ApiPropertyOptional({ enum: PROGRAM_KINDS, example: 'PEMULA', description: 'first-release kind, when no programId is given' })
  @IsOptional()
  @IsIn(PROGRAM_KINDS)
  programKind?: (typeof PROGRAM_KINDS)[number];
  @ApiProperty({ example: '33.73' }) @IsString() @IsRegionCode({ level: 'regency' }) regionCode: string;
  @ApiPropertyOptional({ example: 10, minimum: 1, maximum: 100, description: 'declared size of a group registered without members' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  memberCount?: number;
  @ApiPropertyOptional({ example: 'Kuliner' }) @IsOptional() @IsString() @MaxLength(200) businessField?: string;
  @ApiPropertyOptional({ type: BusinessPlanDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BusinessPlanDto)
  businessPlan?: BusinessPlanDto;
  @ApiPropertyOptional({ type: [NewMemberDto], description: 'members by NIK: each in no other active group of the program year' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NewMemberDto)
  members?: NewMemberDto[];
}

export class CreateVisitDto {
  @ApiProperty({ example: '2026-03-10', format: 'date' }) @IsISO8601({ strict: true }) @Matches(DATE) visitedOn: string;
  @ApiProperty({ example: 'Pembukuan dan pemasaran daring dibahas' }) @IsString() @Length(1, 4000) notes: string;
}

// ---- decrees, tranches

export class CreateDecreeDto {
  @ApiProperty({ example: 'KEP.12/DISNAKER/2026', description: 'the decree (SK) number, unique' })
  @IsString()
  @Length(1, 100)
  number: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() programId: string;
  @ApiProperty({ example: '33.73', description: "the decree's region (the officer's own or inside it): province NN or regency NN.NN" })
  @IsString()
  @Matches(REGION_FILTER)
  regionCode: string;
  @ApiProperty({ example: '2026-03-15', format: 'date' }) @IsISO8601({ strict: true }) @Matches(DATE) decidedOn: string;
  @ApiProperty({ type: [String], description: 'VERIFIED proposals of the program inside the region (all approved, or none)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  proposalIds: string[];
}

export class CreateTrancheDto {
  @ApiProperty({ example: 5000000, description: 'Rupiah; the tranches never exceed the approved amount' })
  @IsInt()
  @Min(1)
  @Max(1e12)
  amount: number;
  @ApiProperty({ example: '2026-04-01', format: 'date' }) @IsISO8601({ strict: true }) @Matches(DATE) disbursedOn: string;
  @ApiProperty({ example: 'BRI-2026-000123', description: 'transfer reference, unique per proposal' })
  @IsString()
  @Length(1, 100)
  reference: string;
}
