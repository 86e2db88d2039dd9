import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CertificateBaseDto, CertificateHolderBaseDto, CertificateStatusChangeBaseDto } from '../generated/certification.views';

export const CERTIFICATE_STATUSES = ['VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED'] as const;
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListCertificatesQueryDto {
  @ApiPropertyOptional({ enum: CERTIFICATE_STATUSES })
  @IsOptional()
  @IsIn(CERTIFICATE_STATUSES)
  status?: (typeof CERTIFICATE_STATUSES)[number];
  @ApiPropertyOptional({ format: 'uuid', description: 'only this scheme' }) @IsOptional() @IsUUID() schemeId?: string;
  @ApiPropertyOptional({
    description: 'true: the certificates the caller holds (a person), instead of those it issued (an LSP) or all (the ministry)',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  held?: boolean;
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

/** The holder's generated view plus nikMasked, a field of the certificate message (as the service redacted it for the caller). */
export class CertificateHolderDto extends CertificateHolderBaseDto {
  @ApiProperty({ description: 'whether the NIK is masked for this caller' }) nikMasked: boolean;
}

/** The generated view plus fromStatus, documented as a plain string (a generated enum field would list the enum's values). */
export class CertificateStatusChangeDto extends CertificateStatusChangeBaseDto {
  @ApiProperty({ type: String, example: 'VALID', nullable: true, description: 'null for the issue' }) fromStatus: string | null;
}

/** The generated view plus the holder and the history above. */
export class CertificateDto extends CertificateBaseDto {
  @ApiProperty({ type: CertificateHolderDto }) holder: CertificateHolderDto;
  @ApiProperty({ type: [CertificateStatusChangeDto], description: 'the issue and every status change, oldest first' })
  history: CertificateStatusChangeDto[];
}

export class CertificatePageDto {
  @ApiProperty({ type: [CertificateDto] }) certificates: CertificateDto[];
  @ApiProperty({ description: 'pass as pageToken for the next page; empty on the last page' }) nextPageToken: string;
}
