import { lspAuthority, lspCannotIssue, lspOfCaller } from './lsps.rules';

const L1 = '11111111-1111-4111-8111-111111111111';
const L2 = '22222222-2222-4222-8222-222222222222';

describe('LSP rules', () => {
  it('an account or client acts for an LSP only with role LSP or PARTNER and its organizationId', () => {
    expect(lspOfCaller({ sub: 'a', roles: ['LSP'], organizationId: L1 })).toBe(L1);
    expect(lspOfCaller({ sub: 'c', roles: ['PARTNER'], clientId: 'c', organizationId: L1 })).toBe(L1);
    expect(lspOfCaller({ sub: 'p', roles: ['TRAINING_PROVIDER'], organizationId: L1 })).toBeUndefined();
    expect(lspOfCaller({ sub: 'c', roles: ['PARTNER'], clientId: 'c' })).toBeUndefined();
  });

  it('the LSP itself, BNSP, the ministry and the platform manage an LSP; another LSP does not', () => {
    expect(lspAuthority(undefined, L1)).toBe('SYSTEM');
    expect(lspAuthority({ sub: 'm', roles: ['MINISTRY_ADMIN'] }, L1)).toBe('MINISTRY');
    expect(lspAuthority({ sub: 'b', roles: ['BNSP'] }, L1)).toBe('BNSP');
    expect(lspAuthority({ sub: 'a', roles: ['LSP'], organizationId: L1 }, L1)).toBe('OWN');
    expect(lspAuthority({ sub: 'a', roles: ['LSP'], organizationId: L2 }, L1)).toBeUndefined();
  });

  it('an LSP issues only when ACTIVE and inside its licence', () => {
    expect(lspCannotIssue({ name: 'X', status: 'ACTIVE', licenceValidUntil: '2027-01-01' }, '2026-12-04')).toBeUndefined();
    expect(lspCannotIssue({ name: 'X', status: 'SUSPENDED', licenceValidUntil: '2027-01-01' }, '2026-12-04')).toContain('SUSPENDED');
    expect(lspCannotIssue({ name: 'X', status: 'ACTIVE', licenceValidUntil: '2026-12-03' }, '2026-12-04')).toContain('ended on 2026-12-03');
  });
});
