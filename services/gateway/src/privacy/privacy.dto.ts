import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationDto } from '../applications/applications.dto';
import { JobSeekerDto } from '../job-seekers/job-seekers.dto';
import { CertificateDto } from '../certification/certificates.dto';
import { EnrolmentDto } from '../training/training.dto';
import { AccessLogEntryDto, ConsentDto, PrivacyRequestDto } from '../generated/identity.views';

const EXAMPLE_PERSON_ID = 'p_Jd3b9mX0q2kq8yS1Yw4Vh6o7tF0cR5nB2eA9uL3iK1g';

/** A section's `unavailable`: present only when its service did not answer. */
const Unavailable = (service: string) =>
  ApiPropertyOptional({
    example: true,
    description: `present (true) only when the ${service} service did not answer: the other fields are then absent; download the export again later (the request stays COMPLETED)`,
  });

/** A section's date of an erasure or a restriction, null if never. */
const WhenOrNull = (description: string) => ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description });

/** What Karirhub (the jobs service) holds about the person, or `{ "unavailable": true }` when it could not be asked. */
export class JobsExportSectionDto {
  @Unavailable('jobs') unavailable?: boolean;

  @ApiPropertyOptional({
    type: JobSeekerDto,
    nullable: true,
    description: 'your job-seeker (AK/1) profile in full, with the card; null if you never registered as a job seeker',
  })
  jobSeeker?: JobSeekerDto | null;

  @ApiPropertyOptional({ type: [ApplicationDto], description: 'your applications, oldest first, each with its history' })
  applications?: ApplicationDto[];

  @WhenOrNull('when your job-seeker profile was pseudonymised on your request; null if never') erasedAt?: string | null;

  @WhenOrNull('when processing of your job-seeker profile was restricted on your request; null if never') processingRestrictedAt?:
    string | null;
}

/** What Skillhub (the training service) holds about the person, or `{ "unavailable": true }` when it could not be asked. */
export class TrainingExportSectionDto {
  @Unavailable('training') unavailable?: boolean;

  @ApiPropertyOptional({
    type: [EnrolmentDto],
    description: 'your enrolments in training batches in full (NIK and birth date unmasked), oldest first, each with its history',
  })
  enrolments?: EnrolmentDto[];

  @WhenOrNull('when your enrolments were pseudonymised on your request; null if never') erasedAt?: string | null;

  @WhenOrNull('when processing of your data was restricted on your request; null if never') processingRestrictedAt?: string | null;
}

/** What Sertihub (the certification service) holds about the person, or `{ "unavailable": true }` when it could not be asked. */
export class CertificationExportSectionDto {
  @Unavailable('certification') unavailable?: boolean;

  @ApiPropertyOptional({
    type: [CertificateDto],
    description:
      'the competency certificates issued to you in full (NIK unmasked, verification codes), oldest first, each with its status history',
  })
  certificates?: CertificateDto[];

  @WhenOrNull('when the holder data of your certificates was pseudonymised on your request; null if never') erasedAt?: string | null;

  @WhenOrNull('when processing of your data was restricted on your request; null if never') processingRestrictedAt?: string | null;
}

/** A hire recorded for the person in the placement statistics. */
export class PersonPlacementDto {
  @ApiProperty({ format: 'uuid', example: '0b0c7a4e-1f2d-4c3b-9a8e-7d6c5b4a3f21' }) applicationId: string;
  @ApiProperty({ format: 'uuid', example: '3b1f4f0e-8c0a-4f9b-9a52-2b7f1c1d2e3f' }) vacancyId: string;
  @ApiProperty({ format: 'uuid', example: '6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9' }) employerId: string;
  @ApiProperty({ example: 'PRIVATE', description: 'IPK III/8 employer type' }) employerType: string;
  @ApiProperty({ example: '2221', description: 'KBJI 2014 occupation' }) kbjiCode: string;
  @ApiProperty({ example: '86', description: 'KBLI 2020 main group' }) kbliMainGroup: string;
  @ApiProperty({ example: '33.74', description: 'your regency, where the placement is counted' }) regionCode: string;
  @ApiProperty({ example: '33.74', description: 'regency of the work place' }) workRegionCode: string;
  @ApiProperty({ example: false }) overseas: boolean;
  @ApiProperty({ enum: ['AKL', 'AKAD', 'AKAN'], example: 'AKL' }) channel: string;
  @ApiProperty({ example: '2026-11', description: 'reporting month (WIB)' }) month: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-20T03:00:00.000Z' }) placedAt: string;
}

