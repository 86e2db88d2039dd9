import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MethodDefinition } from '@grpc/proto-loader';
import { loadProto, type trainingV1 } from '@siapkerja/contracts';
import { toProgramDto, toProgramPageDto } from './generated/training.views';

/** The generator (a CLI of tools/, outside every project: loaded by path, like the test command runs it). */
const GENERATOR = path.resolve(__dirname, '../../../tools/gen-rest-views.js');
const { generate } = require(GENERATOR) as { generate: (packages?: string[], protoDir?: string) => Map<string, string> };

/** A Program as the gateway receives it: serialized by the service, decoded by the loader (defaults on, longs and enums as strings). */
function overTheWire(program: Record<string, unknown>): trainingV1.Program__Output {
  const rpc = loadProto('training')['siapkerja.training.v1.TrainingService'] as Record<string, MethodDefinition<unknown, unknown>>;
  const get = rpc.GetProgram;
  return get.responseDeserialize(get.responseSerialize(program)) as trainingV1.Program__Output;
}

describe('REST views generated from proto/ (tools/gen-rest-views.js)', () => {
  it('map a message field by field as its options say: REST names, bare enums, int64 as numbers, null when unset', () => {
    const dto = toProgramDto(
      overTheWire({
        id: '7c0f3b1e-0000-4000-8000-000000000001',
        providerId: '7c0f3b1e-0000-4000-8000-000000000002',
        providerName: 'BLK Semarang',
        providerKind: 'PROVIDER_KIND_BLK_UPTD',
        title: 'Pemrograman Web Dasar',
        regionCode: '33.74',
        kbjiCode: '2513',
        competencyUnits: ['J.620100.001.01'],
        durationDays: 40,
        durationHours: 240,
        mode: 'PROGRAM_MODE_BLENDED',
        eligibility: { minAge: 18, residenceRegionCodes: ['33'] },
        costIdr: '1500000',
        capacity: 16,
        state: 'PROGRAM_STATE_PUBLISHED',
        hasOpenBatch: true,
        createTime: '2026-11-01T02:00:00.000Z',
        updateTime: '2026-11-02T02:00:00.000Z',
      }),
    );
    expect(dto).toEqual({
      id: '7c0f3b1e-0000-4000-8000-000000000001',
      providerId: '7c0f3b1e-0000-4000-8000-000000000002',
      providerName: 'BLK Semarang',
      providerKind: 'BLK_UPTD',
      title: 'Pemrograman Web Dasar',
      description: '',
      regionCode: '33.74',
      kbjiCode: '2513',
      competencyUnits: ['J.620100.001.01'],
      certificationSchemeId: null, // '' on the wire: nullable
      durationDays: 40,
      durationHours: 240,
      mode: 'BLENDED',
      eligibility: { minAge: 18, residenceRegionCodes: ['33'] }, // omit_empty: only what is set
      costIdr: 1500000,
      capacity: 16,
      state: 'PUBLISHED',
      attendanceThresholdPercent: 0,
      passingScore: 0,
      hasOpenBatch: true,
      ownerClientId: null,
      createdAt: '2026-11-01T02:00:00.000Z',
      updatedAt: '2026-11-02T02:00:00.000Z',
    });
  });

  it('show an unset nested message as its empty view and an unset enum as empty, never throwing', () => {
    const dto = toProgramDto(overTheWire({ id: 'p' }));
    expect(dto.eligibility).toEqual({});
    expect(dto.mode).toBe('');
    expect(dto.costIdr).toBe(0);
    expect(toProgramPageDto({ programs: [overTheWire({ id: 'p' })], nextPageToken: 'n' })).toMatchObject({
      programs: [{ id: 'p' }],
      nextPageToken: 'n',
    });
  });

  describe('the generator', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rest-views-'));
      fs.mkdirSync(path.join(dir, 'siapkerja/rest/v1'), { recursive: true });
      fs.copyFileSync(
        path.resolve(__dirname, '../../../proto/siapkerja/rest/v1/rest.proto'),
        path.join(dir, 'siapkerja/rest/v1/rest.proto'),
      );
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    const write = (pkg: string, body: string, imports: string[] = []) => {
      fs.mkdirSync(path.join(dir, `siapkerja/${pkg}/v1`), { recursive: true });
      fs.writeFileSync(
        path.join(dir, `siapkerja/${pkg}/v1/${pkg}.proto`),
        `syntax = "proto3";\npackage siapkerja.${pkg}.v1;\nimport "siapkerja/rest/v1/rest.proto";\n` +
          imports.map((i) => `import "${i}";\n`).join('') +
          body,
      );
    };
    const views = (pkg: string) => [...generate([pkg], dir)].find(([file]) => file.endsWith(`${pkg}.views.ts`))?.[1] ?? '';

    it('imports a view of another package from that package and maps JSON, optional and hidden fields', () => {
      write('aa', 'message Thing {\n option (siapkerja.rest.v1.view) = {name: "ThingDto"};\n string id = 1;\n}\n');
      write(
        'bb',
        'message Box {\n option (siapkerja.rest.v1.view) = {name: "BoxDto"};\n' +
          ' siapkerja.aa.v1.Thing thing = 1 [(siapkerja.rest.v1.field) = {nullable: true}];\n' +
          ' string doc_json = 2 [(siapkerja.rest.v1.field) = {json: true}];\n' +
          ' optional int64 count = 3;\n' +
          ' string secret = 4 [(siapkerja.rest.v1.field) = {hidden: true}];\n}\n',
        ['siapkerja/aa/v1/aa.proto'],
      );
      const text = views('bb');
      expect(text).toContain("import { ThingDto, toThingDto } from './aa.views';");
      expect(text).toContain('thing: m.thing == null ? null : toThingDto(m.thing),');
      expect(text).toContain('docJson: JSON.parse(m.docJson) as Record<string, unknown>,');
      expect(text).toContain("@ApiProperty({ type: 'object', additionalProperties: true })");
      expect(text).toContain('count: m.count == null ? null : Number(m.count),');
      expect(text).not.toContain('secret');
    });

    it('writes an input: validators from the rules, requiredness, query conversions, and its mapper to the message', () => {
      write(
        'dd',
        'enum Mode {\n MODE_UNSPECIFIED = 0;\n MODE_OFFLINE = 1;\n MODE_ONLINE = 2;\n}\n' +
          'message Batch {\n option (siapkerja.rest.v1.view) = {\n' +
          '  inputs: {name: "CreateBatchInput", fields: ["title", "mode", "cost", "units"], required: ["title"]}\n' +
          '  inputs: {name: "BatchQuery", fields: ["capacity", "open"], query: true}\n };\n' +
          ' string title = 1 [(siapkerja.rest.v1.field) = {rules: {min_len: 1, max_len: 200, pattern: \'^\\\\S\', pattern_message: "no"}}];\n' +
          ' Mode mode = 2 [(siapkerja.rest.v1.field) = {rules: {values: ["OFFLINE"]}}];\n' +
          ' int64 cost = 3 [(siapkerja.rest.v1.field) = {rules: {min: 0}}];\n' +
          ' repeated string units = 4 [(siapkerja.rest.v1.field) = {rules: {max_items: 3, checks: ["skkni"]}}];\n' +
          ' int32 capacity = 5 [(siapkerja.rest.v1.field) = {default: "20", rules: {min: 1, max: 100}}];\n' +
          ' bool open = 6;\n}\n',
      );
      const text = views('dd');
      expect(text).toContain(
        "@ApiProperty({ type: String, minLength: 1, maxLength: 200 })\n  @IsString()\n  @Length(1, 200)\n  @Matches(/^\\S/, { message: 'no' })\n  title: string;",
      );
      expect(text).toContain("@IsOptional()\n  @IsIn(['OFFLINE'])\n  mode?: 'OFFLINE';");
      expect(text).toContain(
        '@IsArray()\n  @ArrayMaxSize(3)\n  @IsString({ each: true })\n  @IsSkkniUnit({ each: true })\n  units?: string[];',
      );
      expect(text).toContain('@DecimalNumber()\n  @IsInt()\n  @Min(1)\n  @Max(100)\n  capacity?: number;');
      expect(text).toContain('default: 20');
      expect(text).toContain("mode: b.mode === undefined ? undefined : toProtoEnum('MODE', b.mode) as ddV1.Mode,");
      expect(text).toContain('cost: b.cost === undefined ? undefined : String(b.cost),');
      expect(text).toContain("open: b.open === undefined ? undefined : b.open === 'true',");
    });

    it('documents an input field as nullable (input_nullable) and its enum when not the values accepted (input_enum)', () => {
      write(
        'dd',
        'message Grant {\n option (siapkerja.rest.v1.view) = {inputs: {name: "GrantDto", fields: ["roles", "region"], required: ["roles"], null_absent: true}};\n' +
          ' repeated string roles = 1 [(siapkerja.rest.v1.field) = {input_enum: ["A", "B", "C"], rules: {values: ["A", "B"]}}];\n' +
          ' string region = 2 [(siapkerja.rest.v1.field) = {input_nullable: true, rules: {checks: ["region"]}}];\n}\n',
      );
      const text = views('dd');
      expect(text).toContain(
        "@ApiProperty({ type: String, isArray: true, enum: ['A','B','C'] })\n  @IsArray()\n  @IsIn(['A','B'], { each: true })\n  roles: string[];",
      );
      expect(text).toContain(
        '@ApiPropertyOptional({ type: String, nullable: true })\n  @IsOptional()\n  @IsString()\n  @IsRegionCode()\n  region?: string;',
      );
      write(
        'dd',
        'message Grant {\n option (siapkerja.rest.v1.view) = {inputs: {name: "GrantDto", fields: ["region"], required: ["region"]}};\n' +
          ' string region = 1 [(siapkerja.rest.v1.field) = {input_nullable: true}];\n}\n',
      );
      expect(() => views('dd')).toThrow(/input_nullable is for an optional single field/);
    });

    it('documents an input field with its own format (input_format) and without the view description (input_undocumented)', () => {
      write(
        'dd',
        'message Person {\n option (siapkerja.rest.v1.view) = {name: "PersonDto", inputs: {name: "PersonInput", fields: ["birth_date", "line"]}};\n' +
          ' string birth_date = 1 [(siapkerja.rest.v1.field) = {example: "1995", description: "the year only when masked", input_format: "date", input_description: "YYYY-MM-DD"}];\n' +
          ' string line = 2 [(siapkerja.rest.v1.field) = {description: "empty when masked", input_undocumented: true}];\n}\n',
      );
      const text = views('dd');
      expect(text).toContain(
        "@ApiProperty({ type: String, example: '1995', description: 'the year only when masked' })\n  birthDate: string;",
      );
      expect(text).toContain("@ApiProperty({ type: String, description: 'empty when masked' })\n  line: string;");
      expect(text).toContain(
        "@ApiPropertyOptional({ type: String, format: 'date', example: '1995', description: 'YYYY-MM-DD' })\n  @IsOptional()\n  @IsString()\n  birthDate?: string;",
      );
      expect(text).toContain('@ApiPropertyOptional({ type: String })\n  @IsOptional()\n  @IsString()\n  line?: string;');
    });

    it('documents an input field without the view example (input_unexampled)', () => {
      write(
        'dd',
        'message Item {\n option (siapkerja.rest.v1.view) = {name: "ItemDto", inputs: {name: "ItemInput", fields: ["state"]}};\n' +
          ' string state = 1 [(siapkerja.rest.v1.field) = {example: "PUBLISHED", input_description: "absent: PUBLISHED", input_unexampled: true}];\n}\n',
      );
      const text = views('dd');
      expect(text).toContain("@ApiProperty({ type: String, example: 'PUBLISHED' })\n  state: string;");
      expect(text).toContain(
        "@ApiPropertyOptional({ type: String, description: 'absent: PUBLISHED' })\n  @IsOptional()\n  @IsString()\n  state?: string;",
      );
    });

    it('accepts and documents the values of a list exported by a module (values_from), imported once', () => {
      write(
        'dd',
        'message Sub {\n option (siapkerja.rest.v1.view) = {inputs: {name: "SubDto", fields: ["types", "first"]}};\n' +
          ' repeated string types = 1 [(siapkerja.rest.v1.field) = {rules: {min_items: 1, values_from: "@siapkerja/contracts#EVENT_TYPES"}}];\n' +
          ' string first = 2 [(siapkerja.rest.v1.field) = {rules: {values_from: "@siapkerja/contracts#EVENT_TYPES"}}];\n}\n',
      );
      const text = views('dd');
      expect(text).toContain("import { EVENT_TYPES } from '@siapkerja/contracts';\n");
      expect(text).toContain(
        '@ApiPropertyOptional({ type: String, isArray: true, enum: EVENT_TYPES, minItems: 1 })\n  @IsOptional()\n  @IsArray()\n  @ArrayMinSize(1)\n  @IsIn(EVENT_TYPES, { each: true })\n  types?: string[];',
      );
      expect(text).toContain(
        '@ApiPropertyOptional({ type: String, enum: EVENT_TYPES })\n  @IsOptional()\n  @IsIn(EVENT_TYPES)\n  first?: string;',
      );
      write(
        'dd',
        'message Sub {\n option (siapkerja.rest.v1.view) = {inputs: {name: "SubDto", fields: ["first"]}};\n' +
          ' string first = 1 [(siapkerja.rest.v1.field) = {rules: {values_from: "EVENT_TYPES"}}];\n}\n',
      );
      expect(() => views('dd')).toThrow(/values_from is "<module>#<name>", without values/);
    });

    it("writes a view extending a message field's view (extends): its properties first, its mapper spread", () => {
      write(
        'dd',
        'message Thing {\n option (siapkerja.rest.v1.view) = {name: "ThingDto"};\n string id = 1;\n}\n' +
          'message NewThing {\n option (siapkerja.rest.v1.view) = {name: "NewThingDto"};\n' +
          ' Thing thing = 1 [(siapkerja.rest.v1.field) = {extends: true}];\n string secret = 2;\n}\n',
      );
      const text = views('dd');
      expect(text).toContain("const EMPTY_THING: ddV1.Thing__Output = {'id':''};");
      expect(text).toContain('export class NewThingDto extends ThingDto {\n  @ApiProperty({ type: String })\n  secret: string;\n}');
      expect(text).toContain('  return {\n    ...toThingDto(m.thing ?? EMPTY_THING),\n    secret: m.secret,\n  };');
      expect(text.indexOf('export class ThingDto')).toBeLessThan(text.indexOf('export class NewThingDto'));
      write(
        'dd',
        'message Thing {\n option (siapkerja.rest.v1.view) = {name: "ThingDto"};\n string id = 1;\n}\n' +
          'message NewThing {\n option (siapkerja.rest.v1.view) = {name: "NewThingDto"};\n' +
          ' repeated Thing things = 1 [(siapkerja.rest.v1.field) = {extends: true}];\n}\n',
      );
      expect(() => views('dd')).toThrow(/extends is for one message field with a view/);
    });

    it('writes a route: the path, query and body bound to the request, the caller, the view answered, its documentation', () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc GetGroup(GetGroupRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/groups/{id=group_id}" tag: "Groups" operation_id: "GroupsController_get" summary: "Read a group" scopes: "tkm:read" problems: [401, 404] person_caller: true};\n }\n' +
          ' rpc CreateGroup(CreateGroupRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups" tag: "Groups" summary: "Create" scopes: "tkm:write" problems: [400] body: "group" body_input: "CreateGroupDto" idempotency_key: "request_id" created: true};\n }\n' +
          ' rpc StopGroup(StopGroupRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups/{id}/stop" tag: "Groups" summary: "Stop" roles: "MINISTRY" body: "*" body_input: "StopGroupDto"};\n }\n' +
          '}\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto" inputs: {name: "CreateGroupDto", fields: ["name"], required: ["name"]}};\n string id = 1;\n string name = 2 [(siapkerja.rest.v1.field) = {rules: {min_len: 1, max_len: 200}}];\n}\n' +
          'message GetGroupRequest {\n string group_id = 1 [(siapkerja.rest.v1.field) = {format: "uuid"}];\n}\n' +
          'message CreateGroupRequest {\n Group group = 1;\n string request_id = 2;\n}\n' +
          'message StopGroupRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "StopGroupDto", fields: ["reason"]}};\n string id = 1;\n string reason = 2;\n}\n',
      );
      const routes = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain("@Get('v1/groups/:id')");
      expect(routes).toContain("@ApiOperation({ summary: 'Read a group', operationId: 'GroupsController_get' })");
      expect(routes).toContain("async getGroup(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller)");
      expect(routes).toContain('{ groupId: id } satisfies trainingV1.GetGroupRequest, asPersonCaller(caller, { idempotent: true })');
      expect(routes).toContain("@ApiIdempotencyKey('service')\n  @ApiCreatedResponse({ type: GroupDto })");
      expect(routes).toContain(
        "return created(res, '/v1/groups', toGroupDto(await this.clients.training.createGroup({ group: fromCreateGroupDto(body), requestId: idempotencyKey ?? '' } satisfies trainingV1.CreateGroupRequest, asCaller(caller))));",
      );
      expect(routes).toContain("@Post('v1/groups/:id/stop')\n  @HttpCode(200)\n  @Roles('MINISTRY')");
      expect(routes).toContain("@Param('id') id: string, @Body() body: StopGroupDto"); // no format uuid: any string
      expect(routes).toContain('{ ...fromStopGroupDto(body), id } satisfies trainingV1.StopGroupRequest, asCaller(caller)');
      expect(routes).toContain('export const TRAINING_ROUTES: Type[] = [GroupsRoutes];');
    });

    it("writes routes that call through the service's own gateway client (routes option) and public routes without security", () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' option (siapkerja.rest.v1.routes) = {client: "auth/identity.client#IdentityClient"};\n' +
          ' rpc GetGroup(GetGroupRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/groups/{id}" tag: "Groups" summary: "Read" problems: [404]};\n }\n' +
          ' rpc Verify(GetGroupRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups/{id}/verify" tag: "Groups" summary: "Verify" public: true};\n }\n' +
          '}\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto"};\n string id = 1;\n}\n' +
          'message GetGroupRequest {\n string id = 1;\n}\n',
      );
      const routes = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain("import { IdentityClient } from '../auth/identity.client';\n");
      expect(routes).not.toContain('ServiceClients');
      expect(routes).toContain('  constructor(private readonly client: IdentityClient) {}\n');
      expect(routes).toContain(
        "toGroupDto(await this.client.call('getGroup', { id } satisfies trainingV1.GetGroupRequest, asCaller(caller, { idempotent: true })))",
      );
      expect(routes).toContain("@Public()\n  @ApiOperation({ summary: 'Verify', security: [] })");
      expect(routes).toContain("await this.client.call('verify', { id } satisfies trainingV1.GetGroupRequest, {})");
      write(
        'training',
        'service TrainingService {\n option (siapkerja.rest.v1.routes) = {client: "IdentityClient"};\n rpc Get(A) returns (A) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/a" tag: "A"};\n }\n}\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n string id = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/client must be "<module>#<Class>", not IdentityClient/);
    });

    it("takes request fields from the caller and from headers, sets the answer's headers, documents other media types, and answers 204 for a message without a view", () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc Token(TokenRequest) returns (Token) {\n  option (siapkerja.rest.v1.route) = {http: "POST /oauth/token" tag: "T" summary: "Token" public: true body: "*" body_input: "TokenDto" from_headers: "authorization=Authorization" response_headers: "Cache-Control: no-store" consumes: ["application/x-www-form-urlencoded", "application/json"]};\n }\n' +
          ' rpc End(EndRequest) returns (EndResponse) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/logout" tag: "T" summary: "End" no_content: true from_caller: "session_id=sessionId"};\n }\n' +
          '}\n' +
          'message Token {\n option (siapkerja.rest.v1.view) = {name: "TokenView"};\n string access_token = 1;\n}\n' +
          'message TokenRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "TokenDto", fields: ["scope"]}};\n string scope = 1;\n string authorization = 2;\n}\n' +
          'message EndRequest {\n string session_id = 1;\n}\n' +
          'message Ended {\n repeated string ids = 1;\n}\n' +
          'message EndResponse {\n Ended ended = 1;\n}\n',
      );
      const routes = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain(
        "@Post('oauth/token')\n  @HttpCode(200)\n  @Header('Cache-Control', 'no-store')\n  @Public()\n  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')\n",
      );
      expect(routes).toContain(
        "async token(@Body() body: TokenDto, @Headers('authorization') authorization: string | undefined): Promise<TokenView> {\n    return toTokenView(await this.clients.training.token({ ...fromTokenDto(body), authorization: authorization ?? '' } satisfies trainingV1.TokenRequest, {}));",
      );
      expect(routes).toContain(
        "async end(@Caller() caller: AuthCaller): Promise<void> {\n    await this.clients.training.end({ sessionId: caller.sessionId ?? '' } satisfies trainingV1.EndRequest, asCaller(caller));",
      );
      write(
        'training',
        'service TrainingService {\n rpc End(EndRequest) returns (EndRequest) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/logout" tag: "T" public: true no_content: true from_caller: "session_id=sessionId"};\n }\n}\nmessage EndRequest {\n string session_id = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/a public route has no caller to take sessionId from/);
    });

    it('answers 201 when a flag of the response says the resource is new and 200 when it existed (created_when), the resource a message field of it', () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc Give(GiveRequest) returns (GiveResponse) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/consents" tag: "C" summary: "Give" body: "*" body_input: "GiveDto" answer: "consent" created_when: "created" answer_description: "recorded" existing_description: "already active"};\n }\n' +
          '}\n' +
          'message Consent {\n option (siapkerja.rest.v1.view) = {name: "ConsentView"};\n string id = 1;\n}\n' +
          'message GiveRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "GiveDto", fields: ["purpose"]}};\n string purpose = 1;\n}\n' +
          'message GiveResponse {\n Consent consent = 1;\n bool created = 2;\n}\n',
      );
      const routes = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain(
        "@Post('v1/consents')\n  @ApiOperation({ summary: 'Give' })\n  @ApiCreatedResponse({ type: ConsentView, description: 'recorded' })\n  @ApiOkResponse({ type: ConsentView, description: 'already active' })\n",
      );
      expect(routes).toContain(
        'async give(@Body() body: GiveDto, @Caller() caller: AuthCaller, @Res({ passthrough: true }) res: Response): Promise<ConsentView> {\n    const answer = await this.clients.training.give({ ...fromGiveDto(body) } satisfies trainingV1.GiveRequest, asCaller(caller));\n    res.status(answer.created ? 201 : 200);\n    return toConsentView(answer.consent!);',
      );
      write(
        'training',
        'service TrainingService {\n rpc Give(GiveRequest) returns (GiveResponse) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/consents" tag: "C" answer: "consent" created_when: "consent"};\n }\n}\n' +
          'message Consent {\n option (siapkerja.rest.v1.view) = {name: "ConsentView"};\n string id = 1;\n}\nmessage GiveRequest {\n string purpose = 1;\n}\nmessage GiveResponse {\n Consent consent = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/created_when consent is a bool field of GiveResponse/);
    });

    it('writes a 201 without Location and a 202 (http_status), a path validated by an input (path_input) and a NIK checked against the birth date and sex', () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc SignUp(SignUpRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/signup" tag: "G" summary: "Sign up" public: true body: "*" body_input: "SignupDto" http_status: 201};\n }\n' +
          ' rpc Reset(SignUpRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/reset" tag: "G" summary: "Reset" public: true http_status: 202};\n }\n' +
          ' rpc Withdraw(WithdrawRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "DELETE /v1/consents/{purpose}" tag: "G" summary: "Withdraw" path_input: "PurposeParamDto"};\n }\n' +
          ' rpc List(WithdrawRequest) returns (Groups) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/groups" tag: "G" summary: "List" answer: "groups"};\n }\n' +
          '}\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto"};\n string id = 1;\n}\n' +
          'message Groups {\n repeated Group groups = 1;\n}\n' +
          'message SignUpRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "SignupDto", fields: ["nik", "birth_date", "sex"]}};\n' +
          ' string nik = 1 [(siapkerja.rest.v1.field) = {rules: {checks: ["nik:birthDate,sex"]}}];\n string birth_date = 2;\n int32 sex = 3;\n}\n' +
          'message WithdrawRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "PurposeParamDto", fields: ["purpose"], required: ["purpose"]}};\n' +
          ' string account_id = 1;\n string purpose = 2 [(siapkerja.rest.v1.field) = {rules: {values: ["A", "B"]}}];\n}\n',
      );
      const files = [...generate(['training'], dir)];
      const routes = files.find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain("@Post('v1/signup')\n  @HttpCode(201)\n  @Public()");
      expect(routes).toContain('@ApiCreatedResponse({ type: GroupDto })');
      expect(routes).not.toContain('created(res');
      expect(routes).toContain("@Post('v1/reset')\n  @HttpCode(202)\n  @Public()");
      expect(routes).toContain('@ApiAcceptedResponse({ type: GroupDto })');
      expect(routes).toContain('async withdraw(@Param() path: PurposeParamDto, @Caller() caller: AuthCaller)');
      expect(routes).toContain('{ ...fromPurposeParamDto(path) } satisfies trainingV1.WithdrawRequest, asCaller(caller)');
      // answer: a list field of the response, answered as a JSON array of its view
      expect(routes).toContain('@ApiOkResponse({ type: [GroupDto] })');
      expect(routes).toContain('async list(@Caller() caller: AuthCaller): Promise<GroupDto[]>');
      expect(routes).toContain('asCaller(caller, { idempotent: true }))).groups.map(toGroupDto);');
      const views = files.find(([file]) => file.endsWith('training.views.ts'))?.[1] ?? '';
      expect(views).toContain("@IsNik({ birthDateProperty: 'birthDate', sexProperty: 'sex' })\n  nik?: string;");
      write(
        'training',
        'service TrainingService {\n rpc Get(A) returns (A) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/a" tag: "A" http_status: 202};\n }\n}\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n string id = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/http_status is 201 or 202 of a POST/);
      write(
        'training',
        'service TrainingService {\n rpc Get(A) returns (A) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/a/{id}" tag: "A" path_input: "AIn"};\n }\n}\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto" inputs: {name: "AIn", fields: ["name"]}};\n string id = 1;\n string name = 2;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/path input AIn must carry the path parameters, in order: id/);
      write(
        'training',
        'service TrainingService {\n rpc Get(A) returns (A) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/a" tag: "A" answer: "id"};\n }\n}\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n string id = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/answer id is not a list of a message with a view in A/);
    });

    it('writes a 204 route, a merge-patch update (a path segment into the body message, the field mask of the fields present) and a documented Idempotency-Key', () => {
      write(
        'training',
        'import "google/protobuf/field_mask.proto";\n' +
          'service TrainingService {\n' +
          ' rpc RemoveGroup(RemoveGroupRequest) returns (RemoveGroupResponse) {\n  option (siapkerja.rest.v1.route) = {http: "DELETE /v1/groups/{id}" tag: "Groups" summary: "Remove" scopes: "tkm:write" problems: [404] no_content: true};\n }\n' +
          ' rpc UpdateGroup(UpdateGroupRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "PATCH /v1/groups/{id=group.id}" tag: "Groups" summary: "Update" body: "group" body_input: "UpdateGroupDto" update_mask: "update_mask" idempotency_key_header: true};\n }\n' +
          '}\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto" inputs: {name: "UpdateGroupDto", fields: ["display_name", "contact_email"]}};\n string id = 1;\n' +
          ' string display_name = 2 [(siapkerja.rest.v1.field) = {name: "title"}];\n' +
          ' string contact_email = 3 [(siapkerja.rest.v1.field) = {rules: {untyped: true, checks_first: true, checks: "email", check_message: "contactEmail must be an e-mail address", max_len: 254}}];\n}\n' +
          'message RemoveGroupRequest {\n string id = 1;\n}\n' +
          'message RemoveGroupResponse {}\n' +
          'message UpdateGroupRequest {\n Group group = 1;\n google.protobuf.FieldMask update_mask = 2;\n}\n',
      );
      const files = [...generate(['training'], dir)];
      const routes = files.find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain(
        "@Delete('v1/groups/:id')\n  @HttpCode(204)\n  @RequireScopes('tkm:write')\n  @ApiOperation({ summary: 'Remove' })\n  @ApiNoContentResponse()\n  @ApiProblems(404)\n  async removeGroup(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<void> {\n    await this.clients.training.removeGroup({ id } satisfies trainingV1.RemoveGroupRequest, asCaller(caller));\n  }",
      );
      expect(routes).toContain(
        "@Patch('v1/groups/:id')\n  @ApiOperation({ summary: 'Update' })\n  @ApiIdempotencyKey()\n  @ApiOkResponse({ type: GroupDto })",
      );
      expect(routes).toContain(
        "async updateGroup(@Param('id') id: string, @Body() body: UpdateGroupDto, @Caller() caller: AuthCaller): Promise<GroupDto>",
      );
      // the segment goes into the message the body fills; the mask names the proto paths of the REST fields present, in the body's order
      expect(routes).toContain(
        "{ group: { ...fromUpdateGroupDto(body), id }, updateMask: { paths: Object.keys(body).filter((k) => (body as unknown as Record<string, unknown>)[k] !== undefined).flatMap((k) => ({'title':'display_name','contactEmail':'contact_email'} as Record<string, string>)[k] ?? []) } } satisfies trainingV1.UpdateGroupRequest",
      );
      const views = files.find(([file]) => file.endsWith('training.views.ts'))?.[1] ?? '';
      expect(views).toContain(
        "@IsOptional()\n  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })\n  @MaxLength(254)\n  contactEmail?: string;",
      );
      // a no_content route answers an empty message; the mask needs a message body
      write(
        'training',
        'service TrainingService {\n rpc Get(A) returns (A) {\n  option (siapkerja.rest.v1.route) = {http: "DELETE /v1/a/{id}" tag: "A" no_content: true};\n }\n}\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n string id = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/a no_content route answers an empty message/);
    });

    it('puts the pattern before the length with pattern_first (a value failing both: the pattern first)', () => {
      write(
        'training',
        'message Contact {\n option (siapkerja.rest.v1.view) = {name: "ContactDto" inputs: {name: "ContactIn", fields: ["website", "homepage"]}};\n' +
          ' string website = 1 [(siapkerja.rest.v1.field) = {rules: {untyped: true, pattern: "^https://\\\\S+$", pattern_first: true, max_len: 300}}];\n' +
          ' string homepage = 2 [(siapkerja.rest.v1.field) = {rules: {untyped: true, pattern: "^https://\\\\S+$", max_len: 300}}];\n}\n',
      );
      const views = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.views.ts'))?.[1] ?? '';
      expect(views).toContain('@IsOptional()\n  @Matches(/^https:\\/\\/\\S+$/)\n  @MaxLength(300)\n  website?: string;');
      expect(views).toContain('@IsOptional()\n  @MaxLength(300)\n  @Matches(/^https:\\/\\/\\S+$/)\n  homepage?: string;');
      write(
        'training',
        'message Contact {\n option (siapkerja.rest.v1.view) = {name: "ContactDto" inputs: {name: "ContactIn", fields: ["website"]}};\n' +
          ' string website = 1 [(siapkerja.rest.v1.field) = {rules: {pattern_first: true, max_len: 300}}];\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/pattern_first without a pattern/);
    });

    it('writes several routes of one rpc (additional bindings), the fields they set, an int32 path segment and a Location elsewhere', () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc MoveGroup(MoveGroupRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups/{id}/open" tag: "Groups" method: "openGroup" summary: "Open" scopes: "tkm:write" problems: [404, 409] set: "to_state=STATE_OPEN"\n' +
          '   additional_bindings: {http: "POST /v1/groups/{id}/close" operation_id: "GroupsController_close" method: "closeGroup" summary: "Close" body: "*" body_input: "CloseDto" set: ["to_state=STATE_CLOSED", "note=bye", "level=2", "quiet=true"]}};\n }\n' +
          ' rpc MarkDay(MarkDayRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups/{id=group_id}/days/{day}/marks" tag: "Groups" summary: "Mark" created: true location: "/v1/marks"};\n }\n' +
          '}\n' +
          'enum State { STATE_UNSPECIFIED = 0; STATE_OPEN = 1; STATE_CLOSED = 2; }\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto"};\n string id = 1;\n}\n' +
          'message MoveGroupRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "CloseDto", fields: ["reason"]}};\n string id = 1 [(siapkerja.rest.v1.field) = {format: "uuid"}];\n State to_state = 2;\n string reason = 3;\n string note = 4;\n int32 level = 5;\n bool quiet = 6;\n}\n' +
          'message MarkDayRequest {\n string group_id = 1;\n int32 day = 2;\n}\n',
      );
      const routes = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain(
        "@Post('v1/groups/:id/open')\n  @HttpCode(200)\n  @RequireScopes('tkm:write')\n  @ApiOperation({ summary: 'Open' })\n  @ApiOkResponse({ type: GroupDto })\n  @ApiProblems(404, 409)\n  async openGroup(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller)",
      );
      expect(routes).toContain("{ id, toState: 'STATE_OPEN' } satisfies trainingV1.MoveGroupRequest, asCaller(caller)");
      // the binding takes the tag, scopes and problems of the route, and states the rest itself
      expect(routes).toContain(
        "@Post('v1/groups/:id/close')\n  @HttpCode(200)\n  @RequireScopes('tkm:write')\n  @ApiOperation({ summary: 'Close', operationId: 'GroupsController_close' })\n  @ApiOkResponse({ type: GroupDto })\n  @ApiProblems(404, 409)\n  async closeGroup(@Param('id', ParseUUIDPipe) id: string, @Body() body: CloseDto, @Caller() caller: AuthCaller)",
      );
      expect(routes).toContain(
        "{ ...fromCloseDto(body), id, toState: 'STATE_CLOSED', note: 'bye', level: 2, quiet: true } satisfies trainingV1.MoveGroupRequest",
      );
      expect(routes).toContain("@Param('id') id: string, @Param('day', ParseIntPipe) day: number");
      expect(routes).toContain("return created(res, '/v1/marks', toGroupDto(await this.clients.training.markDay({ groupId: id, day }");
    });

    it('documents X-Purpose (purpose_header) on a route and its additional bindings, which may state scopes of their own', () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc GetCase(GetCaseRequest) returns (Case) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/cases/{id}" tag: "Cases" summary: "Read" scopes: "tkm:read" purpose_header: true\n' +
          '   additional_bindings: {http: "GET /v1/old-cases/{id}" method: "getOldCase" summary: "Read (former path)"}};\n }\n' +
          ' rpc MoveCase(GetCaseRequest) returns (Case) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/cases/{id}/close" tag: "Cases" summary: "Close" scopes: "tkm:write"\n' +
          '   additional_bindings: {http: "POST /v1/cases/{id}/withdraw" method: "withdrawCase" summary: "Withdraw" scopes: "tkm:read"}};\n }\n' +
          '}\n' +
          'message Case {\n option (siapkerja.rest.v1.view) = {name: "CaseDto"};\n string id = 1;\n}\n' +
          'message GetCaseRequest {\n string id = 1;\n}\n',
      );
      const routes = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      const header =
        "@ApiHeader({ name: PURPOSE_HEADER, required: false, enum: [...ACCESS_PURPOSES], example: 'PLACEMENT_SERVICE', description: 'Why unmasked personal data is read (logged with the access). Required for Disnaker officers; without it personal data is masked.' })";
      expect(routes).toContain(`@ApiOperation({ summary: 'Read' })\n  ${header}\n  @ApiOkResponse({ type: CaseDto })`);
      expect(routes).toContain(`@ApiOperation({ summary: 'Read (former path)' })\n  ${header}\n`);
      expect(routes).toContain("import { ACCESS_PURPOSES, PURPOSE_HEADER } from '@siapkerja/privacy';");
      expect(routes.match(/@ApiHeader/g)).toHaveLength(2);
      expect(routes).toContain("@Post('v1/cases/:id/close')\n  @HttpCode(200)\n  @RequireScopes('tkm:write')");
      expect(routes).toContain("@Post('v1/cases/:id/withdraw')\n  @HttpCode(200)\n  @RequireScopes('tkm:read')");
    });

    it('checks a path segment bound to a field of the body as a UUID when the route names it (uuid_segments)', () => {
      const proto = (extra: string) =>
        'service TrainingService {\n' +
        ` rpc PatchGroup(PatchGroupRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "PATCH /v1/groups/{id=group.id}" tag: "Groups" summary: "Patch" body: "group" body_input: "GroupPatch" ${extra}};\n }\n` +
        '}\n' +
        'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto" inputs: {name: "GroupPatch", fields: ["name"]}};\n string id = 1;\n string name = 2;\n}\n' +
        'message PatchGroupRequest {\n Group group = 1;\n}\n';
      const routes = () => [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      write('training', proto('uuid_segments: "id"'));
      expect(routes()).toContain(
        "async patchGroup(@Param('id', ParseUUIDPipe) id: string, @Body() body: GroupPatch, @Caller() caller: AuthCaller)",
      );
      expect(routes()).toContain('{ group: { ...fromGroupPatch(body), id } } satisfies trainingV1.PatchGroupRequest');
      write('training', proto(''));
      expect(routes()).toContain("async patchGroup(@Param('id') id: string, @Body() body: GroupPatch");
    });

    it('takes a list in a query as one comma-separated text, its rules checking the text', () => {
      write(
        'training',
        'message Find {\n option (siapkerja.rest.v1.view) = {inputs: {name: "FindQuery", fields: ["units"], query: true}};\n' +
          ' repeated string units = 1 [(siapkerja.rest.v1.field) = {example: "J.1", comma_separated: true, rules: {max_len: 2000}}];\n}\n',
      );
      const text = views('training');
      expect(text).toContain(
        "@ApiPropertyOptional({ type: String, maxLength: 2000, example: 'J.1' })\n  @IsOptional()\n  @IsString()\n  @MaxLength(2000)\n  units?: string;",
      );
      expect(text).toContain("units: b.units ? b.units.split(',').map((x) => x.trim()) : undefined,");
      write(
        'training',
        'message Find {\n option (siapkerja.rest.v1.view) = {inputs: {name: "FindIn", fields: ["units"]}};\n repeated string units = 1 [(siapkerja.rest.v1.field) = {comma_separated: true}];\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/comma_separated is for a list of strings in a query/);
    });

    it.each([
      ['a set value its enum does not have', 'set: "to_state=STATE_GONE"', /set to_state=STATE_GONE: STATE_GONE is not a value of toState/],
      ['a set field the request does not have', 'set: "colour=red"', /set colour=red is not "<field>=<value>"/],
      ['two routes of one method name', 'additional_bindings: {http: "POST /v1/g/{id}/again"}', /method moveGroup twice in G: name one/],
      ['a location without created', 'location: "/v1/x"', /location is the collection path/],
    ])('refuses %s in a route', (_what, extra, message) => {
      write(
        'training',
        `service TrainingService {\n rpc MoveGroup(MoveGroupRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/g/{id}" tag: "G" ${extra}};\n }\n}\n` +
          'enum State { STATE_UNSPECIFIED = 0; STATE_OPEN = 1; }\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto"};\n string id = 1;\n}\n' +
          'message MoveGroupRequest {\n string id = 1;\n State to_state = 2;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(message);
    });

    it("takes one query input for several rpcs whose requests share its fields, and documents the answer's description and the query-string 400", () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc GetA(AReportRequest) returns (Report) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/a" tag: "R" summary: "A" query_input: "ReportQueryDto"};\n }\n' +
          ' rpc GetB(BReportRequest) returns (Report) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/b" tag: "R" summary: "B" query_input: "ReportQueryDto" answer_description: "the B report" query_string_problem: true problems: [401]};\n }\n' +
          '}\n' +
          'message Report {\n option (siapkerja.rest.v1.view) = {name: "ReportDto"};\n string month = 1;\n}\n' +
          'message AReportRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "ReportQueryDto", fields: ["month"], query: true}};\n string month = 1;\n}\n' +
          'message BReportRequest {\n string month = 1;\n}\n',
      );
      const routes = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain('getB(@Query() query: ReportQueryDto');
      expect(routes).toContain('{ ...fromReportQueryDto(query) } satisfies trainingV1.BReportRequest');
      expect(routes).toContain(
        "@ApiOkResponse({ type: ReportDto, description: 'the B report' })\n  @ApiQueryStringProblem()\n  @ApiProblems(401)",
      );
      expect(routes).toContain("import { ApiProblems, ApiQueryStringProblem } from '../platform/http';");
      // a request without one of the input's fields (or with another type) does not take it
      write(
        'training',
        'service TrainingService {\n rpc GetB(BReportRequest) returns (Report) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/b" tag: "R" query_input: "ReportQueryDto"};\n }\n}\n' +
          'message Report {\n option (siapkerja.rest.v1.view) = {name: "ReportDto"};\n string month = 1;\n}\n' +
          'message AReportRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "ReportQueryDto", fields: ["month"], query: true}};\n string month = 1;\n}\n' +
          'message BReportRequest {\n int32 month = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/ReportQueryDto is not an input of \.siapkerja\.training\.v1\.BReportRequest/);
    });

    it('writes an input carrying the fields of a message field at the top level (a body of several messages), null taken as absent; a query boolean converted', () => {
      write(
        'dd',
        'message Plan {\n option (siapkerja.rest.v1.view) = {inputs: {name: "PlanDto", fields: ["kbli"]}};\n string kbli = 1;\n}\n' +
          'message Group {\n string name = 1 [(siapkerja.rest.v1.field) = {rules: {min_len: 1}}];\n string region = 2;\n Plan plan = 3 [(siapkerja.rest.v1.field) = {input: "PlanDto"}];\n}\n' +
          'message Member {\n option (siapkerja.rest.v1.view) = {inputs: {name: "MemberDto", fields: ["nik"]}};\n string nik = 1;\n}\n' +
          'message CreateGroupRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "CreateGroupDto", fields: ["group.name", "members", "group.plan", "group.region"], required: ["group.name"], null_absent: true}};\n' +
          ' Group group = 1;\n repeated Member members = 2 [(siapkerja.rest.v1.field) = {input: "MemberDto"}];\n}\n',
      );
      const text = views('dd');
      expect(text).toContain('@ApiProperty({ type: String, minLength: 1 })\n  @IsString()\n  @MinLength(1)\n  name: string;');
      expect(text).toContain('@IsOptional()\n  @ValidateNested()\n  @Type(() => PlanDto)\n  plan?: PlanDto;');
      expect(text).toContain(
        'return {\n    group: {\n      name: b.name,\n      plan: b.plan == null ? undefined : fromPlanDto(b.plan),\n      region: b.region,\n    },\n' +
          '    members: b.members == null ? undefined : b.members.map((x) => fromMemberDto(x)),\n  };',
      );
      // the nested input is declared before the input carrying it
      expect(text.indexOf('export class PlanDto')).toBeLessThan(text.indexOf('export class CreateGroupDto'));
      // a query boolean converted before its type check, documented as a boolean
      write(
        'dd',
        'message ListRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "ListQuery", fields: ["held"], query: true}};\n' +
          ' bool held = 1 [(siapkerja.rest.v1.field) = {rules: {query_boolean: true}}];\n}\n',
      );
      expect(views('dd')).toContain(
        "@ApiPropertyOptional({ type: Boolean })\n  @IsOptional()\n  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))\n  @IsBoolean()\n  held?: boolean;",
      );
      expect(views('dd')).toContain("import { Transform } from 'class-transformer';");
      expect(views('dd')).toContain('    held: b.held,');
      write(
        'dd',
        'message CreateGroupRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "CreateGroupDto", fields: ["name.x"]}};\n string name = 1;\n}\n',
      );
      expect(() => generate(['dd'], dir)).toThrow(/name is not a message field of CreateGroupRequest/);
    });

    it("writes a created route's Location under its path parameters, the exact Location of an existing resource, and a reading POST retried", () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc AddNote(AddNoteRequest) returns (Note) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups/{id=group_id}/notes" tag: "G" summary: "Add" created: true};\n }\n' +
          ' rpc Pay(PayRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups/{id=group_id}/payments" tag: "G" summary: "Pay" created: true location: "/v1/groups/{id}" location_exact: true};\n }\n' +
          ' rpc Check(CheckRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/checks" tag: "G" summary: "Check" public: true idempotent: true};\n }\n' +
          ' rpc Probe(CheckRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/probes" tag: "G" summary: "Probe" idempotent: true};\n }\n' +
          '}\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto"};\n string id = 1;\n}\n' +
          'message Note {\n option (siapkerja.rest.v1.view) = {name: "NoteDto"};\n string id = 1;\n}\n' +
          'message AddNoteRequest {\n string group_id = 1 [(siapkerja.rest.v1.field) = {format: "uuid"}];\n}\n' +
          'message PayRequest {\n string group_id = 1 [(siapkerja.rest.v1.field) = {format: "uuid"}];\n}\n' +
          'message CheckRequest {\n string number = 1;\n}\n',
      );
      const routes = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain(
        'return created(res, `/v1/groups/${id}/notes`, toNoteDto(await this.clients.training.addNote({ groupId: id } satisfies trainingV1.AddNoteRequest, asCaller(caller))));',
      );
      expect(routes).toContain(
        "@Post('v1/groups/:id/payments')\n  @ApiOperation({ summary: 'Pay' })\n  @ApiCreatedResponse({ type: GroupDto })",
      );
      expect(routes).toContain(
        'const answer = toGroupDto(await this.clients.training.pay({ groupId: id } satisfies trainingV1.PayRequest, asCaller(caller)));\n    res.location(`/v1/groups/${id}`);\n    return answer;',
      );
      expect(routes).toContain("@Post('v1/checks')\n  @HttpCode(200)\n  @Public()\n  @ApiOperation({ summary: 'Check', security: [] })");
      expect(routes).toContain('check({  } satisfies trainingV1.CheckRequest, { idempotent: true })');
      expect(routes).toContain('probe({  } satisfies trainingV1.CheckRequest, asCaller(caller, { idempotent: true }))');
      // a Location naming what is not a path parameter, or exact without created, is refused
      write(
        'training',
        'service TrainingService {\n rpc Pay(PayRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups/{id=group_id}/payments" tag: "G" created: true location: "/v1/groups/{group}"};\n }\n}\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto"};\n string id = 1;\n}\n' +
          'message PayRequest {\n string group_id = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/the Location's \{group\} is not a path parameter/);
      write(
        'training',
        'service TrainingService {\n rpc Pay(PayRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups/{id=group_id}/payments" tag: "G" location_exact: true};\n }\n}\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto"};\n string id = 1;\n}\n' +
          'message PayRequest {\n string group_id = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/location_exact is the Location of a created route/);
    });

    it('documents the Location of a created route (location_header), shows a detail with another field (omit_with) and reads a query number as its text (query_text)', () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc AddNote(AddNoteRequest) returns (Note) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/notes" tag: "G" summary: "Add" created: true location_header: true};\n }\n' +
          ' rpc ListNotes(ListNotesRequest) returns (Note) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/notes" tag: "G" summary: "List" query_input: "NoteQueryDto"};\n }\n' +
          '}\n' +
          'message Note {\n option (siapkerja.rest.v1.view) = {name: "NoteDto"};\n string id = 1;\n string event_json = 2 [(siapkerja.rest.v1.field) = {name: "event", json: true, omit_empty: true}];\n' +
          ' repeated string attempts = 3 [(siapkerja.rest.v1.field) = {omit_empty: true, omit_with: "event_json"}];\n}\n' +
          'message AddNoteRequest {\n string text = 1;\n}\n' +
          'message ListNotesRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "NoteQueryDto", fields: ["page_size", "total"], query: true}};\n' +
          '  optional int32 page_size = 1 [(siapkerja.rest.v1.field) = {name: "limit", example: "100", rules: {query_text: true, pattern: \'^\\\\d{1,3}$\', pattern_message: "limit must be an integer from 1 to 500"}}];\n' +
          "  int64 total = 2 [(siapkerja.rest.v1.field) = {rules: {query_text: true, pattern: '^\\\\d+$'}}];\n}\n",
      );
      const routes = [...generate(['training'], dir)].find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      expect(routes).toContain("@ApiCreatedResponse({ type: NoteDto, headers: { Location: { schema: { type: 'string' } } } })");
      expect(routes).toContain('@ApiOkResponse({ type: NoteDto })\n  @ApiProblems()\n  async listNotes(');
      const text = views('training');
      // attempts are shown (an empty list included) whenever the event is, and left out with it
      expect(text).toContain('    ...(!m.eventJson ? {} : { attempts: m.attempts }),');
      expect(text).toContain(
        "@ApiPropertyOptional({ type: String, example: '100' })\n  @IsOptional()\n  @IsString()\n  @Matches(/^\\d{1,3}$/, { message: 'limit must be an integer from 1 to 500' })\n  limit?: string;",
      );
      expect(text).toContain('pageSize: b.limit === undefined ? undefined : Number(b.limit),');
      expect(text).toContain('total: b.total === undefined ? undefined : String(Number(b.total)),');
      // a route documenting a Location it does not send, a detail shown with a list, a query number without its pattern: refused
      const refused = (body: string, error: RegExp) => {
        write('training', body);
        expect(() => generate(['training'], dir)).toThrow(error);
      };
      refused(
        'service TrainingService {\n rpc AddNote(AddNoteRequest) returns (Note) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/notes" tag: "G" location_header: true};\n }\n}\n' +
          'message Note {\n option (siapkerja.rest.v1.view) = {name: "NoteDto"};\n string id = 1;\n}\nmessage AddNoteRequest {\n string text = 1;\n}\n',
        /location_header documents the Location of a created route/,
      );
      refused(
        'message Note {\n option (siapkerja.rest.v1.view) = {name: "NoteDto"};\n repeated string tags = 1;\n' +
          ' repeated string attempts = 2 [(siapkerja.rest.v1.field) = {omit_empty: true, omit_with: "tags"}];\n}\n',
        /omit_with names another single field/,
      );
      refused(
        'message Q {\n option (siapkerja.rest.v1.view) = {inputs: {name: "QDto", fields: ["n"], query: true}};\n int32 n = 1 [(siapkerja.rest.v1.field) = {rules: {query_text: true}}];\n}\n',
        /query_text is for a single number of a query, checked by its pattern/,
      );
    });

    it('documents the values of a view field as a list exported by a module (enum_from), imported once', () => {
      write(
        'dd',
        'message Types {\n option (siapkerja.rest.v1.view) = {name: "TypesDto"};\n' +
          ' repeated string types = 1 [(siapkerja.rest.v1.field) = {name: "items", enum_from: "@siapkerja/contracts#EVENT_TYPES"}];\n' +
          ' string first = 2 [(siapkerja.rest.v1.field) = {enum_from: "@siapkerja/contracts#EVENT_TYPES"}];\n}\n',
      );
      const text = views('dd');
      expect(text).toContain("import { EVENT_TYPES } from '@siapkerja/contracts';\n");
      expect(text).toContain('@ApiProperty({ type: String, isArray: true, enum: EVENT_TYPES })\n  items: string[];');
      expect(text).toContain('@ApiProperty({ type: String, enum: EVENT_TYPES })\n  first: string;');
      write(
        'dd',
        'message Types {\n option (siapkerja.rest.v1.view) = {name: "TypesDto"};\n int32 n = 1 [(siapkerja.rest.v1.field) = {enum_from: "@siapkerja/contracts#EVENT_TYPES"}];\n}\n',
      );
      expect(() => views('dd')).toThrow(/enum_from is "<module>#<name>" of a string field/);
    });

    it('documents a message field as an object of any properties (opaque), its example JSON, and still answers its view', () => {
      write(
        'dd',
        'message Account {\n option (siapkerja.rest.v1.view) = {name: "AccountViewDto"};\n string id = 1;\n}\n' +
          'message Export {\n option (siapkerja.rest.v1.view) = {name: "ExportViewDto"};\n' +
          ' Account account = 1 [(siapkerja.rest.v1.field) = {opaque: true, example: \'{"id": "a1", "region": null}\'}];\n}\n',
      );
      const text = views('dd');
      expect(text).toContain(
        "@ApiProperty({ type: 'object', additionalProperties: true, example: {'id':'a1','region':null} })\n  account: AccountViewDto;",
      );
      expect(text).toContain('    account: toAccountViewDto(m.account ?? EMPTY_ACCOUNT),');
      write(
        'dd',
        'message Account {\n option (siapkerja.rest.v1.view) = {name: "AccountViewDto"};\n string id = 1;\n}\n' +
          'message Export {\n option (siapkerja.rest.v1.view) = {name: "ExportViewDto"};\n' +
          ' repeated Account accounts = 1 [(siapkerja.rest.v1.field) = {opaque: true}];\n}\n',
      );
      expect(() => views('dd')).toThrow(/opaque is for one message field with a view/);
    });

    it("writes routes calling through a gateway class of their own (route client), a JSON document answered with its media type, and an input's own docs of a field", () => {
      write(
        'training',
        'service TrainingService {\n' +
          ' rpc Open(OpenRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "POST /v1/groups/{id}/open" tag: "G" summary: "Open" client: "training/group-writes#GroupWrites"};\n }\n' +
          ' rpc Get(OpenRequest) returns (Group) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/groups/{id}" tag: "G" summary: "Read"};\n }\n' +
          ' rpc Card(OpenRequest) returns (Card) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/groups/{id}/card" tag: "G" summary: "Card" answer: "json_ld" content_type: "application/ld+json" answer_description: "The card"};\n }\n' +
          '}\n' +
          'message Group {\n option (siapkerja.rest.v1.view) = {name: "GroupDto" inputs: {name: "GroupIn", fields: ["name"]}};\n string id = 1;\n string name = 2 [(siapkerja.rest.v1.field) = {example: "A", input_example: "B"}];\n}\n' +
          'message OpenRequest {\n option (siapkerja.rest.v1.view) = {inputs: {name: "OpenIn", fields: ["group.name"] docs: {field: "group.name", example: "C", description: "its name"}}};\n string id = 1;\n Group group = 2;\n}\n' +
          'message Card {\n string json_ld = 1 [(siapkerja.rest.v1.field) = {json: true, example: \'{"@type": "Card"}\'}];\n}\n',
      );
      const files = [...generate(['training'], dir)];
      const routes = files.find(([file]) => file.endsWith('training.routes.ts'))?.[1] ?? '';
      const text = files.find(([file]) => file.endsWith('training.views.ts'))?.[1] ?? '';
      expect(routes).toContain(
        "import { ServiceClients } from '../platform/clients';\nimport { GroupWrites } from '../training/group-writes';\n",
      );
      expect(routes).toContain('  constructor(private readonly clients: ServiceClients, private readonly groupWrites: GroupWrites) {}\n');
      expect(routes).toContain(
        "toGroupDto(await this.groupWrites.call('open', { id } satisfies trainingV1.OpenRequest, asCaller(caller)))",
      );
      expect(routes).toContain(
        'toGroupDto(await this.clients.training.get({ id } satisfies trainingV1.OpenRequest, asCaller(caller, { idempotent: true })))',
      );
      expect(routes).toContain(
        "@Get('v1/groups/:id/card')\n  @Header('content-type', 'application/ld+json')\n  @ApiOperation({ summary: 'Card' })\n  @ApiProduces('application/ld+json')\n" +
          "  @ApiOkResponse({ description: 'The card', content: { 'application/ld+json': { schema: { type: 'object', additionalProperties: true }, example: {'@type':'Card'} } } })",
      );
      expect(routes).toContain(
        'Promise<Record<string, unknown>> {\n    return JSON.parse((await this.clients.training.card({ id } satisfies trainingV1.OpenRequest, asCaller(caller, { idempotent: true }))).jsonLd) as Record<string, unknown>;',
      );
      // the input's docs of a field come before the field's own input_example; another input keeps the field's
      expect(text).toContain("@ApiPropertyOptional({ type: String, example: 'C', description: 'its name' })");
      expect(text).toContain("@ApiPropertyOptional({ type: String, example: 'B' })");
      // a media type without a document answered, docs of a field the input does not carry, a client that is no class
      write(
        'training',
        'service TrainingService {\n rpc Get(A) returns (A) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/a" tag: "A" content_type: "text/plain"};\n }\n}\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n string id = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/content_type is the media type of a JSON document answered/);
      write(
        'training',
        'message A {\n option (siapkerja.rest.v1.view) = {inputs: {name: "AIn", fields: ["s"] docs: {field: "t", example: "x"}}};\n string s = 1;\n string t = 2;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/docs of t, which is not in its fields/);
      write(
        'training',
        'service TrainingService {\n rpc Get(A) returns (A) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/a" tag: "A" client: "Writes"};\n }\n}\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n string id = 1;\n}\n',
      );
      expect(() => generate(['training'], dir)).toThrow(/its client must be "<module>#<Class>", not Writes/);
    });

    it.each([
      [
        'an enum whose zero value is not <PREFIX>_UNSPECIFIED',
        'enum Colour { RED = 0; }\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n Colour c = 1;\n}\n',
        /zero value must be <PREFIX>_UNSPECIFIED/,
      ],
      [
        'a field whose message has no view',
        'message B { string x = 1; }\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n B b = 1;\n}\n',
        /has no view/,
      ],
      [
        'one view name twice',
        'message A {\n option (siapkerja.rest.v1.view) = {name: "XDto"};\n}\nmessage B {\n option (siapkerja.rest.v1.view) = {name: "XDto"};\n}\n',
        /used twice/,
      ],
      [
        'nullable and omit_empty together',
        'message A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n string s = 1 [(siapkerja.rest.v1.field) = {nullable: true, omit_empty: true}];\n}\n',
        /exclude each other/,
      ],
      [
        'an example that is not JSON on a number',
        'message A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n int32 n = 1 [(siapkerja.rest.v1.field) = {example: "many"}];\n}\n',
        /not JSON/,
      ],
      [
        'an unknown check',
        'message A {\n option (siapkerja.rest.v1.view) = {inputs: {name: "AIn", fields: ["s"]}};\n string s = 1 [(siapkerja.rest.v1.field) = {rules: {checks: ["postcode"]}}];\n}\n',
        /unknown check postcode/,
      ],
      [
        'a required field that is not in the input',
        'message A {\n option (siapkerja.rest.v1.view) = {inputs: {name: "AIn", fields: ["s"], required: ["t"]}};\n string s = 1;\n string t = 2;\n}\n',
        /required field t is not in its fields/,
      ],
      [
        'a message field without the input it takes',
        'message B { string x = 1; }\nmessage A {\n option (siapkerja.rest.v1.view) = {inputs: {name: "AIn", fields: ["b"]}};\n B b = 1;\n}\n',
        /name the input of/,
      ],
      [
        'a route whose response has no view',
        'service TrainingService {\n rpc Get(A) returns (A) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/a" tag: "A"};\n }\n}\nmessage A { string id = 1; }\n',
        /has no view/,
      ],
      [
        'a path parameter that is not a field',
        'service TrainingService {\n rpc Get(A) returns (A) {\n  option (siapkerja.rest.v1.route) = {http: "GET /v1/a/{nope}" tag: "A"};\n }\n}\nmessage A {\n option (siapkerja.rest.v1.view) = {name: "ADto"};\n string id = 1;\n}\n',
        /path parameter nope is not a string field/,
      ],
      [
        'a list in a query',
        'message A {\n option (siapkerja.rest.v1.view) = {inputs: {name: "AIn", fields: ["s"], query: true}};\n repeated string s = 1;\n}\n',
        /a list has no query form/,
      ],
    ])('refuses %s, naming it', (_what, body, message) => {
      write('training', body);
      expect(() => generate(['training'], dir)).toThrow(message);
    });
  });
});
