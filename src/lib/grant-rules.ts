/**
 * The remigrant business grant's conditions as the study reports them (001:2741-2750, 4288-4295, 9541-9542).
 * Pure function so every path can be unit-tested; the page script only renders the verdict.
 */
export interface GrantAnswers {
  years?: number;
  address?: 'yes' | 'no' | 'unsure';
  amount?: number;
  own?: number;
  residence?: 'yes' | 'no';
}

type GrantRule = 'years' | 'address' | 'max' | 'share' | 'residence';
interface Reason {
  rule: GrantRule;
  unsure?: boolean;
  share?: number;
}
export type GrantVerdict =
  { kind: 'incomplete'; reasons: []; cautions: [] } | { kind: 'eligible' | 'not-eligible'; reasons: Reason[]; cautions: Reason[] };

const MIN_YEARS_ABROAD = 3; // 001:2748-2749
const MAX_GRANT = 10_000; // 001:2745
const MIN_OWN_SHARE = 0.5; // 001:2746-2748

export function evaluateGrant(a: GrantAnswers): GrantVerdict {
  if (
    a.years === undefined ||
    !a.address ||
    a.amount === undefined ||
    a.own === undefined ||
    !a.residence ||
    Number.isNaN(a.years) ||
    Number.isNaN(a.amount) ||
    Number.isNaN(a.own)
  ) {
    return { kind: 'incomplete', reasons: [], cautions: [] };
  }
  const reasons: Reason[] = [];
  if (a.years < MIN_YEARS_ABROAD) reasons.push({ rule: 'years' });
  if (a.address !== 'yes') reasons.push({ rule: 'address', unsure: a.address === 'unsure' });
  if (a.amount > MAX_GRANT) reasons.push({ rule: 'max' });
  const share = a.amount > 0 ? Math.round((a.own / a.amount) * 100) : 100;
  if (a.amount > 0 && a.own < a.amount * MIN_OWN_SHARE) reasons.push({ rule: 'share', share });
  const cautions: Reason[] = a.residence === 'no' ? [{ rule: 'residence' }] : [];
  return { kind: reasons.length ? 'not-eligible' : 'eligible', reasons, cautions };
}
