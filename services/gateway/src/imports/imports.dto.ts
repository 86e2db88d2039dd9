import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProblemDto } from '../platform/http';

/** One line's answer; every non-blank line of an upload gets one, in line order. */
export class ImportReceiptDto {
  @ApiProperty({ example: 17, description: '1-based line number in the upload' }) line: number;
  @ApiProperty({ example: 'job-seeker', description: "the record's kind ('' when the line had none)" }) kind: string;
  @ApiProperty({ example: 'AK1-3373-000017', description: "the record's key ('' when the line had none)" }) key: string;
  @ApiProperty({ description: 'true: applied now, or already applied by an earlier upload with the same key' }) accepted: boolean;
  @ApiPropertyOptional({ format: 'uuid', description: 'accepted: the resource the record created or changed' }) resourceId?: string;
  @ApiPropertyOptional({ type: ProblemDto, description: 'rejected: why, naming the field or rule (RFC 9457)' }) problem?: ProblemDto;
}
