import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The first release's program kinds (groups registered then keep them; programs are data now). */
export const PROGRAM_KINDS = ['PEMULA', 'LANJUTAN', 'PADAT_KARYA'] as const;
export type ProgramKindValue = (typeof PROGRAM_KINDS)[number];
export const GROUP_STATUSES = ['ACTIVE', 'GROWING', 'STOPPED'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** A Tenaga Kerja Mandiri (TKM) group. */
@Entity({ name: 'tkm_groups' })
@Index('tkm_groups_region_kind', ['regionCode', 'programKind'])
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  /** the program's code (PEMULA, LANJUTAN, PADAT_KARYA or any other) */
  @Column({ name: 'program_kind', type: 'text' }) programKind: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'program_year', type: 'int' }) programYear: number;
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  /** active members; for groups registered before members were kept, the declared size */
  @Column({ name: 'member_count', type: 'int' }) memberCount: number;
  @Column({ name: 'has_members', type: 'boolean' }) hasMembers: boolean;
  @Column({ name: 'business_field', type: 'text', default: '' }) businessField: string;
  @Column({ type: 'text' }) status: GroupStatus;
  @Column({ name: 'kbli_code', type: 'text' }) kbliCode: string;
  @Column({ name: 'plan_description', type: 'text' }) planDescription: string;
  @Column({ name: 'location_region_code', type: 'text', nullable: true }) locationRegionCode: string | null;
  @Column({ name: 'mentor_account_id', type: 'text', nullable: true }) mentorAccountId: string | null;
  /** the partner client that registered it (it alone of the partners sees it) */
  @Column({ name: 'owner_client_id', type: 'text', nullable: true }) ownerClientId: string | null;
  @Column({ name: 'registered_by', type: 'text', nullable: true }) registeredBy: string | null;
  /** the region of the Disnaker officer that registered it */
  @Column({ name: 'registered_region', type: 'text', nullable: true }) registeredRegion: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A member of a group: the NIK is stored here once; everything else names him by person id. */
@Entity({ name: 'tkm_group_members' })
export class GroupMemberEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'person_id', type: 'text' }) personId: string;
  @Column({ type: 'text' }) nik: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'birth_date', type: 'date' }) birthDate: string;
  @Column({ type: 'smallint' }) sex: number;
  @Column({ name: 'employment_status', type: 'text' }) employmentStatus: string;
  @Column({ name: 'residence_region_code', type: 'text' }) residenceRegionCode: string;
  @Column({ name: 'education_level', type: 'text' }) educationLevel: string;
  @Column({ type: 'boolean' }) leader: boolean;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ name: 'program_year', type: 'int' }) programYear: number;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true }) leftAt: Date | null;
}

/** A Skillhub training a person completed (from TrainingCompleted), for the programs that require one. */
@Entity({ name: 'tkm_completed_trainings' })
export class CompletedTrainingEntity {
  @PrimaryColumn({ name: 'enrolment_id', type: 'text' }) enrolmentId: string;
  @Column({ name: 'person_id', type: 'text' }) personId: string;
  @Column({ name: 'program_id', type: 'text' }) programId: string;
  @Column({ name: 'outcome_date', type: 'date' }) outcomeDate: string;
}
