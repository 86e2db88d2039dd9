#!/usr/bin/env node
// Generates the gateway's REST response views from proto/: for every message with the option (siapkerja.rest.v1.view),
// a class documented for OpenAPI (@nestjs/swagger) and its one mapper from the gRPC message as the loader decodes it
// (longs and enums as strings, defaults on). The field options of proto/siapkerja/rest/v1/rest.proto say how a field
// is shown: its REST name, null or left out when unset, hidden, and its documentation.
// Usage: node tools/gen-rest-views.js [<package>...] [--check]
//   <package>: training, jobs, ... (every package when none); --check: fail when a checked-in file is not what proto/ gives.
const fs = require('node:fs');
const path = require('node:path');
const protobuf = require('protobufjs');

const root = path.resolve(__dirname, '..');
const PROTO_DIR = path.join(root, 'proto');
const outDir = path.join(root, 'services/gateway/src/generated');
const outFile = (pkg) => path.join(outDir, `${pkg}.views.ts`);
const routesFile = (pkg) => path.join(outDir, `${pkg}.routes.ts`);
/** The services whose rpcs may have routes (ServiceClients has a client of each, named so). */
const SERVICE_PACKAGES = ['certification', 'entrepreneurship', 'identity', 'integration', 'jobs', 'placement', 'training'];
const VIEW = '(siapkerja.rest.v1.view)';
const FIELD = '(siapkerja.rest.v1.field)';
const ROUTE = '(siapkerja.rest.v1.route)';
const SERVICE_ROUTES = '(siapkerja.rest.v1.routes)';
const LONGS = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const NUMBERS = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'double', 'float']);

/** Loads the protos of the given packages (every package when none), with what they import. */
function load(packages, protoDir) {
  const files = [];
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.proto')) files.push(path.relative(protoDir, p));
    }
  })(protoDir);
  const wanted = packages.length ? files.filter((f) => packages.some((p) => f.startsWith(`siapkerja/${p}/`))) : files;
  if (packages.length && !wanted.length) throw new Error(`no protos under proto/siapkerja/{${packages.join(',')}}`);
  const r = new protobuf.Root();
  r.resolvePath = (_origin, target) =>
    target.startsWith('google/protobuf/') ? require.resolve(`protobufjs/${target}`) : path.join(protoDir, target);
  // every proto, whatever the packages asked: a package's classes come in the order of the whole tree (the imports of other
  // packages load some of its files first), so generating one package writes what generating all of them writes
  r.loadSync(files.sort(), { keepCase: false });
  r.resolveAll();
  return r;
}

/** An option's value, its keys in lowerCamelCase at every depth (omit_empty -> omitEmpty) as the generator reads them. */
const camel = (v) =>
  Array.isArray(v)
    ? v.map(camel)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()), camel(x)]))
      : v;
const LISTS = new Set([
  'inputs',
  'fields',
  'required',
  'checks',
  'values',
  'enumValues',
  'inputEnum',
  'scopes',
  'roles',
  'problems',
  'set',
  'additionalBindings',
  'uuidSegments',
  'docs',
  'fromCaller',
  'fromHeaders',
  'responseHeaders',
  'consumes',
  'produces',
]);
/** A repeated option written once is parsed as a single value: make every repeated one a list. */
const lists = (v) =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, LISTS.has(k) && !Array.isArray(x) ? [lists(x)] : Array.isArray(x) ? x.map(lists) : lists(x)]),
      )
    : v;
const parsed = (obj, key) => lists(camel(Object.assign({}, ...(obj.parsedOptions ?? []).map((o) => o[key]).filter(Boolean))));
const fieldName = (protoName) => protoName.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

function allTypes(ns, acc = []) {
  for (const o of ns.nestedArray) {
    if (o instanceof protobuf.Type) acc.push(o);
    if (o.nestedArray) allTypes(o, acc);
  }
  return acc;
}

/** siapkerja.training.v1 -> training (its views file) */
function packageOf(type) {
  const m = /^siapkerja\.([a-z_]+)\.v1$/.exec(type.parent.fullName.replace(/^\./, ''));
  if (!m) throw new Error(`${type.fullName}: a view must be a top-level message of a siapkerja.<service>.v1 package`);
  return m[1];
}

/** siapkerja.training.v1 -> trainingV1 (the namespace libs/contracts exports). */
const namespaceOf = (type) => `${packageOf(type).replace(/_([a-z])/g, (_, c) => c.toUpperCase())}V1`;

/** The prefix of an enum's values (PROGRAM_MODE of PROGRAM_MODE_OFFLINE), read from its zero value. */
function enumPrefix(e) {
  const zero = Object.entries(e.values).find(([, n]) => n === 0)?.[0] ?? '';
  if (!zero.endsWith('_UNSPECIFIED')) throw new Error(`${e.fullName}: its zero value must be <PREFIX>_UNSPECIFIED`);
  return zero.slice(0, -'_UNSPECIFIED'.length);
}

