import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsKbli, IsNib, IsRegionCode } from '@siapkerja/codes';

export const EMPLOYER_TYPES = ['GOVERNMENT', 'STATE_OWNED', 'COOPERATIVE', 'PRIVATE', 'OTHER_BUSINESS', 'INDIVIDUAL'] as const;
const PHONE = /^\+?[0-9][0-9 -]{6,18}[0-9]$/;

/** Contact person fields shared by create and update. */
class EmployerContactDto {
  @ApiPropertyOptional({ example: 'Sri Wahyuni', description: 'Contact person (personal data: masked for the public)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string;

  @ApiPropertyOptional({ example: '081234567890', description: 'Contact phone, 8 to 15 digits (masked for the public)' })
  @IsOptional()
  @IsString()
  @Matches(PHONE, { message: 'contactPhone must be a phone number of 8 to 15 digits, optionally with +' })
  contactPhone?: string;

  @ApiPropertyOptional({ example: 'hr@sinarjaya.co.id', description: 'Contact e-mail (masked for the public)' })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  @MaxLength(254)
  contactEmail?: string;
}

export class CreateEmployerDto extends EmployerContactDto {
  @ApiProperty({ example: '9120001234567', description: 'NIB (Nomor Induk Berusaha), 13 digits' })
  @IsString()
  @IsNib()
  nib: string;

  @ApiProperty({ example: 'PT Sinar Jaya Abadi' })
  @IsString()
  @Length(1, 200)
  legalName: string;

  @ApiProperty({ enum: EMPLOYER_TYPES, example: 'PRIVATE', description: 'Employer type of IPK form III/8' })
  @IsIn(EMPLOYER_TYPES)
  employerType: (typeof EMPLOYER_TYPES)[number];

  @ApiProperty({ type: [String], example: ['62019'], description: 'KBLI 2020 industry codes' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsKbli({}, { each: true })
  kbliCodes: string[];

  @ApiProperty({ example: '33.73', description: 'Kemendagri regency code of the address' })
  @IsString()
  @IsRegionCode({ level: 'regency' })
  regionCode: string;

  @ApiPropertyOptional({ example: 'Jl. Diponegoro No. 52, Salatiga' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
}
