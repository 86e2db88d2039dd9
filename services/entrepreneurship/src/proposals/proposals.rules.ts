import { parseYmd } from '@siapkerja/codes';
import { isOneLine, Violations } from '@siapkerja/errors';
import type { ChecklistItem, ProposalEntity } from './proposal.entity';

export const VERIFY_DECISIONS = ['VERIFIED', 'REJECTED'] as const;

export const MAX_CHECKLIST = 50;

/** A verification: VERIFIED needs a checklist whose every item passed; REJECTED needs at least one reason. */
export function verificationViolations(decision: string, checklist: ChecklistItem[], reasons: string[]): Violations {
  const v = new Violations();
  v.check((VERIFY_DECISIONS as readonly string[]).includes(decision), 'decision', `must be one of ${VERIFY_DECISIONS.join(', ')}`);
  v.check(checklist.length <= MAX_CHECKLIST, 'checklist', `must have at most ${MAX_CHECKLIST} items`);
  v.check(
    checklist.every((c) => /^[A-Z0-9_]{1,60}$/.test(c.code) && (c.note ?? '').length <= 1000),
    'checklist',
    'items need a code of A-Z, 0-9 and _ (at most 60) and a note of at most 1000 characters',
  );
  v.check(new Set(checklist.map((c) => c.code)).size === checklist.length, 'checklist', 'must not list the same code twice');
  v.check(
    reasons.length <= 20 && reasons.every((r) => !!r.trim() && r.length <= 500),
    'rejectionReasons',
    'must be at most 20 reasons of 1-500 characters',
  );
  if (decision === 'VERIFIED') {
    v.check(checklist.length > 0, 'checklist', 'is required to verify a proposal');
    v.check(
      checklist.every((c) => c.passed),
      'checklist',
      'every item must pass to verify a proposal (reject it otherwise, with reasons)',
    );
    v.check(reasons.length === 0, 'rejectionReasons', 'must be empty when verifying');
  }
  if (decision === 'REJECTED') v.check(reasons.length > 0, 'rejectionReasons', 'at least one reason is required to reject a proposal');
  return v;
}

/** How much of an approved proposal a tranche may still disburse; the refusal names the rule. */
export function trancheRefusal(
  p: Pick<ProposalEntity, 'id' | 'state' | 'approvedAmount' | 'disbursedAmount'>,
  amount: number,
): string | undefined {
  if (p.state !== 'APPROVED')
    return `Proposal ${p.id} is ${p.state}: tranches are disbursed only while it is APPROVED and not fully disbursed`;
  const left = p.approvedAmount - p.disbursedAmount;
  if (amount > left)
    return `Tranche above approval: ${amount} exceeds what remains of the approved amount (approved ${p.approvedAmount}, disbursed ${p.disbursedAmount}, remaining ${left})`;
  return undefined;
}

export function trancheViolations(amount: number, disbursedOn: string, reference: string): Violations {
  return new Violations()
    .check(Number.isInteger(amount) && amount > 0 && amount <= 1e12, 'amount', 'must be a positive whole number of Rupiah')
    .check(!!parseYmd(disbursedOn), 'disbursedOn', 'must be a date YYYY-MM-DD (years 0001-9999)')
    .check(
      !!reference?.trim() && reference.length <= 100 && isOneLine(reference),
      'reference',
      'is required (at most 100 characters, on one line)',
    );
}

/** The quota rows that bind a proposal of `regency`: its own and its province's. */
export function quotaRegions(regency: string): string[] {
  return [regency.slice(0, 2), regency];
}

/**
 * Whether the approvals of a decree fit the quotas: every regency of the decree needs a quota row (its own or its
 * province's), and no applicable row may go past its maximum. `add` counts the decree's proposals per quota region.
 */
export function quotaRefusal(
  regencies: string[],
  add: ReadonlyMap<string, number>,
  rows: { regionCode: string; maxGroups: number; approvedGroups: number }[],
  program: string,
): string | undefined {
  for (const regency of regencies)
    if (!rows.some((r) => quotaRegions(regency).includes(r.regionCode)))
      return `Quota: ${program} has no quota for region ${regency} or its province`;
  for (const r of rows) {
    const n = add.get(r.regionCode) ?? 0;
    if (r.approvedGroups + n > r.maxGroups)
      return `Quota: ${program} allows ${r.maxGroups} groups in region ${r.regionCode}; ${r.approvedGroups} are approved, ${n} more would exceed it`;
  }
  return undefined;
}
