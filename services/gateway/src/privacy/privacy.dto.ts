import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CertificationPersonDataDto } from '../generated/certification.views';
import { EntrepreneurshipPersonDataDto } from '../generated/entrepreneurship.views';
import { PersonalDataExportDto } from '../generated/identity.views';
import { JobsPersonDataDto } from '../generated/jobs.views';
import { PlacementPersonDataDto } from '../generated/placement.views';
import { TrainingPersonDataDto } from '../generated/training.views';

const EXAMPLE_PERSON_ID = 'p_Jd3b9mX0q2kq8yS1Yw4Vh6o7tF0cR5nB2eA9uL3iK1g';

/** A section's `unavailable`: present only when its service did not answer (the section's view is generated: proto/). */
const Unavailable = (service: string) =>
  ApiPropertyOptional({
    example: true,
    description: `present (true) only when the ${service} service did not answer: the other fields are then absent; download the export again later (the request stays COMPLETED)`,
  });

/** What Karirhub (the jobs service) holds about the person, or `{ "unavailable": true }` when it could not be asked. */
export class JobsExportSectionDto extends JobsPersonDataDto {
  @Unavailable('jobs') unavailable?: boolean;
}

/** What Skillhub (the training service) holds about the person, or `{ "unavailable": true }` when it could not be asked. */
export class TrainingExportSectionDto extends TrainingPersonDataDto {
  @Unavailable('training') unavailable?: boolean;
}

/** What Sertihub (the certification service) holds about the person, or `{ "unavailable": true }` when it could not be asked. */
export class CertificationExportSectionDto extends CertificationPersonDataDto {
  @Unavailable('certification') unavailable?: boolean;
}

/** What the placement statistics hold about the person, or `{ "unavailable": true }` when the service could not be asked. */
export class PlacementExportSectionDto extends PlacementPersonDataDto {
  @Unavailable('placement') unavailable?: boolean;
}

/** What TKM holds about the person, or `{ "unavailable": true }` when the service could not be asked. */
export class EntrepreneurshipExportSectionDto extends EntrepreneurshipPersonDataDto {
  @Unavailable('entrepreneurship') unavailable?: boolean;
}

export class PrivacyExportServicesDto {
  @ApiProperty({ type: JobsExportSectionDto }) jobs: JobsExportSectionDto;
  @ApiProperty({ type: TrainingExportSectionDto }) training: TrainingExportSectionDto;
  @ApiProperty({ type: CertificationExportSectionDto }) certification: CertificationExportSectionDto;
  @ApiProperty({ type: PlacementExportSectionDto }) placement: PlacementExportSectionDto;
  @ApiProperty({ type: EntrepreneurshipExportSectionDto }) entrepreneurship: EntrepreneurshipExportSectionDto;
}

/** The export: what identity holds about the person (its generated view), the services' sections, and what says how complete it is. */
export class PrivacyExportDto extends PersonalDataExportDto {
  @ApiProperty({ example: 'siapkerja.privacy.export.v1' }) format: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ format: 'uuid' }) requestId: string;
  @ApiProperty({ example: EXAMPLE_PERSON_ID }) personId: string;
  @ApiProperty({ example: 'gateway,jobs', description: 'the parts of the platform this export covers' }) scope: string;
  @ApiProperty({
    example: true,
    description: 'false when a service section is `{ "unavailable": true }`: download the export again later for the whole of it',
  })
  complete: boolean;
  @ApiProperty() note: string;
  @ApiProperty({ type: PrivacyExportServicesDto, description: 'what the services hold about you, one section per service' })
  services: PrivacyExportServicesDto;
}
