import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EDUCATION_LEVELS, IsKbji, IsNik, IsRegionCode, IsSkkniUnit } from '@siapkerja/codes';
import { Ak1CardBaseDto, JobSeekerBaseDto } from '../generated/jobs.views';

export const SEXES = ['MALE', 'FEMALE'] as const;
export const MARITAL_STATUSES = ['SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED'] as const;
export const RELIGIONS = ['ISLAM', 'PROTESTANT', 'CATHOLIC', 'HINDU', 'BUDDHIST', 'CONFUCIAN', 'INDIGENOUS_BELIEF'] as const;

export class JobSeekerAddressDto {
  @ApiProperty({ example: 'Jl. Pemuda No. 12, RT 03/RW 05', maxLength: 500 })
  @IsString()
  @Length(1, 500)
  line: string;

  @ApiProperty({
    example: '33.74.01.1001',
    description: 'Kemendagri village (NN.NN.NN.NNNN), district or regency (NN.NN) code; the regency is the Disnaker in charge',
  })
  @IsString()
  @IsRegionCode()
  regionCode: string;

  @ApiPropertyOptional({ example: '50132' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{5}$/, { message: 'postalCode must be 5 digits' })
  postalCode?: string;
}

export class JobSeekerEducationDto {
  @ApiProperty({ enum: EDUCATION_LEVELS, example: 'SMK' })
  @IsIn(EDUCATION_LEVELS)
  level: string;

  @ApiPropertyOptional({ example: 'SMK Negeri 7 Semarang', description: 'required unless level is NONE' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  institution?: string;

  @ApiPropertyOptional({ example: 'Teknik Elektronika' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  major?: string;

  @ApiPropertyOptional({ example: 2013, description: 'graduation year; 0 or absent while still studying' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2100)
  graduationYear?: number;
}

export class JobSeekerExperienceDto {
  @ApiProperty({ example: 'Teknisi Listrik' }) @IsString() @Length(1, 200) position: string;
  @ApiProperty({ example: 'PT Listrik Jaya' }) @IsString() @Length(1, 200) employer: string;
  @ApiPropertyOptional({ example: '7411', description: 'KBJI 2014 occupation code' }) @IsOptional() @IsString() @IsKbji() kbjiCode?: string;
  @ApiProperty({ example: '2017-01', description: 'YYYY-MM' })
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'fromMonth must be a month YYYY-MM' })
  fromMonth: string;
  @ApiPropertyOptional({ example: '2020-12', description: 'YYYY-MM; absent while current' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'toMonth must be a month YYYY-MM' })
  toMonth?: string;
}

export class CreateJobSeekerDto {
  @ApiProperty({ example: '3374015203950001', description: '16-digit NIK; must agree with birthDate and sex (women: day + 40)' })
  @IsString()
  @IsNik()
  nik: string;

  @ApiProperty({ example: 'Dewi Lestari' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: 'Semarang' }) @IsString() @Length(1, 100) birthPlace: string;

  @ApiProperty({ example: '1995-03-12', format: 'date', description: 'at least 18 years old' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be a date YYYY-MM-DD' })
  birthDate: string;

  @ApiProperty({ enum: SEXES, example: 'FEMALE' }) @IsIn(SEXES) sex: (typeof SEXES)[number];
  @ApiProperty({ enum: MARITAL_STATUSES, example: 'SINGLE' }) @IsIn(MARITAL_STATUSES) maritalStatus: (typeof MARITAL_STATUSES)[number];
  @ApiProperty({ enum: RELIGIONS, example: 'ISLAM' }) @IsIn(RELIGIONS) religion: (typeof RELIGIONS)[number];

  @ApiProperty({ type: JobSeekerAddressDto })
  @ValidateNested()
  @Type(() => JobSeekerAddressDto)
  address: JobSeekerAddressDto;

  @ApiPropertyOptional({ example: '081234565678', description: 'Indonesian phone number (08..., 62... or +62...)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string;

  @ApiPropertyOptional({ example: 'dewi.lestari@example.id' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;

  @ApiPropertyOptional({ type: [JobSeekerEducationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => JobSeekerEducationDto)
  education?: JobSeekerEducationDto[];

  @ApiPropertyOptional({ type: [String], example: ['Instalasi listrik', 'PLC'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: [String], example: ['D.351100.004.01'], description: 'SKKNI competency unit codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsSkkniUnit({ each: true })
  skkniUnits?: string[];

  @ApiPropertyOptional({ type: [String], example: ['Bahasa Indonesia', 'English'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  languages?: string[];

  @ApiPropertyOptional({ type: [JobSeekerExperienceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => JobSeekerExperienceDto)
  experience?: JobSeekerExperienceDto[];

  @ApiProperty({ type: [String], example: ['7411', '3113'], description: 'wanted occupations, KBJI 2014 codes (1 to 10)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsKbji({ each: true })
  wantedKbjiCodes: string[];

  @ApiPropertyOptional({ example: 4500000, description: 'expected wage, rupiah per month' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  expectedWage?: number;
}

/** The AK/1 card: the last report and the window of the next are null while empty. */
export class Ak1CardDto extends Ak1CardBaseDto {
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) lastReportAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'window of the next report; null when none is due' })
  nextReportFrom: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) nextReportUntil: string | null;
}

/** A job seeker; the fields below are null while unset (religion and removalReason are also left unset when masked). */
export class JobSeekerDto extends JobSeekerBaseDto {
  @ApiPropertyOptional({ type: String, enum: RELIGIONS, nullable: true, description: 'null when masked' }) religion: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'rupiah per month' }) expectedWage: number | null;
  @ApiPropertyOptional({ type: Ak1CardDto, nullable: true, description: 'null until the AK/1 card is issued' }) card: Ak1CardDto | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'why an officer removed the seeker (null when masked)' })
  removalReason: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
}

export class JobSeekerPageDto {
  @ApiProperty({ type: [JobSeekerDto] }) jobSeekers: JobSeekerDto[];
  @ApiProperty({ description: 'pass as pageToken for the next page; empty on the last page' }) nextPageToken: string;
}
