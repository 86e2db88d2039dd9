import { Injectable } from '@nestjs/common';
import { ERASED_NAME, erasedNikSql, PersonRequestsConsumer, type PersonRequestTx } from '@siapkerja/privacy';

/**
 * Carries out the erasure a person asked for (UU 27/2022), exactly once (inbox): his TKM memberships keep what the programme
 * counts (group, program year, sex, year of birth, status, dates) and lose what names him: the NIK becomes a stand-in, the
 * name is replaced, the birth date keeps only its year, and the person id is unlinked (so his completed trainings and
 * self-employment placements no longer lead to him). Restriction changes nothing here.
 */
@Injectable()
export class TkmMembersPrivacyConsumer extends PersonRequestsConsumer {
  readonly consumerName = 'members-privacy';

  protected async erase(m: PersonRequestTx, personId: string) {
    await m.query(
      `UPDATE tkm_group_members
          SET nik = ${erasedNikSql('id')}, name = $2, birth_date = make_date(extract(year FROM birth_date)::int, 1, 1),
              person_id = 'erased:' || id::text
        WHERE person_id = $1`,
      [personId, ERASED_NAME],
    );
    await m.query(`UPDATE tkm_placements SET person_id = 'erased:' || placement_key WHERE person_id = $1`, [personId]);
    await m.query(`DELETE FROM tkm_completed_trainings WHERE person_id = $1`, [personId]);
  }
}
