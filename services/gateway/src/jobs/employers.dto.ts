import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsKbli, IsNib, IsRegionCode } from '@siapkerja/codes';

export const EMPLOYER_TYPES = ['GOVERNMENT', 'STATE_OWNED', 'COOPERATIVE', 'PRIVATE', 'OTHER_BUSINESS', 'INDIVIDUAL'] as const;

export class CreateEmployerDto {
  @ApiProperty({ example: '9120001234567', description: 'NIB (Nomor Induk Berusaha), 13 digits' })
  @IsString() @IsNib() nib: string;

  @ApiProperty({ example: 'PT Sinar Jaya Abadi' })
  @IsString() @Length(1, 200) legalName: string;

  @ApiProperty({ enum: EMPLOYER_TYPES, example: 'PRIVATE', description: 'Employer type of IPK form III/8' })
  @IsIn(EMPLOYER_TYPES) employerType: (typeof EMPLOYER_TYPES)[number];

  @ApiProperty({ type: [String], example: ['62019'], description: 'KBLI 2020 industry codes' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @IsKbli({}, { each: true }) kbliCodes: string[];

  @ApiProperty({ example: '33.73', description: 'Kemendagri regency code of the address' })
  @IsString() @IsRegionCode({ level: 'regency' }) regionCode: string;

  @ApiPropertyOptional({ example: 'Jl. Diponegoro No. 52, Salatiga' })
  @IsOptional() @IsString() @MaxLength(500) address?: string;
}

export class EmployerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '9120001234567' }) nib: string;
  @ApiProperty({ example: 'PT Sinar Jaya Abadi' }) legalName: string;
  @ApiProperty({ enum: EMPLOYER_TYPES }) employerType: string;
  @ApiProperty({ type: [String], example: ['62019'] }) kbliCodes: string[];
  @ApiProperty({ example: '33.73' }) regionCode: string;
  @ApiProperty() address: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
