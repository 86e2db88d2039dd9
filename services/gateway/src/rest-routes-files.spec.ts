import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The generator (a CLI of tools/, outside every project: loaded by path, like the test command runs it). */
const GENERATOR = path.resolve(__dirname, '../../../tools/gen-rest-views.js');
const { generate } = require(GENERATOR) as { generate: (packages?: string[], protoDir?: string) => Map<string, string> };

/** Routes answering a file the service rendered, a path parameter 'me', the Location of the resource a 409 names. */
describe('generated routes: files, me, conflict_location (tools/gen-rest-views.js)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rest-routes-'));
    fs.mkdirSync(path.join(dir, 'siapkerja/rest/v1'), { recursive: true });
    fs.copyFileSync(path.resolve(__dirname, '../../../proto/siapkerja/rest/v1/rest.proto'), path.join(dir, 'siapkerja/rest/v1/rest.proto'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const FILE = 'message File {\n bytes body = 1;\n string content_type = 2;\n string filename = 3;\n}\n';
  const routes = (service: string, messages = '') => {
    fs.mkdirSync(path.join(dir, 'siapkerja/training/v1'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'siapkerja/training/v1/training.proto'),
      'syntax = "proto3";\npackage siapkerja.training.v1;\nimport "siapkerja/rest/v1/rest.proto";\n' +
        `service TrainingService {\n${service}\n}\n` +
        'message Req {\n option (siapkerja.rest.v1.view) = {inputs: {name: "ReqQuery", fields: ["region"], query: true}};\n' +
        ' string region = 1;\n' +
        ' string person_id = 2 [(siapkerja.rest.v1.field) = {example: "me", description: "a person id, or me"}];\n}\n' +
        'message Forms {\n option (siapkerja.rest.v1.view) = {name: "FormsDto"};\n repeated string names = 1;\n' +
        ' File file = 2 [(siapkerja.rest.v1.field) = {hidden: true}];\n}\n' +
        'message Thing {\n option (siapkerja.rest.v1.view) = {name: "ThingDto"};\n string id = 1;\n}\n' +
        FILE +
        messages,
    );
    return [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
  };

  it('answers a rendered file as the response itself: its headers, produces and a string documented per media type', () => {
    const text = routes(
      ' rpc Page(Req) returns (File) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/public/page" tag: "Public" public: true' +
        ' query_input: "ReqQuery" file: "*" produces: "text/html" response_headers: "cache-control: public, max-age=300"' +
        ` answer_description: "HTML page" answer_example: '<!doctype html>...'};\n }`,
    );
    expect(text).toContain("import { Controller, Get, Header, Query, Res, StreamableFile, type Type } from '@nestjs/common';");
    expect(text).toContain(
      'function sendFile(res: Response, file: { body: Buffer; contentType: string; filename: string }): StreamableFile | string {',
    );
    expect(text).toContain("@Header('cache-control', 'public, max-age=300')");
    expect(text).toContain("@ApiProduces('text/html')");
    expect(text).toContain(
      "@ApiOkResponse({ description: 'HTML page', content: { 'text/html': { schema: { type: 'string' }, example: '<!doctype html>...' } } })",
    );
    expect(text).toContain(
      'async page(@Query() query: ReqQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile | string> {\n' +
        '    return sendFile(res, await this.clients.training.page({ ...fromReqQuery(query) } satisfies trainingV1.Req, { idempotent: true }));',
    );
  });

  it('answers the view unless the response carries the file', () => {
    const text = routes(
      ' rpc Forms(Req) returns (Forms) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/forms" tag: "Reports" query_input: "ReqQuery"' +
        ' file: "file" produces: ["application/json", "text/csv"]};\n }',
    );
    expect(text).toContain("@ApiProduces('application/json', 'text/csv')");
    expect(text).toContain('@ApiOkResponse({ type: FormsDto })');
    expect(text).toContain('Promise<FormsDto | StreamableFile | string> {');
    expect(text).toContain('return answer.file?.contentType ? sendFile(res, answer.file) : toFormsDto(answer);');
  });

  it('refuses a file route without produces, or whose file is not bytes body, content_type and filename', () => {
    expect(() =>
      routes(' rpc Forms(Req) returns (Forms) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/forms" tag: "R" file: "file"};\n }'),
    ).toThrow(/file file is not the response or a field of it/);
    expect(() =>
      routes(
        ' rpc Forms(Req) returns (Forms) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/forms" tag: "R" file: "names" produces: "text/csv"};\n }',
      ),
    ).toThrow(/file names is not/);
    expect(() =>
      routes(
        ' rpc Get(Req) returns (Thing) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/things" tag: "R" produces: "text/csv"};\n }',
      ),
    ).toThrow(/produces documents the media types of a file answered/);
  });

  it("takes 'me' in a path as the caller's own person id, and documents the parameter with its field's example", () => {
    const text = routes(
      ' rpc Trace(Req) returns (Thing) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/traces/{person_id}" tag: "Reports"' +
        ' person_caller: true me: "person_id"};\n }',
    );
    expect(text).toContain("import { FieldValidationException } from '../platform/problem.filter';");
    expect(text).toContain(
      "if (!caller.personId) throw new FieldValidationException([{ field: param, description: \"'me' needs a person's own token\" }]);",
    );
    expect(text).toContain("@ApiParam({ name: 'personId', example: 'me', description: 'a person id, or me' })");
    expect(text).toContain("{ personId: personId === 'me' ? ownPersonId(caller, 'personId') : personId } satisfies trainingV1.Req");
    expect(() =>
      routes(
        ' rpc Trace(Req) returns (Thing) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/traces" tag: "R" me: "person_id"};\n }',
      ),
    ).toThrow(/me person_id is not a path parameter/);
  });

  it('names the resource a 409 names in Location', () => {
    const text = routes(
      ' rpc Add(Req) returns (Thing) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/things/{region}/members" tag: "Things"' +
        ' conflict_location: "/v1/things"};\n }',
    );
    expect(text).toContain("import { existingIdOf } from '@siapkerja/errors';");
    expect(text).toContain(
      '    try {\n      return toThingDto(await this.clients.training.add({ region } satisfies trainingV1.Req, asCaller(caller)));\n' +
        '    } catch (err) {\n      const existing = existingIdOf(err);\n' +
        "      if (existing) res.setHeader('Location', `/v1/things/${existing}`);\n      throw err;\n    }",
    );
  });
});