/** What the placement statistics hold about the person, or `{ "unavailable": true }` when the service could not be asked. */
export class PlacementExportSectionDto {
  @Unavailable('placement') unavailable?: boolean;

  @ApiPropertyOptional({
    type: [PersonPlacementDto],
    description: 'the hires recorded for you, oldest first; after an erasure they stay counted but are no longer linked to you',
  })
  placements?: PersonPlacementDto[];

  @WhenOrNull('when your placements were unlinked from you on your request; null if never') erasedAt?: string | null;
}

/** One TKM group membership of the person, with the personal data the group registered. */
export class PersonMembershipDto {
  @ApiProperty({ format: 'uuid', example: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }) groupId: string;
  @ApiProperty({ example: 'KUB Sumber Rejeki' }) groupName: string;
  @ApiProperty({ example: 'TKM_PEMULA', description: 'the TKM program' }) programCode: string;
  @ApiProperty({ example: 2026 }) programYear: number;
  @ApiProperty({ example: '33.74', description: "the group's regency" }) regionCode: string;
  @ApiProperty({ example: '3374015203950001' }) nik: string;
  @ApiProperty({ example: 'Sri Wahyuni' }) name: string;
  @ApiProperty({ example: '1995-03-12', format: 'date' }) birthDate: string;
  @ApiProperty({ example: 2, description: '1 male, 2 female' }) sex: number;
  @ApiProperty({ enum: ['JOB_SEEKER', 'UNDEREMPLOYED'], example: 'JOB_SEEKER' }) employmentStatus: string;
  @ApiProperty({ example: '33.74' }) residenceRegionCode: string;
  @ApiProperty({ example: 'SMA' }) educationLevel: string;
  @ApiProperty({ example: true }) leader: boolean;
  @ApiProperty({ example: true, description: 'false once you left the group' }) active: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-11-02T03:00:00.000Z' }) joinedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) leftAt: string | null;
}

/** What TKM holds about the person, or `{ "unavailable": true }` when the service could not be asked. */
export class EntrepreneurshipExportSectionDto {
  @Unavailable('entrepreneurship') unavailable?: boolean;

  @ApiPropertyOptional({ type: [PersonMembershipDto], description: 'your TKM group memberships, oldest first (none after an erasure)' })
  memberships?: PersonMembershipDto[];
}

export class PrivacyExportServicesDto {
  @ApiProperty({ type: JobsExportSectionDto }) jobs: JobsExportSectionDto;
  @ApiProperty({ type: TrainingExportSectionDto }) training: TrainingExportSectionDto;
  @ApiProperty({ type: CertificationExportSectionDto }) certification: CertificationExportSectionDto;
  @ApiProperty({ type: PlacementExportSectionDto }) placement: PlacementExportSectionDto;
  @ApiProperty({ type: EntrepreneurshipExportSectionDto }) entrepreneurship: EntrepreneurshipExportSectionDto;
}

export class PrivacyExportDto {
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
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: {
      id: '0d6c1e9a-8f1b-4f0a-9a53-3f2d0c1b7e44',
      nikMasked: '3373********0001',
      name: 'Siti Rahayu',
      email: 'siti@example.id',
      phone: '+6281234567890',
      roles: ['JOB_SEEKER'],
      regionCode: null,
      status: 'ACTIVE',
    },
  })
  account: Record<string, unknown>;
  @ApiProperty({ type: [ConsentDto] }) consents: ConsentDto[];
  @ApiProperty({ type: [PrivacyRequestDto] }) dataSubjectRequests: PrivacyRequestDto[];
  @ApiProperty({ type: [AccessLogEntryDto] }) accessLog: AccessLogEntryDto[];
  @ApiProperty({ type: PrivacyExportServicesDto, description: 'what the services hold about you, one section per service' })
  services: PrivacyExportServicesDto;
}
