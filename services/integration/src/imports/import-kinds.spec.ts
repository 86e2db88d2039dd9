import { importKindsOf } from './import-kinds';

describe('importKindsOf (the kinds a token may import, from the scopes forwarded in the caller)', () => {
  const withScopes = (scopes?: string[]) => ({ sub: 's', roles: ['PARTNER' as const], scopes });

  it('gives Disnaker kinds to jobs:write, training kinds to training:write, placements to either', () => {
    expect(importKindsOf(withScopes(['jobs:write']))).toEqual(['placement', 'job-seeker', 'vacancy']);
    expect(importKindsOf(withScopes(['training:write', 'feed:read']))).toEqual(['enrolment', 'attendance', 'completion', 'placement']);
    expect(importKindsOf(withScopes(['jobs:write', 'training:write']))).toEqual([
      'enrolment',
      'attendance',
      'completion',
      'placement',
      'job-seeker',
      'vacancy',
    ]);
  });

  it('gives none without either scope, or without a caller', () => {
    expect(importKindsOf(withScopes(['jobs:read', 'training:read']))).toEqual([]);
    expect(importKindsOf(withScopes())).toEqual([]);
    expect(importKindsOf(undefined)).toEqual([]);
  });
});
