import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The receipt of one bulk-import record, kept per (caller scope, kind, key): a replay answers it and changes nothing. */
@Entity({ name: 'import_receipts' })
export class ImportReceiptEntity {
  @PrimaryColumn({ type: 'text' }) scope: string;
  @PrimaryColumn({ type: 'text' }) kind: string;
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ name: 'import_id', type: 'text' }) importId: string;
  @Column({ type: 'bigint' }) line: string;
  @Column({ type: 'boolean' }) accepted: boolean;
  @Column({ name: 'resource_id', type: 'text', default: '' }) resourceId: string;
  @Column({ name: 'problem_json', type: 'text', default: '' }) problemJson: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
