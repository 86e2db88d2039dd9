import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid } from '@siapkerja/persistence';
import { rows } from '../shared/db';
import { accountStanding, clientStanding, unknownSubject, type SubjectStandingView } from './subjects.rules';

/** Reads the standing of a token's subject: an account (by its UUID) or else an OAuth client (by its client id). */
@Injectable()
export class SubjectsService {
  constructor(private readonly ds: DataSource) {}

  async standing(subject: string): Promise<SubjectStandingView> {
    if (isUuid(subject)) {
      const [a] = await rows<Parameters<typeof accountStanding>[0]>(
        this.ds,
        'SELECT id, status, roles, region_code, pseudonymised_at FROM auth_accounts WHERE id = $1',
        [subject],
      );
      if (a) return accountStanding(a);
    }
    const [c] = await rows<Parameters<typeof clientStanding>[0]>(
      this.ds,
      'SELECT client_id, roles, region_code, revoked_at FROM auth_clients WHERE client_id = $1',
      [subject],
    );
    return c ? clientStanding(c) : unknownSubject(subject);
  }
}
