import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientConstructor, PROTO_FILES, SERVICE_NAMES, serviceDefinition, type ServiceKey } from './index';

describe('contracts', () => {
  it('loads every service definition from the protos', () => {
    for (const key of Object.keys(PROTO_FILES) as ServiceKey[]) {
      const def = serviceDefinition(key);
      expect(Object.keys(def).length).toBeGreaterThan(0);
      for (const m of Object.values(def)) expect(m.path.startsWith(`/${SERVICE_NAMES[key]}/`)).toBe(true);
      expect(typeof clientConstructor(key)).toBe('function');
    }
  });

  it('generated TypeScript types are up to date with the protos', () => {
    const root = path.resolve(__dirname, '../../..');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-'));
    const files = Object.values(PROTO_FILES);
    execFileSync(
      process.execPath,
      [
        require.resolve('@grpc/proto-loader/build/bin/proto-loader-gen-types.js'),
        '--longs=String',
        '--enums=String',
        '--defaults',
        '--oneofs',
        '--grpcLib=@grpc/grpc-js',
        '-I',
        'proto',
        '-O',
        tmp,
        ...files,
      ],
      { cwd: root },
    );
    const gen = path.join(root, 'libs/contracts/src/generated');
    for (const f of ['siapkerja/jobs/v1/Vacancy.ts', 'siapkerja/placement/v1/VacancyReport.ts', 'siapkerja/training/v1/Program.ts']) {
      expect(fs.readFileSync(path.join(gen, f), 'utf8')).toBe(fs.readFileSync(path.join(tmp, f), 'utf8'));
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});

import { fromProtoEnum, fromProtoInt64, toProtoEnum } from './enums';
describe('proto enum names', () => {
  it('strips and adds the type prefix, UNSPECIFIED being empty', () => {
    expect(fromProtoEnum('EMPLOYER_TYPE', 'EMPLOYER_TYPE_STATE_OWNED')).toBe('STATE_OWNED');
    expect(fromProtoEnum('EMPLOYER_TYPE', 'EMPLOYER_TYPE_UNSPECIFIED')).toBe('');
    expect(fromProtoEnum('EMPLOYER_TYPE', undefined)).toBe('');
    expect(toProtoEnum('SCHEME_TYPE', 'KKNI')).toBe('SCHEME_TYPE_KKNI');
    expect(toProtoEnum('SCHEME_TYPE', '')).toBe('SCHEME_TYPE_UNSPECIFIED');
  });
});

describe('proto int64', () => {
  it('reads the decimal string, empty as 0, garbage (and negatives when unsigned) as NaN', () => {
    expect(fromProtoInt64('4500000')).toBe(4500000);
    expect(fromProtoInt64('')).toBe(0);
    expect(fromProtoInt64(undefined)).toBe(0);
    expect(fromProtoInt64(7)).toBe(7);
    expect(fromProtoInt64('-5')).toBe(-5);
    expect(fromProtoInt64('-5', { unsigned: true })).toBeNaN();
    expect(fromProtoInt64('12abc')).toBeNaN();
  });
});
