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
export const FUNDING_BASES = ['PER_GROUP', 'PER_MEMBER_DAY'] as const;
export const EMPLOYMENT_STATUSES = ['JOB_SEEKER', 'UNDEREMPLOYED'] as const;
export const RESIDENCE_RULES = ['ANY', 'GROUP_PROVINCE', 'GROUP_REGENCY'] as const;
export const GROUP_STATUSES = ['ACTIVE', 'GROWING', 'STOPPED'] as const;
export const PROPOSAL_STATES = ['SUBMITTED', 'VERIFIED', 'REJECTED', 'APPROVED', 'DISBURSED'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION_FILTER = /^\d{2}(\.\d{2})?$/;

// The TKM inputs the generator cannot give (the others are declared in proto/siapkerja/entrepreneurship/v1): each checks
// a UUID or an ISO date without IsString, or its body spans several messages (CreateGroupDto).

// ---- programs

export class CreateTkmProgramDto {
  @ApiProperty({ example: 'PEMULA', description: 'program code: 2-40 of A-Z, 0-9 and _' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/)
  code: string;
  @ApiProperty({ example: 'TKM Pemula 2026' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiProperty({
    enum: FUNDING_BASES,
    example: 'PER_GROUP',
    description: 'amount per group, or per member and work day (labour-intensive)',
  })
  @IsIn(FUNDING_BASES)
  fundingBasis: (typeof FUNDING_BASES)[number];
  @ApiProperty({ example: 10000000, description: 'Rupiah' }) @IsInt() @Min(1) @Max(1e12) amount: number;
  @ApiPropertyOptional({ example: 0, description: 'work days (required for PER_MEMBER_DAY)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  workDays?: number;
  @ApiProperty({ example: 5 }) @IsInt() @Min(1) @Max(100) minMembers: number;
  @ApiProperty({ example: 10 }) @IsInt() @Min(1) @Max(100) maxMembers: number;
  @ApiProperty({ example: 18 }) @IsInt() @Min(15) @Max(100) minAge: number;
  @ApiProperty({ example: 60 }) @IsInt() @Min(15) @Max(120) maxAge: number;
  @ApiProperty({ enum: EMPLOYMENT_STATUSES, isArray: true, example: ['JOB_SEEKER', 'UNDEREMPLOYED'] })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(EMPLOYMENT_STATUSES, { each: true })
  eligibleStatuses: string[];
  @ApiProperty({
    enum: RESIDENCE_RULES,
    example: 'GROUP_REGENCY',
    description: "where members must reside, relative to the group's regency",
  })
  @IsIn(RESIDENCE_RULES)
  residenceRule: (typeof RESIDENCE_RULES)[number];
  @ApiPropertyOptional({ example: false, description: 'every member needs a completed Skillhub training' })
  @IsOptional()
  @IsBoolean()
  requiresTraining?: boolean;
  @ApiPropertyOptional({ type: [String], example: [], description: 'the Skillhub programs that count (empty: any completed training)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  trainingProgramIds?: string[];
}

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

export class ListGroupsQueryDto {
  @ApiPropertyOptional({ example: '33.73' }) @IsOptional() @IsString() @Matches(REGION_FILTER) regionCode?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() programId?: string;
  @ApiPropertyOptional({ enum: GROUP_STATUSES }) @IsOptional() @IsIn(GROUP_STATUSES) status?: string;
  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) pageToken?: string;
}

export class CreateVisitDto {
  @ApiProperty({ example: '2026-03-10', format: 'date' }) @IsISO8601({ strict: true }) @Matches(DATE) visitedOn: string;
  @ApiProperty({ example: 'Pembukuan dan pemasaran daring dibahas' }) @IsString() @Length(1, 4000) notes: string;
}

// ---- proposals, decrees, tranches

export class SubmitProposalDto {
  @ApiProperty({ format: 'uuid', description: 'the group proposing' }) @IsUUID() groupId: string;
}

export class ListProposalsQueryDto {
  @ApiPropertyOptional({ enum: PROPOSAL_STATES }) @IsOptional() @IsIn(PROPOSAL_STATES) state?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() programId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() groupId?: string;
  @ApiPropertyOptional({ example: '33.73' }) @IsOptional() @IsString() @Matches(REGION_FILTER) regionCode?: string;
  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) pageToken?: string;
}

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
