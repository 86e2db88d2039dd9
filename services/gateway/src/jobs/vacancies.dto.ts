import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DecimalNumber, EDUCATION_LEVELS } from '@siapkerja/codes';
import { VacancySearchFacetsDto } from '../generated/jobs.views';

// ------------------------------------------------------------------------------------------------ search (Karirhub catalogue)

const SEARCH_EDUCATION_LEVELS = EDUCATION_LEVELS;
export const SEARCH_EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACT', 'INTERNSHIP', 'DAILY', 'SEASONAL', 'FREELANCE'] as const;
export const SEARCH_SORTS = ['relevance', 'date', 'wage'] as const;
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class SearchVacanciesQueryDto {
  @ApiPropertyOptional({
    example: 'perawat',
    description:
      'free text in Indonesian or English (typo-tolerant: when nothing matches, similar position names are found); quotes, OR and -word work as in web search',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: '33', description: 'province (NN) or regency (NN.NN)' })
  @IsOptional()
  @Matches(/^\d{2}(\.\d{2})?$/, { message: 'region must be a province (NN) or regency (NN.NN) code' })
  region?: string;

  @ApiPropertyOptional({ example: '2512', description: 'KBJI 2014 code prefix of any level: 2, 25, 251, 2512 or 2512.01' })
  @IsOptional()
  @Matches(/^\d{1,4}$|^\d{4}\.\d{2}$/, { message: 'kbji must be a KBJI 2014 code of 1 to 4 digits (or NNNN.NN)' })
  kbji?: string;

  @ApiPropertyOptional({ example: 'J', description: 'KBLI 2020 category letter (A-U) or code prefix of 2 to 5 digits' })
  @IsOptional()
  @Matches(/^[A-U]$|^\d{2,5}$/, { message: 'kbli must be a KBLI 2020 category letter (A-U) or 2 to 5 digits' })
  kbli?: string;

  @ApiPropertyOptional({ enum: SEARCH_EDUCATION_LEVELS, example: 'SMK', description: 'the minimum education the vacancy asks for' })
  @IsOptional()
  @IsIn(SEARCH_EDUCATION_LEVELS)
  minEducation?: (typeof SEARCH_EDUCATION_LEVELS)[number];

  @ApiPropertyOptional({
    example: 4000000,
    minimum: 0,
    description: 'rupiah per month: only vacancies with a shown wage reaching at least this',
  })
  @IsOptional()
  @DecimalNumber()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  wageMin?: number;

  @ApiPropertyOptional({
    example: 10000000,
    minimum: 0,
    description: 'rupiah per month: only vacancies with a shown wage starting at most at this',
  })
  @IsOptional()
  @DecimalNumber()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  wageMax?: number;

  @ApiPropertyOptional({ enum: SEARCH_EMPLOYMENT_TYPES, example: 'FULL_TIME' })
  @IsOptional()
  @IsIn(SEARCH_EMPLOYMENT_TYPES)
  employmentType?: (typeof SEARCH_EMPLOYMENT_TYPES)[number];

  @ApiPropertyOptional({ type: Boolean, example: false, description: 'true: only overseas vacancies; false: only domestic ones' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overseas?: boolean;

  @ApiPropertyOptional({
    example: '2026-11-01',
    description: 'published on or after: a date (from its start in WIB) or an RFC 3339 timestamp',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  postedSince?: string;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, description: 'default: relevance with q, else date' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort?: (typeof SEARCH_SORTS)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @DecimalNumber()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ description: 'nextPageToken of the previous page (same q, filters and sort)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  pageToken?: string;

  @ApiPropertyOptional({
    type: Boolean,
    default: true,
    description: 'false skips the facet counts and the total (computed on the first page only)',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  facets?: boolean;
}

export class VacancySearchHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty({ example: 'PT Maju Bersama' }) employerName: string;
  @ApiProperty({ example: 'Perawat Pelaksana' }) positionName: string;
  @ApiProperty({ example: '2221' }) kbjiCode: string;
  @ApiProperty({ example: '86101' }) kbliCode: string;
  @ApiProperty({ example: '33.74' }) regionCode: string;
  @ApiProperty({ example: 3 }) numberNeeded: number;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ format: 'date' }) validUntil: string;
  @ApiProperty({ enum: SEARCH_EDUCATION_LEVELS, example: 'D3' }) minEducation: string;
  @ApiProperty({ enum: SEARCH_EMPLOYMENT_TYPES, example: 'FULL_TIME' }) employmentType: string;
  @ApiProperty() overseas: boolean;
  @ApiPropertyOptional({ type: String, example: 'JP', nullable: true }) destinationCountry: string | null;
  @ApiProperty({ type: [String], example: ['Asuhan Keperawatan', 'BTCLS'] }) skills: string[];
  @ApiPropertyOptional({
    type: Number,
    example: 5000000,
    nullable: true,
    description: 'rupiah per month; null when not given or hidden by the employer',
  })
  wageMin: number | null;
  @ApiPropertyOptional({ type: Number, example: 7500000, nullable: true }) wageMax: number | null;
  @ApiProperty() wageHidden: boolean;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ description: 'start of the description' }) snippet: string;
  @ApiProperty({ example: 2.4, description: 'relevance score (0 without q)' }) score: number;
}

export class VacancySearchPageDto {
  @ApiProperty({ type: [VacancySearchHitDto] }) results: VacancySearchHitDto[];
  @ApiPropertyOptional({
    type: VacancySearchFacetsDto,
    nullable: true,
    description:
      'counts over the matches (see totalSizeIsLowerBound); first page only (null on later pages or with facets=false). Searches without ' +
      'words, wage or date filters are counted exactly from summary tables; any other search counts up to 1,000 matches exactly.',
  })
  facets: VacancySearchFacetsDto | null;
  @ApiPropertyOptional({ type: Number, example: 1342, nullable: true, description: 'number of matches; first page only' }) totalSize:
    number | null;
  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    example: false,
    description:
      'true when the search matches more vacancies than are counted exactly (1,000 by default): totalSize and the facet counts are then ' +
      'those of the first totalSize matches, and the search matches at least totalSize ("1.000+"); null when facets is null',
  })
  totalSizeIsLowerBound: boolean | null;
  @ApiProperty({
    enum: ['NONE', 'FULL_TEXT', 'TYPO_TOLERANT'],
    description: 'how q matched: FULL_TEXT, or TYPO_TOLERANT when only similar position names matched',
  })
  match: string;
  @ApiProperty({ description: 'pass as pageToken for the next page; empty on the last page' }) nextPageToken: string;
}