/** EMPTY_ELIGIBILITY_RULES: the default instance of a message, as the loader decodes it. */
const emptyName = (t) => `EMPTY_${t.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const lit = (v) => (typeof v === 'string' ? q(v) : JSON.stringify(v).replace(/"([^"]*)"/g, (_, s) => q(s)));

/**
 * The views file of each package (of the given packages; every package when none): path -> text. `protoDir`: another
 * tree of protos (tests).
 */
function generate(packages = [], protoDir = PROTO_DIR) {
  const r = load(packages, protoDir);
  const declared = allTypes(r).filter((t) => parsed(t, VIEW).name || parsed(t, VIEW).inputs?.length);
  const byType = new Map(declared.filter((t) => parsed(t, VIEW).name).map((t) => [t, parsed(t, VIEW).name]));
  const inputs = new Map(); // input class name -> { type, input }
  const names = new Set();
  const claim = (t, n) => {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(n)) throw new Error(`${t.fullName}: ${n} is not a class name`);
    if (names.has(n)) throw new Error(`${t.fullName}: view name ${n} is used twice`);
    names.add(n);
  };
  for (const [t, n] of byType) claim(t, n);
  for (const t of declared) {
    for (const input of parsed(t, VIEW).inputs ?? []) {
      claim(t, input.name ?? '');
      inputs.set(input.name, { type: t, input });
    }
  }
  const files = new Map();
  for (const pkg of new Set(declared.map(packageOf))) {
    if (!packages.length || packages.includes(pkg)) files.set(outFile(pkg), generateFile(pkg, byType, inputs));
  }
  for (const pkg of SERVICE_PACKAGES) {
    if (!packages.length || packages.includes(pkg)) files.set(routesFile(pkg), routesOf(pkg, r, byType, inputs));
  }
  return files;
}

/** The request field a route sets itself ("field=VALUE"), as the request's property. */
function setField(assignment, req, where) {
  const [, name, value] = /^([a-z_][a-z0-9_]*)=(.*)$/.exec(assignment) ?? [];
  const f = name && req.fields[fieldName(name)];
  if (!f || f.repeated || f.map) throw new Error(`${where}: set ${assignment} is not "<field>=<value>" of a field of ${req.name}`);
  let v;
  if (f.resolvedType instanceof protobuf.Enum) v = value in f.resolvedType.values ? q(value) : undefined;
  else if (f.resolvedType) v = undefined;
  else if (f.type === 'string') v = q(value);
  else if (f.type === 'bool') v = value === 'true' || value === 'false' ? value : undefined;
  else if (NUMBERS.has(f.type) || LONGS.has(f.type)) v = value.trim() && Number.isFinite(Number(value)) ? String(Number(value)) : undefined;
  if (v === undefined) throw new Error(`${where}: set ${assignment}: ${value} is not a value of ${f.name}`);
  return `${f.name}: ${v}`;
}

/** What an additional binding of a route takes from the route. */
const SHARED_ROUTE_OPTIONS = ['tag', 'scopes', 'roles', 'public', 'problems', 'personCaller', 'purposeHeader', 'personIdCaller'];

/** The routes of an rpc, [rpc, route] each: its route option, then its additional bindings. */
function bindingsOf(m) {
  const { additionalBindings = [], ...route } = parsed(m, ROUTE);
  if (!route.http) return [];
  const shared = Object.fromEntries(SHARED_ROUTE_OPTIONS.filter((k) => route[k] !== undefined).map((k) => [k, route[k]]));
  return [route, ...additionalBindings.map((b) => ({ ...shared, ...b }))].map((x) => [m, x]);
}

/**
 * The REST routes of a package's rpcs with a (siapkerja.rest.v1.route) option: a controller per OpenAPI tag whose
 * methods bind the path, query and body to the request message, call the service through its generated client as the
 * caller, and answer the response's view.
 */
function routesOf(pkg, r, byType, inputs) {
  const services = [];
  (function walk(ns) {
    for (const o of ns.nestedArray) {
      if (o instanceof protobuf.Service && o.parent.fullName === `.siapkerja.${pkg}.v1`) services.push(o);
      else if (o.nestedArray) walk(o);
    }
  })(r);
  const ns = `${pkg.replace(/_([a-z])/g, (_, c) => c.toUpperCase())}V1`;
  const byTag = new Map();
  const views = new Set();
  const nest = new Set(['Controller', 'type Type']);
  const swagger = new Set(['ApiTags', 'ApiOperation']);
  const http = new Set();
  const auth = new Set();
  let usesNamespace = false;
  let usesRes = false;
  let usesMe = false; // ownPersonId: a path parameter 'me'
  let usesFile = false; // sendFile: a file the service rendered
  let usesConflict = false; // existingIdOf: the Location of the resource an error names
  let usesPurpose = false; // the X-Purpose header documented (@siapkerja/privacy)
  const methodNames = new Set(); // tag#method
  let client; // the gateway class the routes call through ("<module>#<class>"), when not ServiceClients
  const routeClients = new Map(); // tag -> the gateway classes some of its routes call through (route option client)
  for (const service of services) {
    for (const [m, route] of service.methodsArray.flatMap(bindingsOf)) {
      const where = `${service.fullName}.${m.name}`;
      const through = parsed(service, SERVICE_ROUTES).client;
      if (through && !/^[A-Za-z0-9_./-]+#[A-Z][A-Za-z0-9]*$/.test(through))
        throw new Error(`${service.fullName}: its routes' client must be "<module>#<Class>", not ${through}`);
      if (through) client = through;
      const match = /^(GET|POST|PATCH|PUT|DELETE) (\/[^\s]*)$/.exec(route.http);
      if (!match) throw new Error(`${where}: http must be "<GET|POST|PATCH|PUT|DELETE> /path", not ${route.http}`);
      const [, verb, template] = match;
      if (!route.tag) throw new Error(`${where}: a route needs its tag`);
      const req = m.resolvedRequestType;
      const res = m.resolvedResponseType;
      // answer: a list field of the response, answered bare as a JSON array of its view; or a string field holding a JSON
      // document (field option json), answered as that document
      const answered = route.answer ? res.fields[fieldName(route.answer)] : undefined;
      const document =
        answered && !answered.repeated && answered.type === 'string' && parsed(answered, FIELD).json && !route.created && !route.noContent
          ? answered
          : undefined;
      // a message field with a view, answered as its view (created_when: the resource beside the flag saying it is new)
      const single =
        answered && !answered.repeated && answered.resolvedType instanceof protobuf.Type && byType.get(answered.resolvedType)
          ? answered
          : undefined;
      const listed = document || single ? undefined : answered;
      const createdWhen = route.createdWhen ? res.fields[fieldName(route.createdWhen)] : undefined;
      if (route.createdWhen && (createdWhen?.type !== 'bool' || !single || verb !== 'POST' || route.created || route.httpStatus))
        throw new Error(
          `${where}: created_when ${route.createdWhen} is a bool field of ${res.name} beside the message field answered, of a POST`,
        );
      if (route.existingDescription && !createdWhen) throw new Error(`${where}: existing_description documents the 200 of created_when`);
      if (route.contentType && !document) throw new Error(`${where}: content_type is the media type of a JSON document answered (answer)`);
      if (route.client && !/^[A-Za-z0-9_./-]+#[A-Z][A-Za-z0-9]*$/.test(route.client))
        throw new Error(`${where}: its client must be "<module>#<Class>", not ${route.client}`);
      if (
        route.answer &&
        !document &&
        !single &&
        (!listed || !listed.repeated || !byType.get(listed.resolvedType) || route.created || route.noContent)
      )
        throw new Error(`${where}: answer ${route.answer} is not a list of a message with a view in ${res.name}`);
      const view =
        route.noContent || document || route.file === '*'
          ? undefined
          : single || listed
            ? byType.get((single || listed).resolvedType)
            : byType.get(res);
      if (route.noContent && (byType.get(res) || route.created))
        throw new Error(`${where}: a no_content route answers an empty message (or one without a view), not created`);
      if (!view && !route.noContent && !document && route.file !== '*')
        throw new Error(`${where}: its response ${res.fullName} has no view`);
      // file: a file the service rendered (bytes body, string content_type, string filename), the response itself ('*') or
      // a field of it (answered instead of the view when set)
      const fileField = route.file && route.file !== '*' ? res.fields[fieldName(route.file)] : undefined;
      const fileType = route.file === '*' ? res : fileField && !fileField.repeated ? fileField.resolvedType : undefined;
      const isFile = (t) =>
        t instanceof protobuf.Type &&
        t.fields.body?.type === 'bytes' &&
        t.fields.contentType?.type === 'string' &&
        t.fields.filename?.type === 'string';
      if (route.file && (!isFile(fileType) || route.created || route.noContent || document || listed || !route.produces?.length))
        throw new Error(
          `${where}: file ${route.file} is not the response or a field of it holding bytes body, content_type and filename, with produces`,
        );
      if (route.produces?.length && !route.file) throw new Error(`${where}: produces documents the media types of a file answered (file)`);
      if (route.answerExample && route.file !== '*')
        throw new Error(`${where}: answer_example is the example of a file answered as the response (file '*')`);
      if (route.conflictLocation && !route.conflictLocation.startsWith('/'))
        throw new Error(`${where}: conflict_location is the collection path (/...) of the resource an error names`);
      if (route.me && route.public) throw new Error(`${where}: a public route has no caller whose person id 'me' stands for`);
      const paramDocs = []; // ApiParam of the path parameters whose fields have an example or a description
      if (view) views.add(view);
      if (view) views.add(`to${view}`);
      const params = [];
      const args = [];
      const fields = [];
      const inBody = []; // segments bound to a field of the body's message ({id=employer.id})
      // {id} binds the segment to the field id; {id=group_id} names the segment id and binds it to the field group_id
      const PATH_PARAM = /\{([a-z_][a-z0-9_]*)(?:=([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?))?\}/g;
      for (const [, segment, target] of template.matchAll(PATH_PARAM)) {
        if (route.pathInput) continue; // the path input binds them (below)
        if (target?.includes('.')) {
          // {id=employer.id}: the segment is a field of the message the body fills (an update of the resource it names)
          const [outer, inner] = target.split('.');
          const sub = route.body === outer ? req.fields[fieldName(outer)]?.resolvedType?.fields?.[fieldName(inner)] : undefined;
          if (!sub || sub.type !== 'string' || sub.repeated)
            throw new Error(`${where}: path parameter ${target} is not a string field of the body's message ${route.body}`);
          const name = fieldName(segment);
          nest.add('Param');
          const uuid = (route.uuidSegments ?? []).includes(segment);
          if (uuid) nest.add('ParseUUIDPipe');
          params.push(`@Param('${name}'${uuid ? ', ParseUUIDPipe' : ''}) ${name}: string`);
          inBody.push(name === sub.name ? sub.name : `${sub.name}: ${name}`);
          continue;
        }
        const f = req.fields[fieldName(target ?? segment)];
        if (!f || (f.type !== 'string' && f.type !== 'int32') || f.repeated) {
          throw new Error(`${where}: path parameter ${target ?? segment} is not a string field (or an int32 one) of ${req.name}`);
        }
        const uuid = parsed(f, FIELD).format === 'uuid';
        const name = fieldName(segment);
        nest.add('Param');
        if (uuid) nest.add('ParseUUIDPipe');
        // an int32 segment is an integer (ParseIntPipe: anything else is 400)
        if (f.type === 'int32') nest.add('ParseIntPipe');
        const pipe = f.type === 'int32' ? ', ParseIntPipe' : uuid ? ', ParseUUIDPipe' : '';
        params.push(`@Param('${name}'${pipe}) ${name}: ${f.type === 'int32' ? 'number' : 'string'}`);
        const pdoc = parsed(f, FIELD);
        if (pdoc.example !== undefined || pdoc.description) {
          swagger.add('ApiParam');
          const d = [
            `name: ${q(name)}`,
            pdoc.example !== undefined && `example: ${q(pdoc.example)}`,
            pdoc.description && `description: ${q(pdoc.description)}`,
          ];
          paramDocs.push(`@ApiParam({ ${d.filter(Boolean).join(', ')} })`);
        }
        if (route.me === segment) {
          // 'me': the caller's own person id
          if (f.type !== 'string') throw new Error(`${where}: me ${segment} is not a string path parameter`);
          usesMe = true;
          fields.push(`${f.name}: ${name} === 'me' ? ownPersonId(caller, ${q(name)}) : ${name}`);
          continue;
        }
        fields.push(name === f.name ? f.name : `${f.name}: ${name}`);
      }
      const inputOf = (name, type, what) => {
        const found = inputs.get(name);
        // an input of another message serves too when each of its fields is a field of the same name and type here
        // (one query for several rpcs: their request messages share those fields)
        const fits = (f) => {
          const [a, b] = [found.type.fields[fieldName(f)], type.fields[fieldName(f)]];
          return !!b && a.type === b.type && a.repeated === b.repeated && a.resolvedType === b.resolvedType;
        };
        if (!found || (found.type !== type && !(found.input.fields?.length && found.input.fields.every(fits))))
          throw new Error(`${where}: ${what} ${name} is not an input of ${type.fullName}`);
        views.add(name);
        views.add(`from${name}`);
        if (packageOf(type) !== pkg) throw new Error(`${where}: ${what} ${name} is declared in another package`);
      };
      if (route.queryInput) {
        inputOf(route.queryInput, req, 'query input');
        nest.add('Query');
        params.push(`@Query() query: ${route.queryInput}`);
        args.push(`...from${route.queryInput}(query)`);
      }
      if (route.pathInput) {
        inputOf(route.pathInput, req, 'path input');
        const segments = [...template.matchAll(PATH_PARAM)].map(([, s, t]) => (t ? `${s}=${t}` : s));
        if ((inputs.get(route.pathInput).input.fields ?? []).join() !== segments.join())
          throw new Error(`${where}: path input ${route.pathInput} must carry the path parameters, in order: ${segments.join(', ')}`);
        nest.add('Param');
        params.unshift(`@Param() path: ${route.pathInput}`);
        fields.push(`...from${route.pathInput}(path)`);
      }
      if (route.body) {
        if (!route.bodyInput) throw new Error(`${where}: a body needs its body_input`);
        nest.add('Body');
        params.push(`@Body() body: ${route.bodyInput}`);
        if (route.body === '*') {
          inputOf(route.bodyInput, req, 'body input');
          args.push(`...from${route.bodyInput}(body)`);
        } else {
          const f = req.fields[fieldName(route.body)];
          if (!f || !(f.resolvedType instanceof protobuf.Type) || f.repeated) {
            throw new Error(`${where}: body ${route.body} is not a message field of ${req.name}`);
          }
          inputOf(route.bodyInput, f.resolvedType, 'body input');
          args.push(
            inBody.length
              ? `${f.name}: { ...from${route.bodyInput}(body), ${inBody.join(', ')} }`
              : `${f.name}: from${route.bodyInput}(body)`,
          );
        }
      }
      if (route.updateMask) {
        // the fields present in the body (a JSON merge patch), in its order, as the proto paths of the mask
        const f = req.fields[fieldName(route.updateMask)];
        const input = inputs.get(route.bodyInput)?.input;
        if (!f || f.resolvedType?.fullName !== '.google.protobuf.FieldMask' || !input || !route.body || route.body === '*')
          throw new Error(`${where}: update_mask ${route.updateMask} is not a FieldMask field of ${req.name} filled from a message body`);
        const type = inputs.get(route.bodyInput).type;
        const paths = Object.fromEntries(input.fields.map((p) => [parsed(type.fields[fieldName(p)], FIELD).name || fieldName(p), p]));
        args.push(
          `${f.name}: { paths: Object.keys(body).filter((k) => (body as unknown as Record<string, unknown>)[k] !== undefined).flatMap((k) => (${lit(paths)} as Record<string, string>)[k] ?? []) }`,
        );
      }
      if (route.idempotencyKey) {
        const f = req.fields[fieldName(route.idempotencyKey)];
        if (!f || f.type !== 'string')
          throw new Error(`${where}: idempotency_key ${route.idempotencyKey} is not a string field of ${req.name}`);
        http.add('IdempotencyKey');
        http.add('ApiIdempotencyKey');
        params.push('@IdempotencyKey() idempotencyKey: string | undefined');
        args.push(`${f.name}: idempotencyKey ?? ''`);
      }
      args.push(...fields);
      for (const assignment of route.set ?? []) args.push(setField(assignment, req, where));
      // request fields taken from the caller's token ("session_id=sessionId") or from a request header ("field=Header-Name")
      const stringField = (assignment, pattern, what) => {
        const [, name, from] = pattern.exec(assignment) ?? [];
        const f = name && req.fields[fieldName(name)];
        if (!f || f.type !== 'string' || f.repeated)
          throw new Error(`${where}: ${what} ${assignment} is not "<string field>=<${what}>" of ${req.name}`);
        return [f.name, from];
      };
      for (const assignment of route.fromCaller ?? []) {
        const [f, claim] = stringField(assignment, /^([a-z_][a-z0-9_]*)=([a-z][A-Za-z]*)$/, 'caller');
        if (route.public) throw new Error(`${where}: a public route has no caller to take ${claim} from`);
        args.push(`${f}: caller.${claim} ?? ''`);
      }
      for (const assignment of route.fromHeaders ?? []) {
        const [f, header] = stringField(assignment, /^([a-z_][a-z0-9_]*)=([A-Za-z][A-Za-z0-9-]*)$/, 'header');
        nest.add('Headers');
        params.push(`@Headers('${header.toLowerCase()}') ${f}: string | undefined`);
        args.push(`${f}: ${f} ?? ''`);
      }
      if (route.location && (!route.created || !route.location.startsWith('/')))
        throw new Error(`${where}: location is the collection path (/...) of a created route`);
      if (route.locationExact && !route.created) throw new Error(`${where}: location_exact is the Location of a created route`);
      // the Location's {segment}s are the route's path parameters (the values as the caller sent them)
      const pathNames = new Set([...template.matchAll(PATH_PARAM)].map(([, s]) => fieldName(s)));
      const locationPath = route.location || template;
      for (const [, s] of locationPath.matchAll(PATH_PARAM))
        if (!pathNames.has(fieldName(s))) throw new Error(`${where}: the Location's {${s}} is not a path parameter of ${template}`);
      const located = locationPath.includes('{')
        ? `\`${locationPath.replace(PATH_PARAM, (_, p) => `\${${fieldName(p)}}`)}\``
        : q(locationPath);
      if (route.me && !fields.some((x) => x.includes('ownPersonId(')))
        throw new Error(`${where}: me ${route.me} is not a path parameter bound to a field of ${req.name}`);
      if (route.created || route.file || route.conflictLocation) {
        nest.add('Res');
        usesRes = true;
        if (route.created && !route.locationExact) http.add('created');
        params.push('@Res({ passthrough: true }) res: Response');
      }
      if (!route.public) {
        auth.add('Caller');
        auth.add('asCaller');
        auth.add('AuthCaller');
        params.push('@Caller() caller: AuthCaller');
      }
      const decorators = [];
      const nestVerb = verb[0] + verb.slice(1).toLowerCase();
      nest.add(nestVerb);
      decorators.push(`@${nestVerb}(${q(template.slice(1).replace(PATH_PARAM, (_, p) => `:${fieldName(p)}`))})`);
      if (route.httpStatus && (![201, 202].includes(route.httpStatus) || verb !== 'POST' || route.created || route.noContent))
        throw new Error(`${where}: http_status is 201 or 202 of a POST neither created nor no_content`);
      if ((verb === 'POST' && !route.created && !createdWhen) || route.noContent) {
        nest.add('HttpCode');
        decorators.push(`@HttpCode(${route.noContent ? 204 : route.httpStatus || 200})`);
      }
      for (const h of route.responseHeaders ?? []) {
        const [, name, value] = /^([A-Za-z][A-Za-z0-9-]*): (.+)$/.exec(h) ?? [];
        if (!name) throw new Error(`${where}: response header ${h} is not "<Name>: <value>"`);
        nest.add('Header');
        decorators.push(`@Header(${q(name)}, ${q(value)})`);
      }
      if (route.contentType) {
        nest.add('Header');
        decorators.push(`@Header('content-type', ${q(route.contentType)})`);
      }
      if (route.public) {
        auth.add('Public');
        decorators.push('@Public()');
      }
      if (route.scopes?.length) {
        auth.add('RequireScopes');
        decorators.push(`@RequireScopes(${route.scopes.map(q).join(', ')})`);
      }
      if (route.roles?.length) {
        auth.add('Roles');
        decorators.push(`@Roles(${route.roles.map(q).join(', ')})`);
      }
      const op = [`summary: ${q(route.summary ?? '')}`];
      if (route.description) op.push(`description: ${q(route.description)}`);
      if (route.operationId) op.push(`operationId: ${q(route.operationId)}`);
      if (route.public) op.push('security: []');
      if (route.consumes?.length) swagger.add('ApiConsumes');
      if (route.consumes?.length) decorators.push(`@ApiConsumes(${route.consumes.map(q).join(', ')})`);
      decorators.push(`@ApiOperation({ ${op.join(', ')} })`);
      decorators.push(...paramDocs);
      if (route.purposeHeader) {
        // why unmasked personal data is read: forwarded in the caller, checked and logged by the service
        usesPurpose = true;
        swagger.add('ApiHeader');
        decorators.push(
          `@ApiHeader({ name: PURPOSE_HEADER, required: false, enum: [...ACCESS_PURPOSES], example: 'PLACEMENT_SERVICE', description: ${q(
            'Why unmasked personal data is read (logged with the access). Required for Disnaker officers; without it personal data is masked.',
          )} })`,
        );
      }
      if (route.idempotencyKeyHeader) http.add('ApiIdempotencyKey');
      // a key the rpc takes (idempotency_key) is honoured by the service, in the transaction that creates; else by the gateway's store
      if (route.idempotencyKey) decorators.push("@ApiIdempotencyKey('service')");
      else if (route.idempotencyKeyHeader) decorators.push('@ApiIdempotencyKey()');
      const answer =
        route.created || route.httpStatus === 201 || createdWhen
          ? 'ApiCreatedResponse'
          : route.noContent
            ? 'ApiNoContentResponse'
            : route.httpStatus === 202
              ? 'ApiAcceptedResponse'
              : 'ApiOkResponse';
      swagger.add(answer);
      if (route.contentType) {
        swagger.add('ApiProduces');
        decorators.push(`@ApiProduces(${q(route.contentType)})`);
      }
      let example;
      if (document && parsed(document, FIELD).example !== undefined) {
        try {
          example = JSON.parse(parsed(document, FIELD).example);
        } catch {
          throw new Error(`${where}: the example of ${document.name} is not JSON`);
        }
      }
      if (route.schemaExample && (!document || example === undefined))
        throw new Error(`${where}: schema_example documents the example of a JSON document answered (answer), which has none`);
      const documentExample = example === undefined ? '' : `, example: ${lit(example)}`;
      const content =
        document &&
        (route.schemaExample
          ? `content: { ${q(route.contentType || 'application/json')}: { schema: { type: 'object', additionalProperties: true${documentExample} } } }`
          : `content: { ${q(route.contentType || 'application/json')}: { schema: { type: 'object', additionalProperties: true }${documentExample} } }`);
      if (route.produces?.length) {
        swagger.add('ApiProduces');
        decorators.push(`@ApiProduces(${route.produces.map(q).join(', ')})`);
      }
      // a file answered as the response itself: a string of each media type
      const fileContent =
        route.file === '*' &&
        `content: { ${route.produces
          .map((p) => `${q(p)}: { schema: { type: 'string' }${route.answerExample ? `, example: ${q(route.answerExample)}` : ''} }`)
          .join(', ')} }`;
      if (route.locationHeader && !route.created) throw new Error(`${where}: location_header documents the Location of a created route`);
      const documented = [
        view && `type: ${listed ? `[${view}]` : view}`,
        route.locationHeader && "headers: { Location: { schema: { type: 'string' } } }",
        route.answerDescription && `description: ${q(route.answerDescription)}`,
        content,
        fileContent,
      ].filter(Boolean);
      decorators.push(`@${answer}(${documented.length ? `{ ${documented.join(', ')} }` : ''})`);
      if (createdWhen) swagger.add('ApiOkResponse');
      if (createdWhen)
        decorators.push(
          `@ApiOkResponse({ ${[documented[0], route.existingDescription && `description: ${q(route.existingDescription)}`].filter(Boolean).join(', ')} })`,
        );
      if (route.queryStringProblem) http.add('ApiQueryStringProblem');
      if (route.queryStringProblem) decorators.push('@ApiQueryStringProblem()');
      http.add('ApiProblems');
      decorators.push(`@ApiProblems(${(route.problems ?? []).join(', ')})`);
      if (route.public && route.personCaller) throw new Error(`${where}: a public route has no person caller`);
      if ((route.public || route.personCaller) && route.personIdCaller)
        throw new Error(`${where}: person_id_caller is for a route with a caller, instead of person_caller`);
      if (route.personCaller || route.personIdCaller) auth.add('asPersonCaller');
      const callOpts = verb === 'GET' || route.idempotent ? ', { idempotent: true }' : '';
      const opts = route.public
        ? verb === 'GET' || route.idempotent
          ? '{ idempotent: true }'
          : '{}'
        : route.personCaller
          ? `asPersonCaller(caller${callOpts})`
          : route.personIdCaller
            ? `asPersonCaller(caller, ${callOpts ? callOpts.slice(2) : '{}'}, true)`
            : `asCaller(caller${callOpts})`;
      usesNamespace = true;
      const request = `{ ${args.join(', ')} }`;
      const rpc = `${m.name[0].toLowerCase()}${m.name.slice(1)}`;
      const via = route.client && route.client.split('#')[1].replace(/^./, (c) => c.toLowerCase());
      if (route.client) {
        if (!routeClients.has(route.tag)) routeClients.set(route.tag, new Map());
        routeClients.get(route.tag).set(via, route.client);
      }
      const call = route.client
        ? `await this.${via}.call('${rpc}', ${request} satisfies ${ns}.${req.name}, ${opts})`
        : client
          ? `await this.client.call('${rpc}', ${request} satisfies ${ns}.${req.name}, ${opts})`
          : `await this.clients.${pkg}.${rpc}(${request} satisfies ${ns}.${req.name}, ${opts})`;
      const value = document
        ? `JSON.parse((${call}).${document.name}) as Record<string, unknown>`
        : listed
          ? `(${call}).${listed.name}.map(to${view})`
          : single
            ? `to${view}((${call}).${single.name}!)`
            : `to${view}(${call})`;
      const body = document
        ? `return ${value};`
        : !view
          ? `${call};`
          : route.created && route.locationExact
            ? `const answer = ${value};\n    res.location(${located});\n    return answer;`
            : route.created
              ? `return created(res, ${located}, ${value});`
              : `return ${value};`;
      let answerBody = body;
      if (createdWhen) {
        // 201 when the resource is new, 200 when it existed (answered as is)
        nest.add('Res');
        usesRes = true;
        params.push('@Res({ passthrough: true }) res: Response');
        answerBody = `const answer = ${call};\n    res.status(answer.${createdWhen.name} ? 201 : 200);\n    return to${view}(answer.${single.name}!);`;
      }
      if (route.file) {
        usesFile = true;
        nest.add('StreamableFile');
        answerBody =
          route.file === '*'
            ? `return sendFile(res, ${call});`
            : `const answer = ${call};\n    return answer.${fileField.name}?.contentType ? sendFile(res, answer.${fileField.name}) : to${view}(answer);`;
      }
      if (route.conflictLocation) {
        // the resource an error names (a 409's existing id) is the answer's Location
        usesConflict = true;
        answerBody =
          `try {\n      ${answerBody.replace(/\n/g, '\n  ')}\n    } catch (err) {\n      const existing = existingIdOf(err);\n` +
          `      if (existing) res.setHeader('Location', \`${route.conflictLocation}/\${existing}\`);\n      throw err;\n    }`;
      }
      const returned = route.file
        ? `${route.file === '*' ? '' : `${view} | `}StreamableFile | string`
        : document
          ? 'Record<string, unknown>'
          : view
            ? `${view}${listed ? '[]' : ''}`
            : 'void';
      const method = route.method || `${m.name[0].toLowerCase()}${m.name.slice(1)}`;
      if (!/^[a-z][A-Za-z0-9]*$/.test(method)) throw new Error(`${where}: method ${method} is not a method name`);
      if (methodNames.has(`${route.tag}#${method}`)) throw new Error(`${where}: method ${method} twice in ${route.tag}: name one (method)`);
      methodNames.add(`${route.tag}#${method}`);
      const text =
        decorators.map((d) => `  ${d}\n`).join('') +
        `  async ${method}(${params.join(', ')}): Promise<${returned}> {\n    ${answerBody}\n  }\n`;
      if (!byTag.has(route.tag)) byTag.set(route.tag, []);
      byTag.get(route.tag).push(text);
    }
  }
  const className = (tag) =>
    `${tag
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join('')}Routes`;
  const classes = [...byTag].map(
    ([tag, methods]) =>
      `@ApiTags(${q(tag)})\n@Controller()\nexport class ${className(tag)} {\n  constructor(${client ? `private readonly client: ${client.split('#')[1]}` : 'private readonly clients: ServiceClients'}${[
        ...(routeClients.get(tag) ?? []),
      ]
        .map(([prop, c]) => `, private readonly ${prop}: ${c.split('#')[1]}`)
        .join('')}) {}\n\n${methods.join('\n')}}\n`,
  );
  const constName = `${pkg.toUpperCase()}_ROUTES`;
  if (!classes.length) {
    return `// generated by tools/gen-rest-views.js from the (siapkerja.rest.v1.route) options in proto/: do not edit.\n\nimport type { Type } from '@nestjs/common';\n\n/** The controllers of the package's generated routes (none yet). */\nexport const ${constName}: Type[] = [];\n`;
  }
  return (
    '// generated by tools/gen-rest-views.js from the (siapkerja.rest.v1.route) options in proto/: do not edit.\n' +
    '/* eslint-disable */\n' +
    `import { ${[...nest].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', ''))).join(', ')} } from '@nestjs/common';\n` +
    `import { ${[...swagger].sort().join(', ')} } from '@nestjs/swagger';\n` +
    (usesRes ? "import type { Response } from 'express';\n" : '') +
    (usesNamespace ? `import type { ${ns} } from '@siapkerja/contracts';\n` : '') +
    (usesConflict ? "import { existingIdOf } from '@siapkerja/errors';\n" : '') +
    (usesPurpose ? "import { ACCESS_PURPOSES, PURPOSE_HEADER } from '@siapkerja/privacy';\n" : '') +
    `import { ${[...auth]
      .filter((a) => a !== 'AuthCaller')
      .sort()
      .join(', ')}${auth.has('AuthCaller') ? ', type AuthCaller' : ''} } from '../auth/caller';\n` +
    (client
      ? `import { ${client.split('#')[1]} } from '../${client.split('#')[0]}';\n`
      : "import { ServiceClients } from '../platform/clients';\n") +
    [...new Set([...routeClients.values()].flatMap((m) => [...m.values()]))]
      .sort()
      .map((c) => `import { ${c.split('#')[1]} } from '../${c.split('#')[0]}';\n`)
      .join('') +
    `import { ${[...http].sort().join(', ')} } from '../platform/http';\n` +
    (usesMe ? "import { FieldValidationException } from '../platform/problem.filter';\n" : '') +
    `import { ${[...views].sort().join(', ')} } from './${pkg}.views';\n\n` +
    (usesFile ? SEND_FILE : '') +
    (usesMe ? OWN_PERSON_ID : '') +
    classes.join('\n') +
    `\n/** The controllers of the package's generated routes (registered after the hand-written ones). */\nexport const ${constName}: Type[] = [${[...byTag.keys()].map(className).join(', ')}];\n`
  );
}

