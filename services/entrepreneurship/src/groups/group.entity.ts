import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** TKM program kinds; assistance amounts per kind are program configuration, not stored here. */
export const PROGRAM_KINDS = ['PEMULA', 'LANJUTAN', 'PADAT_KARYA'] as const;
export type ProgramKindValue = (typeof PROGRAM_KINDS)[number];

/** A Tenaga Kerja Mandiri (TKM) group. */
@Entity({ name: 'tkm_groups' })
@Index('tkm_groups_region_kind', ['regionCode', 'programKind'])
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'program_kind', type: 'text' }) programKind: ProgramKindValue;
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ name: 'member_count', type: 'int' }) memberCount: number;
  @Column({ name: 'business_field', type: 'text', default: '' }) businessField: string;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
