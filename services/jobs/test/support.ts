/**
 * A caller as the gateway forwards it (call options with the x-caller metadata): the token's scopes unless given (a
 * person's jobs:read, anyone else's jobs:read and jobs:write) and, for a Disnaker officer, the purpose of reads in clear
 * (X-Purpose, which officers must state).
 */
export function gatewayCaller(c: Record<string, unknown>): { metadata: Record<string, string> } {
  const roles = (c.roles as string[] | undefined) ?? [];
  const person = roles.includes('JOB_SEEKER');
  const officer = roles.some((r) => r === 'DISNAKER_REGENCY' || r === 'DISNAKER_PROVINCE');
  const caller = {
    scopes: person ? ['jobs:read'] : ['jobs:read', 'jobs:write'],
    ...(officer ? { purpose: 'PLACEMENT_SERVICE' } : {}),
    ...c,
  };
  return { metadata: { 'x-caller': JSON.stringify(caller) } };
}