/** The helper of routes answering a file the service rendered (route option file). */
const SEND_FILE = `/** A file the service rendered: its bytes with its content type (a text type as text, any other as a stream), an attachment when named. */
function sendFile(res: Response, file: { body: Buffer; contentType: string; filename: string }): StreamableFile | string {
  res.setHeader('content-type', file.contentType);
  if (file.filename) res.setHeader('content-disposition', \`attachment; filename="\${file.filename}"\`);
  return /^text\\/|;\\s*charset=/i.test(file.contentType) ? file.body.toString('utf8') : new StreamableFile(file.body);
}

`;

/** The helper of routes whose path parameter may be 'me' (route option me). */
const OWN_PERSON_ID = `/** 'me' in a path: the caller's own person id (a person's token); without one 400 naming the parameter. */
function ownPersonId(caller: AuthCaller, param: string): string {
  if (!caller.personId) throw new FieldValidationException([{ field: param, description: "'me' needs a person's own token" }]);
  return caller.personId;
}

`;

function generateFile(pkg, byType, inputs) {
  const namespaces = new Set();
  const empties = new Set();
  const imports = new Map(); // other package -> names of its views used here
  let usesEnum = false;
  let usesToEnum = false;
  const validators = new Set(); // class-validator and @siapkerja/codes decorators the inputs use
  const transformers = new Set();
  const constants = new Map(); // module -> the lists of values (rules values_from) the inputs import from it

  // classes in dependency order (a view names the views of its fields before it)
  const ordered = [];
  const seen = new Set();
  const visit = (t) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const f of t.fieldsArray) if (f.resolvedType && byType.has(f.resolvedType)) visit(f.resolvedType);
    ordered.push(t);
  };
  [...byType.keys()]
    .filter((t) => packageOf(t) === pkg)
    .sort((a, b) => byType.get(a).localeCompare(byType.get(b)))
    .forEach(visit);

  const blocks = [];
  for (const t of ordered.filter((x) => packageOf(x) === pkg)) {
    const name = byType.get(t);
    const ns = namespaceOf(t);
    namespaces.add(ns);
    const props = [];
    const entries = [];
    let parent = '';
    for (const f of t.fieldsArray) {
      const o = parsed(f, FIELD);
      if (o.hidden) continue;
      const key = o.name || f.name;
      const where = `${t.fullName}.${f.name}`;
      if (o.extends) {
        // the view extends this field's view: its properties first, its mapper spread
        const view = f.resolvedType instanceof protobuf.Type && byType.get(f.resolvedType);
        if (!view || f.repeated || parent) throw new Error(`${where}: extends is for one message field with a view`);
        const other = packageOf(f.resolvedType);
        if (other !== pkg) imports.set(other, new Set([...(imports.get(other) ?? []), view, `to${view}`]));
        empties.add(f.resolvedType);
        parent = view;
        entries.push(`    ...to${view}(m.${f.name} ?? ${emptyName(f.resolvedType)}),`);
        continue;
      }
      if (o.nullable && o.omitEmpty) throw new Error(`${where}: nullable and omit_empty exclude each other`);
      if (f.map) throw new Error(`${where}: map fields have no REST view; hide it or give it a message`);
      const optional = !!f.options?.proto3_optional;
      const v = `m.${f.name}`;
      let tsType;
      let apiType;
      let convert; // (expr) => expression of the REST value of one element
      let empty; // (expr) => expression true when unset
      const doc = {};
      if (f.resolvedType instanceof protobuf.Enum) {
        const prefix = enumPrefix(f.resolvedType);
        usesEnum = true;
        tsType = 'string';
        apiType = 'String';
        doc.enum = o.enumValues?.length
          ? o.enumValues
          : Object.keys(f.resolvedType.values)
              .filter((k) => k !== `${prefix}_UNSPECIFIED`)
              .map((k) => k.slice(prefix.length + 1));
        convert = (x) => `fromProtoEnum(${q(prefix)}, ${x})`;
        empty = (x) => `!fromProtoEnum(${q(prefix)}, ${x})`;
      } else if (f.resolvedType instanceof protobuf.Type) {
        const view = byType.get(f.resolvedType);
        if (!view) throw new Error(`${where}: ${f.resolvedType.fullName} has no view; give it one or hide the field`);
        const other = packageOf(f.resolvedType);
        if (other !== pkg) imports.set(other, new Set([...(imports.get(other) ?? []), view, `to${view}`]));
        tsType = view;
        // opaque: documented as an object of any properties (its example the field's), its view answered all the same
        apiType = o.opaque ? "'object'" : `() => ${view}`;
        if (o.opaque) doc.additionalProperties = true;
        convert = (x) => `to${view}(${x})`;
        empty = (x) => `!${x}`;
      } else if (LONGS.has(f.type)) {
        tsType = 'number';
        apiType = 'Number';
        convert = (x) => `Number(${x})`;
        empty = (x) => `!Number(${x})`;
      } else if (NUMBERS.has(f.type)) {
        tsType = 'number';
        apiType = 'Number';
        convert = (x) => x;
        empty = (x) => `!${x}`;
      } else if (f.type === 'string' && o.json) {
        tsType = 'Record<string, unknown>';
        apiType = "'object'";
        doc.additionalProperties = true;
        convert = (x) => `JSON.parse(${x}) as Record<string, unknown>`;
        empty = (x) => `!${x}`;
      } else if (f.type === 'string') {
        tsType = 'string';
        apiType = 'String';
        convert = (x) => x;
        empty = (x) => `!${x}`;
      } else if (f.type === 'bool') {
        tsType = 'boolean';
        apiType = 'Boolean';
        convert = (x) => x;
        empty = (x) => `!${x}`;
      } else {
        throw new Error(`${where}: ${f.type} fields have no REST view; hide it`);
      }
      if (o.opaque && (!(f.resolvedType instanceof protobuf.Type) || f.repeated))
        throw new Error(`${where}: opaque is for one message field with a view`);
      let value;
      let isEmpty;
      if (f.repeated) {
        const el = convert('x');
        value = el === 'x' ? v : `${v}.map((x) => ${el})`;
        isEmpty = `!${v}.length`;
        tsType = `${tsType}[]`;
      } else if (optional || (f.resolvedType instanceof protobuf.Type && (o.nullable || o.omitEmpty))) {
        value = `${v} == null ? null : ${convert(v)}`;
        isEmpty = `${v} == null || ${empty(v)}`;
      } else if (f.resolvedType instanceof protobuf.Type) {
        // an unset message is shown as its empty view (every field unset), as the proto's default instance
        empties.add(f.resolvedType);
        value = convert(`${v} ?? ${emptyName(f.resolvedType)}`);
        isEmpty = `!${v}`;
      } else {
        value = convert(v);
        isEmpty = empty(v);
      }
      const nullable = o.nullable || (optional && !o.omitEmpty && !f.repeated);
      if (o.nullable && !f.repeated && !optional && !(f.resolvedType instanceof protobuf.Type)) {
        value = `${isEmpty} ? null : ${value}`;
      }
      if (nullable && !f.repeated) tsType = `${tsType} | null`;
      if (o.nullable && f.repeated) throw new Error(`${where}: a list is never null (it is empty)`);
      const api = [`type: ${apiType}`];
      if (f.repeated) api.push('isArray: true');
      if (doc.additionalProperties) api.push('additionalProperties: true');
      if (!doc.enum && o.enumValues?.length) doc.enum = tsType.startsWith('number') ? o.enumValues.map(Number) : o.enumValues;
      if (doc.enum && !o.enumUnlisted) api.push(`enum: ${lit(doc.enum)}`);
      if (o.enumFrom) {
        // a list exported by a module, documented as it is
        const m = /^([^#]+)#([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(o.enumFrom);
        if (!m || f.type !== 'string' || doc.enum)
          throw new Error(`${where}: enum_from is "<module>#<name>" of a string field without enum_values`);
        constants.set(m[1], new Set([...(constants.get(m[1]) ?? []), m[2]]));
        api.push(`enum: ${m[2]}`);
      }
      if (nullable && !f.repeated) api.push('nullable: true');
      if (o.format) api.push(`format: ${q(o.format)}`);
      if (o.example !== undefined) {
        let ex = o.example === 'null' ? null : o.example;
        if (tsType.replace(' | null', '') !== 'string' && ex !== null) {
          try {
            ex = JSON.parse(o.example);
          } catch {
            throw new Error(`${where}: its example is not JSON: ${o.example}`);
          }
        }
        api.push(`example: ${lit(ex)}`);
      }
      if (o.description) api.push(`description: ${q(o.description)}`);
      const decorator = o.omitEmpty || o.notRequired ? 'ApiPropertyOptional' : 'ApiProperty';
      props.push(`  @${decorator}({ ${api.join(', ')} })\n  ${key}${o.omitEmpty ? '?' : ''}: ${tsType};`);
      if (o.omitWith) {
        // left out with another field of the message (a detail of single reads), shown even empty whenever that one is set
        const other = t.fields[fieldName(o.omitWith)];
        if (!o.omitEmpty || !other || other === f || other.repeated || other.resolvedType instanceof protobuf.Enum)
          throw new Error(`${where}: omit_with names another single field (not an enum) of ${t.name}, with omit_empty`);
        isEmpty = `!m.${other.name}`;
      }
      entries.push(o.omitEmpty ? `    ...(${isEmpty} ? {} : { ${key}: ${value} }),` : `    ${key}: ${value},`);
    }
    const doc = t.comment ? `/** ${t.comment.replace(/\*\//g, '* /').replace(/\n/g, '\n * ')} */\n` : '';
    blocks.push(
      `${doc}export class ${name}${parent ? ` extends ${parent}` : ''} {\n${props.join('\n')}\n}\n\n` +
        `/** The REST view of a ${t.fullName.replace(/^\./, '')}. */\n` +
        `export function to${name}(m: ${ns}.${t.name}__Output): ${name} {\n  return {\n${entries.join('\n')}\n  };\n}\n`,
    );
  }
  // inputs in dependency order: a property's type (design:type metadata) is read when its class is defined, so a nested
  // input is declared before the inputs that carry it
  const orderedInputs = [];
  const placed = new Set();
  const place = (name) => {
    const x = inputs.get(name);
    if (!x || placed.has(name) || packageOf(x.type) !== pkg) return;
    placed.add(name);
    for (const field of (x.input.fields ?? []).map(fieldName)) {
      const [outer, inner] = field.includes('.') ? field.split('.') : [undefined, field];
      const owner = outer ? x.type.fields[outer]?.resolvedType : x.type;
      const nested = owner?.fields?.[inner] && parsed(owner.fields[inner], FIELD).input;
      if (nested) place(nested);
    }
    orderedInputs.push([name, x]);
  };
  for (const [name] of inputs) place(name);
  for (const [name, { type: t, input }] of orderedInputs) {
    namespaces.add(namespaceOf(t));
    blocks.push(
      inputBlock(name, t, input, inputs, {
        pkg,
        imports,
        validators,
        transformers,
        constants,
        enumUsed: () => (usesToEnum = true),
        ns: (x) => (namespaces.add(namespaceOf(x)), namespaceOf(x)),
      }),
    );
  }
  const emptyBlocks = [...empties]
    .sort((a, b) => a.fullName.localeCompare(b.fullName))
    .map((t) => {
      const value = t.toObject(t.create({}), { defaults: true, longs: String, enums: String, bytes: String });
      return `const ${emptyName(t)}: ${namespaceOf(t)}.${t.name}__Output = ${lit(value)};\n`;
    });
  const header =
    '// generated by tools/gen-rest-views.js from the (siapkerja.rest.v1.view) options in proto/: do not edit.\n' +
    '/* eslint-disable */\n' +
    "import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';\n" +
    (transformers.size ? `import { ${[...transformers].sort().join(', ')} } from 'class-transformer';\n` : '') +
    ([...validators].some((v) => !CODES_DECORATORS.has(v))
      ? `import { ${[...validators]
          .filter((v) => !CODES_DECORATORS.has(v))
          .sort()
          .join(', ')} } from 'class-validator';\n`
      : '') +
    ([...validators].some((v) => CODES_DECORATORS.has(v))
      ? `import { ${[...validators]
          .filter((v) => CODES_DECORATORS.has(v))
          .sort()
          .join(', ')} } from '@siapkerja/codes';\n`
      : '') +
    (usesEnum || usesToEnum
      ? `import { ${[usesEnum && 'fromProtoEnum', usesToEnum && 'toProtoEnum'].filter(Boolean).join(', ')} } from '@siapkerja/contracts';\n`
      : '') +
    (namespaces.size ? `import type { ${[...namespaces].sort().join(', ')} } from '@siapkerja/contracts';\n` : '') +
    [...imports]
      .sort()
      .map(([other, used]) => `import { ${[...used].sort().join(', ')} } from './${other}.views';\n`)
      .join('') +
    [...constants]
      .sort()
      .map(([module, used]) => `import { ${[...used].sort().join(', ')} } from '${module}';\n`)
      .join('');
  return `${header}\n${emptyBlocks.join('')}${emptyBlocks.length ? '\n' : ''}${blocks.join('\n')}`;
}

/** The decorators of @siapkerja/codes (the rest come from class-validator). */
const CODES_DECORATORS = new Set(['IsKbji', 'IsKbli', 'IsSkkniUnit', 'IsNik', 'IsNib', 'IsRegionCode', 'DecimalNumber']);

/** The named checks of a field's rules: each -> the decorator call, for one value or for each of a list. */
const CHECKS = {
  kbji: (each) => ['IsKbji', each ? '{ each: true }' : ''],
  kbli: (each) => ['IsKbli', each ? '{}, { each: true }' : ''],
  skkni: (each) => ['IsSkkniUnit', each ? '{ each: true }' : ''],
  nik: (each) => ['IsNik', each ? '{}, { each: true }' : ''],
  nib: (each) => ['IsNib', each ? '{ each: true }' : ''],
  region: (each) => ['IsRegionCode', each ? '{}, { each: true }' : ''],
  'region:regency': (each) => ['IsRegionCode', `{ level: 'regency' }${each ? ', { each: true }' : ''}`],
  'region:province': (each) => ['IsRegionCode', `{ level: 'province' }${each ? ', { each: true }' : ''}`],
  email: (each, message) => [
    'IsEmail',
    message ? `{}, { message: ${q(message)}${each ? ', each: true' : ''} }` : each ? '{}, { each: true }' : '',
  ],
  uuid: (each) => ['IsUUID', each ? "'all', { each: true }" : ''],
  iso8601: (each) => ['IsISO8601', `{ strict: true }${each ? ', { each: true }' : ''}`],
};

/** nik:<birth date property>,<sex property>: a NIK agreeing with the birth date and sex the input carries (REST names). */
function nikAgainst(check) {
  const m = /^nik:([A-Za-z][A-Za-z0-9]*),([A-Za-z][A-Za-z0-9]*)$/.exec(check);
  return m && ((each) => ['IsNik', `{ birthDateProperty: ${q(m[1])}, sexProperty: ${q(m[2])} }${each ? ', { each: true }' : ''}`]);
}

/**
 * An input (a request body or query) made of some fields of a message: a class with its validation rules and OpenAPI
 * documentation, and its one mapper to the message (absent fields stay absent: the proto's defaults).
 */
function inputBlock(name, t, input, inputs, ctx) {
  const listed = (input.fields ?? []).map(fieldName);
  const required = new Set((input.required ?? []).map(fieldName));
  const where = `${t.fullName} input ${name}`;
  for (const f of [...required]) if (!listed.includes(f)) throw new Error(`${where}: required field ${f} is not in its fields`);
  // docs: this input's own example and description of a field (a message whose fields several inputs carry)
  const docs = new Map((input.docs ?? []).map((d) => [fieldName(d.field ?? ''), d]));
  for (const f of docs.keys()) if (!listed.includes(f)) throw new Error(`${where}: docs of ${f}, which is not in its fields`);
  const props = [];
  const entries = [];
  const grouped = new Map(); // message field -> the mapper's lines of the fields it carries at the top level
  const use = (d) => (ctx.validators.add(d), d);
  for (const fname of listed) {
    // "group.name": the field name of the message field group, carried at the top level (a body of several messages)
    const [outer, inner] = fname.includes('.') ? fname.split('.') : [undefined, fname];
    const holder = outer ? t.fields[outer] : undefined;
    if (outer && (!holder || holder.repeated || !(holder.resolvedType instanceof protobuf.Type)))
      throw new Error(`${where}: ${outer} is not a message field of ${t.name}`);
    const f = (holder ? holder.resolvedType : t).fields[inner];
    if (!f) throw new Error(`${where}: ${t.name} has no field ${fname}`);
    const o = parsed(f, FIELD);
    const rules = o.rules ?? {};
    const key = o.name || f.name;
    const at = `${where}: ${f.name}`;
    // a comma-separated list in a query is one text to its validators, split by its mapper
    const commaSeparated = !!o.commaSeparated;
    if (commaSeparated && (!input.query || !f.repeated || f.type !== 'string'))
      throw new Error(`${at}: comma_separated is for a list of strings in a query`);
    const each = f.repeated && !commaSeparated;
    const eachOpt = each ? '{ each: true }' : '';
    const deco = [];
    const api = [];
    let checked = false;
    /** The named checks, once: after the type check when checks_first, else after every other rule. */
    const namedChecks = () => {
      if (checked) return;
      checked = true;
      for (const check of rules.checks ?? []) {
        const c = CHECKS[check] ?? nikAgainst(check);
        if (!c) throw new Error(`${at}: unknown check ${check} (known: ${Object.keys(CHECKS).join(', ')})`);
        if (rules.checkMessage && check !== 'email') throw new Error(`${at}: check_message is for the email check only`);
        const [decorator, args] = c(each, rules.checkMessage);
        deco.push(`@${use(decorator)}(${args})`);
      }
    };
    let tsType;
    let apiType;
    let convert = (x) => x;
    if (input.query && each) throw new Error(`${at}: a list has no query form`);
    if (f.map) throw new Error(`${at}: map fields have no input form`);
    if (!required.has(fname)) deco.push(`@${use('IsOptional')}()`);
    if (each) {
      deco.push(`@${use('IsArray')}()`);
      if (rules.minItems !== undefined) deco.push(`@${use('ArrayMinSize')}(${rules.minItems})`);
      if (rules.maxItems !== undefined) deco.push(`@${use('ArrayMaxSize')}(${rules.maxItems})`);
    }
    if (f.resolvedType instanceof protobuf.Enum) {
      const prefix = enumPrefix(f.resolvedType);
      const values = rules.values?.length
        ? rules.values
        : Object.keys(f.resolvedType.values)
            .filter((k) => k !== `${prefix}_UNSPECIFIED`)
            .map((k) => k.slice(prefix.length + 1));
      deco.push(`@${use('IsIn')}(${lit(values)}${each ? `, ${eachOpt}` : ''})`);
      tsType = values.map((v) => q(v)).join(' | ');
      if (values.length > 1) tsType = `(${tsType})`;
      apiType = 'String';
      api.push(`enum: ${lit(values)}`);
      ctx.enumUsed();
      const enumType = `${ctx.ns(f.resolvedType)}.${f.resolvedType.name}`;
      convert = (x) => `toProtoEnum(${q(prefix)}, ${x}) as ${enumType}`;
    } else if (f.resolvedType instanceof protobuf.Type) {
      const nested = o.input;
      if (!nested || !inputs.has(nested) || inputs.get(nested).type !== f.resolvedType) {
        throw new Error(`${at}: name the input of ${f.resolvedType.fullName} it takes (field option input)`);
      }
      const other = packageOf(f.resolvedType);
      if (other !== ctx.pkg) ctx.imports.set(other, new Set([...(ctx.imports.get(other) ?? []), nested, `from${nested}`]));
      deco.push(`@${use('ValidateNested')}(${eachOpt})`);
      ctx.transformers.add('Type');
      deco.push(`@Type(() => ${nested})`);
      tsType = nested;
      apiType = `() => ${nested}`;
      convert = (x) => `from${nested}(${x})`;
    } else if ((LONGS.has(f.type) || NUMBERS.has(f.type)) && rules.queryText) {
      // a number in a query checked as the text sent (its pattern), converted by the mapper
      if (!input.query || !rules.pattern || each || rules.min !== undefined || rules.max !== undefined || rules.values?.length)
        throw new Error(`${at}: query_text is for a single number of a query, checked by its pattern (no range or values)`);
      if (!rules.untyped) deco.push(`@${use('IsString')}()`);
      deco.push(
        `@${use('Matches')}(${new RegExp(rules.pattern)}${rules.patternMessage ? `, { message: ${q(rules.patternMessage)} }` : ''})`,
      );
      tsType = 'string';
      apiType = 'String';
      convert = (x) => (LONGS.has(f.type) ? `String(Number(${x}))` : `Number(${x})`);
    } else if (LONGS.has(f.type) || NUMBERS.has(f.type)) {
      const integer = f.type !== 'double' && f.type !== 'float';
      // a query number is the decimal text sent: Number() would read '0x10' as 16, '1e3' as 1000 and '' as 0
      if (input.query) deco.push(`@${use('DecimalNumber')}()`);
      if (!rules.untyped) {
        deco.push(
          integer
            ? `@${use('IsInt')}(${eachOpt})`
            : `@${use('IsNumber')}({ allowNaN: false, allowInfinity: false }${each ? `, ${eachOpt}` : ''})`,
        );
      }
      if (rules.min !== undefined) deco.push(`@${use('Min')}(${rules.min}${each ? `, ${eachOpt}` : ''})`);
      if (rules.max !== undefined) deco.push(`@${use('Max')}(${rules.max}${each ? `, ${eachOpt}` : ''})`);
      if (rules.values?.length) deco.push(`@${use('IsIn')}(${lit(rules.values.map(Number))}${each ? `, ${eachOpt}` : ''})`);
      tsType = 'number';
      apiType = 'Number';
      if (rules.min !== undefined) api.push(`minimum: ${rules.min}`);
      if (rules.max !== undefined) api.push(`maximum: ${rules.max}`);
      if (rules.values?.length) api.push(`enum: ${lit(rules.values.map(Number))}`);
      if (LONGS.has(f.type)) convert = (x) => `String(${x})`;
    } else if (f.type === 'bool') {
      if (input.query && rules.queryBoolean) {
        // 'true' and 'false' become booleans before the type check (anything else stays as sent: not a boolean)
        ctx.transformers.add('Transform');
        deco.push("@Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))");
        deco.push(`@${use('IsBoolean')}()`);
        tsType = 'boolean';
        apiType = 'Boolean';
      } else if (input.query) {
        deco.push(`@${use('IsIn')}(['true', 'false'])`);
        tsType = "'true' | 'false'";
        apiType = 'String';
        api.push("enum: ['true', 'false']");
        convert = (x) => `${x} === 'true'`;
      } else {
        if (!rules.untyped) deco.push(`@${use('IsBoolean')}(${eachOpt})`);
        tsType = 'boolean';
        apiType = 'Boolean';
      }
    } else if (f.type === 'string') {
      if (rules.valuesFrom) {
        // a list exported by a module: accepted and documented as it is
        const m = /^([^#]+)#([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(rules.valuesFrom);
        if (!m || rules.values?.length) throw new Error(`${at}: values_from is "<module>#<name>", without values`);
        ctx.constants.set(m[1], new Set([...(ctx.constants.get(m[1]) ?? []), m[2]]));
        deco.push(`@${use('IsIn')}(${m[2]}${each ? `, ${eachOpt}` : ''})`);
        api.push(`enum: ${m[2]}`);
      } else if (rules.values?.length) {
        deco.push(`@${use('IsIn')}(${lit(rules.values)}${each ? `, ${eachOpt}` : ''})`);
        api.push(`enum: ${lit(o.inputEnum?.length ? o.inputEnum : rules.values)}`);
      } else {
        if (!rules.untyped) deco.push(`@${use('IsString')}(${eachOpt})`);
      }
      if (rules.checksFirst) namedChecks();
      const eachArg = each ? `, ${eachOpt}` : '';
      /** The pattern's check, once: before the length when pattern_first, else after it. */
      let patterned = false;
      const patternCheck = () => {
        if (patterned || !rules.pattern) return;
        patterned = true;
        let re;
        try {
          re = new RegExp(rules.pattern);
        } catch (e) {
          throw new Error(`${at}: its pattern is not a regular expression: ${e.message}`);
        }
        const opts = [rules.patternMessage && `message: ${q(rules.patternMessage)}`, each && 'each: true'].filter(Boolean);
        deco.push(`@${use('Matches')}(${re}${opts.length ? `, { ${opts.join(', ')} }` : ''})`);
      };
      if (rules.patternFirst) {
        if (!rules.pattern) throw new Error(`${at}: pattern_first without a pattern`);
        patternCheck();
      }
      if (rules.minLen !== undefined && rules.maxLen !== undefined)
        deco.push(`@${use('Length')}(${rules.minLen}, ${rules.maxLen}${eachArg})`);
      else if (rules.maxLen !== undefined) deco.push(`@${use('MaxLength')}(${rules.maxLen}${eachArg})`);
      else if (rules.minLen !== undefined) deco.push(`@${use('MinLength')}(${rules.minLen}${eachArg})`);
      if (rules.minLen !== undefined) api.push(`minLength: ${rules.minLen}`);
      if (rules.maxLen !== undefined) api.push(`maxLength: ${rules.maxLen}`);
      patternCheck();
      tsType = 'string';
      apiType = 'String';
    } else {
      throw new Error(`${at}: ${f.type} fields have no input form`);
    }
    namedChecks();
    if (each) {
      if (rules.minItems !== undefined) api.push(`minItems: ${rules.minItems}`);
      if (rules.maxItems !== undefined) api.push(`maxItems: ${rules.maxItems}`);
    }
    const doc = [`type: ${apiType}`, ...(each ? ['isArray: true'] : []), ...api];
    if (o.inputNullable) {
      if (each || required.has(fname)) throw new Error(`${at}: input_nullable is for an optional single field`);
      doc.push('nullable: true');
    }
    const format = o.inputFormat || o.format;
    if (format) doc.push(`format: ${q(format)}`);
    const own = docs.get(fname) ?? {};
    const example = own.example ?? o.inputExample ?? (o.inputUnexampled ? undefined : o.example);
    if (example !== undefined) {
      let ex = example === 'null' ? null : example;
      if (((f.type !== 'string' && !rules.queryText) || each) && ex !== null && !(f.resolvedType instanceof protobuf.Enum && !each)) {
        try {
          ex = JSON.parse(example);
        } catch {
          throw new Error(`${at}: its example is not JSON: ${example}`);
        }
      }
      doc.push(`example: ${lit(ex)}`);
    }
    if (o.default !== undefined && o.default !== '') doc.push(`default: ${lit(JSON.parse(o.default))}`);
    const description = own.description ?? (o.inputUndocumented ? '' : o.inputDescription || o.description);
    if (description) doc.push(`description: ${q(description)}`);
    const optional = !required.has(fname);
    if (each) tsType = `${tsType.startsWith('(') || !tsType.includes(' ') ? tsType : `(${tsType})`}[]`;
    props.push(
      `  @${optional ? 'ApiPropertyOptional' : 'ApiProperty'}({ ${doc.join(', ')} })\n${deco.map((d) => `  ${d}\n`).join('')}  ${key}${optional ? '?' : ''}: ${tsType};`,
    );
    const v = `b.${key}`;
    const one = each ? (convert('x') === 'x' ? v : `${v}.map((x) => ${convert('x')})`) : convert(v);
    if (commaSeparated) {
      entries.push(`    ${f.name}: ${v} ? ${v}.split(',').map((x) => x.trim()) : undefined,`);
      continue;
    }
    const absent = input.nullAbsent ? '== null' : '=== undefined';
    const line = `${f.name}: ${one === v ? v : optional ? `${v} ${absent} ? undefined : ${one}` : one}`;
    if (!holder) entries.push(`    ${line},`);
    else {
      if (!grouped.has(holder.name)) {
        grouped.set(holder.name, []);
        entries.push(
          () =>
            `    ${holder.name}: {\n${grouped
              .get(holder.name)
              .map((l) => `      ${l},`)
              .join('\n')}\n    },`,
        );
      }
      grouped.get(holder.name).push(line);
    }
  }
  const ns = ctx.ns(t);
  const doc = input.description ? `/** ${input.description} */\n` : '';
  return (
    `${doc}export class ${name} {\n${props.join('\n')}\n}\n\n` +
    `/** The ${t.fullName.replace(/^\./, '')} fields of a ${name} (absent: absent, the proto's defaults). */\n` +
    `export function from${name}(b: ${name}): ${ns}.${t.name} {\n  return {\n${entries.map((e) => (typeof e === 'function' ? e() : e)).join('\n')}\n  };\n}\n`
  );
}

module.exports = { generate, outFile, routesFile };

if (require.main === module) {
  const args = process.argv.slice(2);
  const packages = args.filter((a) => !a.startsWith('--'));
  const files = generate(packages);
  if (args.includes('--check')) {
    const stale = [...files].filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text);
    if (!packages.length && fs.existsSync(outDir)) {
      for (const f of fs.readdirSync(outDir)) {
        if (/\.(views|routes)\.ts$/.test(f) && !files.has(path.join(outDir, f))) stale.push([path.join(outDir, f)]);
      }
    }
    if (stale.length) {
      for (const [file] of stale) process.stderr.write(`${path.relative(root, file)} is not what proto/ gives\n`);
      process.stderr.write('run node tools/gen-rest-views.js\n');
      process.exit(1);
    }
    process.stdout.write(`${files.size} REST view files are up to date\n`);
  } else {
    fs.mkdirSync(outDir, { recursive: true });
    if (!packages.length) {
      for (const f of fs.readdirSync(outDir))
        if (/\.(views|routes)\.ts$/.test(f) && !files.has(path.join(outDir, f))) fs.rmSync(path.join(outDir, f));
    }
    for (const [file, text] of files) {
      fs.writeFileSync(file, text);
      const what = file.endsWith('.routes.ts')
        ? `${(text.match(/^ {2}async /gm) ?? []).length} routes`
        : `${(text.match(/^export class /gm) ?? []).length} views and inputs`;
      process.stderr.write(`generated ${what} into ${path.relative(root, file)}\n`);
    }
  }
}
