import type { jobsV1 } from '@siapkerja/contracts';
import { jobSeekerView, lacksWriteScope, mayRead, mayRegister, mayReport, mayUnmask } from './job-seekers.rules';

describe('job seeker rules', () => {
  const subject = { personId: 'person-aaaaaaaaaaaaaaaa', regionCode: '33.74' };
  const self = { sub: 'a', roles: ['JOB_SEEKER' as const], personId: subject.personId };
  const stranger = { sub: 'b', roles: ['JOB_SEEKER' as const], personId: 'person-bbbbbbbbbbbbbbbb' };
  const partner = { sub: 'c', roles: ['PARTNER' as const], clientId: 'p' };
  const employer = { sub: 'd', roles: ['EMPLOYER' as const, 'JOB_SEEKER' as const] };
  const regency = { sub: 'e', roles: ['DISNAKER_REGENCY' as const], regionCode: '33.74' };
  const elsewhere = { sub: 'f', roles: ['DISNAKER_PROVINCE' as const], regionCode: '32' };
  const ministry = { sub: 'g', roles: ['MINISTRY_ADMIN' as const] };

  it('lets a person register himself only, with the NIK of his own account', () => {
    expect(mayRegister(self, subject.personId)).toBe(true);
    expect(mayRegister(stranger, subject.personId)).toBe(false);
    expect(mayRegister({ sub: 'x', roles: ['JOB_SEEKER'] }, subject.personId)).toBe(false);
    for (const c of [partner, employer, regency, ministry, undefined]) expect(mayRegister(c, subject.personId)).toBe(true);
    expect(mayRegister({ sub: 'l', roles: ['LSP'] }, subject.personId)).toBe(false);
  });

  it('refuses first, without jobs:write, anyone but a person acting for himself (the platform itself is no token)', () => {
    expect(lacksWriteScope({ ...partner, scopes: ['jobs:read'] })).toBe(true);
    expect(lacksWriteScope(regency)).toBe(true); // a caller without scopes holds none
    expect(lacksWriteScope({ ...partner, scopes: ['jobs:read', 'jobs:write'] })).toBe(false);
    expect(lacksWriteScope({ ...self, scopes: ['jobs:read'] })).toBe(false);
    expect(lacksWriteScope(undefined)).toBe(false);
  });

  it('lets a person read and report for himself only; officers report; partners read masked', () => {
    expect(mayRead(self, subject)).toBe(true);
    expect(mayRead(stranger, subject)).toBe(false);
    expect(mayRead(partner, subject)).toBe(true);
    expect(mayReport(self, subject)).toBe(true);
    expect(mayReport(regency, subject)).toBe(true);
    expect(mayReport(partner, subject)).toBe(false);
    expect(mayReport(stranger, subject)).toBe(false);
  });

  it('unmasks for the person, officers of the region and the ministry only', () => {
    for (const c of [self, regency, ministry, undefined]) expect(mayUnmask(c, subject)).toBe(true);
    for (const c of [stranger, partner, employer, elsewhere]) expect(mayUnmask(c, subject)).toBe(false);
    const s: jobsV1.JobSeeker = {
      ...subject,
      nik: '3374015203950001',
      phone: '081234565678',
      email: 'dewi@example.id',
      birthDate: '1995-03-12',
      address: { line: 'Jl. Pemuda 12', regionCode: '33.74.01.1001', postalCode: '50132' },
      religion: 'RELIGION_ISLAM',
      removalReason: 'moved',
      name: 'Dewi Lestari',
    };
    expect(jobSeekerView(s, regency)).toEqual({ ...s, personalDataMasked: false });
    const masked = jobSeekerView(s, partner);
    expect(masked).toMatchObject({
      name: 'Dewi Lestari',
      nik: '3374********0001',
      birthDate: '1995',
      address: { line: '', regionCode: '33.74', postalCode: '' },
      religion: 'RELIGION_UNSPECIFIED',
      removalReason: '',
      personalDataMasked: true,
    });
    expect(masked.phone).not.toBe(s.phone);
    expect(masked.email).not.toBe(s.email);
  });
});
