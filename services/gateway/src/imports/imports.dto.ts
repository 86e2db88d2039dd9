import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { integrationV1 } from '@siapkerja/contracts';
import { ImportStatusDto, toImportStatusDto } from '../generated/integration.views';
import { ProblemDto } from '../platform/http';

export const IMPORT_KINDS = ['enrolment', 'attendance', 'completion', 'placement', 'job-seeker', 'vacancy'] as const;

/** The scopes that let a token import each kind (any one of them); the owning service then authorizes every record. */
export const KIND_SCOPES: Record<(typeof IMPORT_KINDS)[number], string[]> = {
  enrolment: ['training:write'],
  attendance: ['training:write'],
  completion: ['training:write'],
  placement: ['jobs:write', 'training:write'],
  'job-seeker': ['jobs:write'],
  vacancy: ['jobs:write'],
};

/** An import: its view, with how its receipts are answered. */
export class ImportDto extends ImportStatusDto {
  @ApiProperty({
    enum: ['sync', 'async'],
    description: 'sync: receipts were streamed in the upload response; async: read them at /receipts',
  })
  mode: string;
}

/** One line's answer; every non-blank line of an upload gets one, in line order. */
export class ImportReceiptDto {
  @ApiProperty({ example: 17, description: '1-based line number in the upload' }) line: number;
  @ApiProperty({ example: 'job-seeker', description: "the record's kind ('' when the line had none)" }) kind: string;
  @ApiProperty({ example: 'AK1-3373-000017', description: "the record's key ('' when the line had none)" }) key: string;
  @ApiProperty({ description: 'true: applied now, or already applied by an earlier upload with the same key' }) accepted: boolean;
  @ApiPropertyOptional({ format: 'uuid', description: 'accepted: the resource the record created or changed' }) resourceId?: string;
  @ApiPropertyOptional({ type: ProblemDto, description: 'rejected: why, naming the field or rule (RFC 9457)' }) problem?: ProblemDto;
}

export function toImportDto(i: integrationV1.Import__Output): ImportDto {
  return { ...toImportStatusDto(i), mode: i.async ? 'async' : 'sync' };
}
