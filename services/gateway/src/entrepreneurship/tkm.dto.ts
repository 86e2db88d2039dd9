import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsRegionCode } from '@siapkerja/codes';
import { BusinessPlanDto, NewMemberDto } from '../generated/entrepreneurship.views';

export const PROGRAM_KINDS = ['PEMULA', 'LANJUTAN', 'PADAT_KARYA'] as const;

// The TKM input the generator cannot give (the others, its members included, are declared in
// proto/siapkerja/entrepreneurship/v1): CreateGroupDto's body spans several messages (the group and its members).

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
