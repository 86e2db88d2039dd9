/**
 * A caller as the gateway forwards it to a service (call options with the x-caller metadata), for a service's
 * integration tests: the token's scopes unless given (a person's `<area>:read`, anyone else's `<area>:read` and
 * `<area>:write`) and, for a Disnaker officer when `officerPurpose` is given, the X-Purpose officers must state to read
 * personal data in clear.
 */
export function gatewayCaller(c: Record<string, unknown>, area: string, officerPurpose?: string): { metadata: Record<string, string> } {
  const roles = (c.roles as string[] | undefined) ?? [];
  const person = roles.includes('JOB_SEEKER');
  const officer = roles.some((r) => r === 'DISNAKER_REGENCY' || r === 'DISNAKER_PROVINCE');
  const caller = {
    scopes: person ? [`${area}:read`] : [`${area}:read`, `${area}:write`],
    ...(officer && officerPurpose ? { purpose: officerPurpose } : {}),
    ...c,
  };
  return { metadata: { 'x-caller': JSON.stringify(caller) } };
}
