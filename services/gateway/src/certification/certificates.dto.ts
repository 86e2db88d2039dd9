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

export class VerifiedSchemeDto {
  @ApiProperty({ example: '0f8b8a3e-6a0c-4d53-9a6e-2f1d8c7b5a40' }) id: string;
  @ApiProperty({ example: 'SKM-JWD-2026' }) code: string;
  @ApiProperty({ example: 'Junior Web Developer' }) name: string;
  @ApiProperty({ example: 3, description: 'KKNI level 1-9 for KKNI schemes, 0 otherwise' }) kkniLevel: number;
  @ApiProperty({ type: String, example: '2512', nullable: true }) kbjiCode: string | null;
  @ApiProperty({ example: 'LSP Teknologi Digital' }) lspName: string;
}

export class VerifiedHolderDto {
  @ApiProperty({ type: String, example: 'B*** S***', nullable: true, description: "the initials of the holder's name; null when withheld" })
  nameMasked: string | null;
  @ApiProperty({
    example: null,
    nullable: true,
    enum: ['ERASED', 'RESTRICTED'],
    description:
      "ERASED: the holder's data was erased on his request (UU 27/2022), the certificate stays verifiable; RESTRICTED: he restricted processing",
  })
  withheld: 'ERASED' | 'RESTRICTED' | null;
}

export class CertificateVerificationDto {
  @ApiProperty({ example: '9a1c7e52-3d4b-4f6a-8e2d-1b0c9f8e7d6a', description: 'the certificate id (as in the certificates change feed)' })
  id: string;
  @ApiProperty({ example: '62090 2512 3 0001234 2026' }) number: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: 'VALID', description: 'only VALID means the holder is certified today' })
  status: string;
  @ApiProperty({ example: '2026-11-20T02:00:00.000Z', description: 'when the status last changed (e.g. the revocation)' })
  statusChangedAt: string;
  @ApiProperty({ type: VerifiedSchemeDto }) scheme: VerifiedSchemeDto;
  @ApiProperty({ type: [String], example: ['J.620100.001.01', 'J.620100.002.01'] }) competencyUnits: string[];
  @ApiProperty({ example: '2026-11-20', format: 'date' }) issueDate: string;
  @ApiProperty({ example: '2029-11-19', format: 'date' }) validUntil: string;
  @ApiProperty({ type: VerifiedHolderDto, description: "the holder's name masked (initials), or why it is withheld" })
  holder: VerifiedHolderDto;
}
