import { serviceDefinition } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { openDatabase } from '@siapkerja/persistence';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, serviceTestEnv, testNik, startFakeAccessLog } from '@siapkerja/testing';
import { certificationService } from '../src/certification.module';
import { CertificationInitial1763800000300 } from '../src/migrations/1763800000300-certification-initial';
import { Certificates1763800000400 } from '../src/migrations/1763800000400-certificates';
import { PersonPrivacy1763800000410 } from '../src/migrations/1763800000410-person-privacy';
import { ScopedRequestIds1763800000500 } from '../src/migrations/1763800000500-scoped-request-ids';

/**
 * Issue 12's migration on data written before it: every existing scheme gets an LSP (one per LSP name), every certificate
 * its scheme's LSP and a status list index; the old certificate then reads, signs (on first demand), verifies and revokes.
 */
describe('migration of existing schemes and certificates to LSPs (real PostgreSQL)', () => {
  let svc: RunningService;
  let accessLog: Awaited<ReturnType<typeof startFakeAccessLog>>;
  let client: ServiceClient<'certification'>;
  let drop: () => Promise<void>;
  const nik = testNik('3374', '1990-01-15', 1);

  beforeAll(async () => {
    const db = await createTestDatabase('cert_migration');
    drop = db.drop;
    // the schema before issue 12, with data
    const old = await openDatabase({
      url: db.url,
      entities: [],
      migrations: [CertificationInitial1763800000300, Certificates1763800000400, PersonPrivacy1763800000410, ScopedRequestIds1763800000500],
    });
    const units = `{J.620100.001.01,J.620100.002.01}`;
    for (const [code, lsp] of [
      ['OLD-1', 'LSP Lama A'],
      ['OLD-2', 'LSP Lama A'],
      ['OLD-3', 'LSP Lama B'],
    ])
      await old.query(
        `INSERT INTO schemes (code, name, scheme_type, kkni_level, competency_units, lsp_name) VALUES ($1, 'Skema lama', 'OKUPASI', 0, $2, $3)`,
        [code, units, lsp],
      );
    await old.query(
      `INSERT INTO certificates (number, verification_code, scheme_id, scheme_code, scheme_name, kkni_level, lsp_name, person_id, holder_nik, holder_name,
                                 competency_units, issue_date, valid_until, status, issuer_client_id)
       SELECT 'OLD 0001', 'ABCDEFGHJK0123456789', id, code, name, 0, lsp_name, 'person-old-000000001', $1, 'Joko Widodo', competency_units,
              current_date - 30, current_date + 900, 'VALID', 'lsp-old' FROM schemes WHERE code = 'OLD-3'`,
      [nik],
    );
    await old.destroy();
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(certificationService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('certification', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  it('creates one LSP per LSP name, owning its schemes; each certificate belongs to its scheme LSP', async () => {
    const lsps: { id: string; name: string; licence_number: string; status: string }[] = await svc.dataSource.query(
      `SELECT id, name, licence_number, status FROM lsps ORDER BY name`,
    );
    expect(lsps.map((l) => [l.name, l.licence_number, l.status])).toEqual([
      ['LSP Lama A', 'MIGRATED-1', 'ACTIVE'],
      ['LSP Lama B', 'MIGRATED-2', 'ACTIVE'],
    ]);
    const schemes: { code: string; lsp_id: string; validity_years: number; prerequisite: string }[] = await svc.dataSource.query(
      `SELECT code, lsp_id, validity_years, prerequisite FROM schemes ORDER BY code`,
    );
    expect(schemes.map((s) => [s.code, s.lsp_id, s.validity_years, s.prerequisite])).toEqual([
      ['OLD-1', lsps[0].id, 3, 'NONE'],
      ['OLD-2', lsps[0].id, 3, 'NONE'],
      ['OLD-3', lsps[1].id, 3, 'NONE'],
    ]);
    const [cert] = await svc.dataSource.query(`SELECT id, lsp_id, status_index, credential_jwt FROM certificates`);
    expect(cert).toMatchObject({ lsp_id: lsps[1].id, status_index: 0, credential_jwt: null });
    expect((await client.getLsp({ id: lsps[1].id })).licensedSchemeIds).toHaveLength(1);
  });

  it('the old certificate is signed on first demand, verifies, and is managed by a caller acting for its LSP', async () => {
    const [{ id, lsp_id }] = await svc.dataSource.query(`SELECT id, lsp_id FROM certificates`);
    const lsp = {
      metadata: { 'x-caller': JSON.stringify({ sub: 'client:x', roles: ['PARTNER'], clientId: 'x', organizationId: lsp_id }) },
    };
    const cred = await client.getCertificateCredential({ id }, lsp);
    expect(JSON.parse(cred.credentialJson).credentialSubject).toMatchObject({ name: 'Joko Widodo', certificateNumber: 'OLD 0001' });
    expect((await client.getCertificateCredential({ id }, lsp)).jwt).toBe(cred.jwt);
    expect((await client.verifyCredential({ credential: cred.jwt })).result).toBe('VERIFICATION_RESULT_VALID');
    await client.revokeCertificate({ id, reason: 'R03 dicabut' }, lsp);
    expect((await client.verifyCredential({ number: 'OLD 0001' })).result).toBe('VERIFICATION_RESULT_REVOKED');
  });
});
