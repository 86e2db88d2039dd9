import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { asPersonCaller, type AuthCaller } from '../auth/caller';

/** The generator (a CLI of tools/, outside every project: loaded by path, like the test command runs it). */
const GENERATOR = path.resolve(__dirname, '../../../../tools/gen-rest-views.js');
const { generate } = require(GENERATOR) as { generate: (packages?: string[], protoDir?: string) => Map<string, string> };

/** Routes forwarding the person id of any person's token (route option person_id_caller), e.g. to a certificate's holder. */
describe('generated routes: person_id_caller (tools/gen-rest-views.js)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rest-person-id-'));
    fs.mkdirSync(path.join(dir, 'siapkerja/rest/v1'), { recursive: true });
    fs.copyFileSync(
      path.resolve(__dirname, '../../../../proto/siapkerja/rest/v1/rest.proto'),
      path.join(dir, 'siapkerja/rest/v1/rest.proto'),
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const routes = (service: string) => {
    fs.mkdirSync(path.join(dir, 'siapkerja/training/v1'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'siapkerja/training/v1/training.proto'),
      'syntax = "proto3";\npackage siapkerja.training.v1;\nimport "siapkerja/rest/v1/rest.proto";\n' +
        `service TrainingService {\n${service}\n}\n` +
        'message Req {\n string id = 1 [(siapkerja.rest.v1.field) = {format: "uuid"}];\n}\n' +
        'message Thing {\n option (siapkerja.rest.v1.view) = {name: "ThingDto"};\n string id = 1;\n}\n',
    );
    return [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
  };
  const route = (options: string) =>
    ` rpc GetThing(Req) returns (Thing) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/things/{id}" tag: "Things" ${options}};\n }`;

  it('calls as the caller with its person id, in its own routes and its additional bindings', () => {
    const text = routes(route('person_id_caller: true additional_bindings: {http: "GET /v1/old-things/{id}" method: "old"}'));
    expect(text).toContain("import { Caller, asCaller, asPersonCaller, type AuthCaller } from '../auth/caller';");
    expect(text.split('asPersonCaller(caller, { idempotent: true }, true)')).toHaveLength(3);
    // without the option the routes call as the caller alone
    expect(routes(route(''))).not.toContain('asPersonCaller');
  });

  it('is for routes with a caller, instead of person_caller', () => {
    expect(() => routes(route('person_id_caller: true public: true'))).toThrow(/person_id_caller is for a route with a caller/);
    expect(() => routes(route('person_id_caller: true person_caller: true'))).toThrow(/instead of person_caller/);
  });

  it("forwards a person's person id whatever his roles, never a client's", () => {
    const forwarded = (c: AuthCaller) => JSON.parse(String(asPersonCaller(c, { idempotent: true }, true).metadata?.[CALLER_METADATA_KEY]));
    const lsp: AuthCaller = { sub: 'acc-1', scopes: [], roles: ['LSP'], personId: 'person-aaaaaaaaaaaaaaaa' };
    expect(forwarded(lsp)).toMatchObject({ sub: 'acc-1', roles: ['LSP'], personId: 'person-aaaaaaaaaaaaaaaa' });
    expect(asPersonCaller(lsp, { idempotent: true }, true).idempotent).toBe(true);
    expect(forwarded({ ...lsp, clientId: 'lsp-a' })).not.toHaveProperty('personId');
    expect(forwarded({ ...lsp, personId: undefined })).not.toHaveProperty('personId');
    // person_caller (without anyPerson): a job seeker's only
    const own = (c: AuthCaller) => JSON.parse(String(asPersonCaller(c).metadata?.[CALLER_METADATA_KEY]));
    expect(own(lsp)).not.toHaveProperty('personId');
    expect(own({ ...lsp, roles: ['JOB_SEEKER'] })).toMatchObject({ personId: 'person-aaaaaaaaaaaaaaaa' });
  });
});
