import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'programs' })
@Index('programs_region_code', ['regionCode'])
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'provider_name', type: 'text' }) providerName: string;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ name: 'kbji_code', type: 'text' }) kbjiCode: string;
  @Column({ name: 'competency_units', type: 'text', array: true }) competencyUnits: string[];
  @Column({ name: 'duration_days', type: 'int' }) durationDays: number;
  @Column({ type: 'int' }) capacity: number;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  /** the partner (or training-provider) client that published it; null with no owner account = the ministry's */
  @Column({ name: 'owner_client_id', type: 'text', nullable: true }) ownerClientId: string | null;
  /** the TRAINING_PROVIDER person account that published it */
  @Column({ name: 'owner_account_id', type: 'text', nullable: true }) ownerAccountId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
