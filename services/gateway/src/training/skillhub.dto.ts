import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AccreditationDto } from '../generated/training.views';

export const PROVIDER_KINDS = ['BLK_UPTP', 'BLK_UPTD', 'BLK_KOMUNITAS', 'LPK', 'PARTNER_PLATFORM'] as const;

class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
  @ApiPropertyOptional({ description: 'nextPageToken of the previous page (same filters)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  pageToken?: string;
}

/**
 * Hand-written (and so CreateProviderDto, which nests it): generated, a website failing both its pattern and its length would
 * get its two messages in the other order (a generated pattern always comes after the length; checks_first fixes email only).
 */
export class ProviderContactDto {
  @ApiPropertyOptional({ example: 'blk@salatiga.go.id' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional({ example: '0298321000' }) @IsOptional() @Matches(/^\+?[0-9]{6,15}$/) phone?: string;
  @ApiPropertyOptional({ example: 'https://blk.salatiga.go.id' })
  @IsOptional()
  @Matches(/^https:\/\/\S+$/)
  @MaxLength(300)
  website?: string;
}

export class CreateProviderDto {
  @ApiProperty({ enum: PROVIDER_KINDS, example: 'BLK_UPTD' }) @IsIn(PROVIDER_KINDS) kind: (typeof PROVIDER_KINDS)[number];
  @ApiProperty({ example: 'BLK Kota Salatiga', maxLength: 200 }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: '33.73', description: 'province (NN) or regency (NN.NN) of its seat' })
  @IsString()
  @Matches(/^\d{2}(\.\d{2})?$/, { message: 'regionCode must be a province (NN) or regency (NN.NN) code' })
  regionCode: string;
  @ApiPropertyOptional({ type: AccreditationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccreditationDto)
  accreditation?: AccreditationDto;
  @ApiPropertyOptional({ type: ProviderContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProviderContactDto)
  contact?: ProviderContactDto;
}

export class MyEnrolmentsQueryDto extends PageQueryDto {}
