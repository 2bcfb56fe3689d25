import { describe, expect, it } from 'vitest';
import { evaluateGrant, type GrantAnswers } from '../../src/lib/grant-rules.ts';

const ok: GrantAnswers = { years: 4, address: 'yes', amount: 10_000, own: 5_000, residence: 'yes' };
const rules = (a: GrantAnswers) => {
  const v = evaluateGrant(a);
  return { kind: v.kind, reasons: v.reasons.map((r) => r.rule), cautions: v.cautions.map((r) => r.rule) };
};

describe('remigrant business grant self-check', () => {
  it('meets every reported condition: eligible', () => {
    expect(rules(ok)).toEqual({ kind: 'eligible', reasons: [], cautions: [] });
  });
  it('fewer than three years abroad: not eligible, because of the years rule', () => {
    expect(rules({ ...ok, years: 2 })).toEqual({ kind: 'not-eligible', reasons: ['years'], cautions: [] });
    expect(rules({ ...ok, years: 3 }).kind).toBe('eligible');
  });
  it('no registered address abroad (the rule that stopped the Latgale applicants): not eligible', () => {
    expect(rules({ ...ok, address: 'no' })).toEqual({ kind: 'not-eligible', reasons: ['address'], cautions: [] });
    expect(evaluateGrant({ ...ok, address: 'unsure' }).reasons).toEqual([{ rule: 'address', unsure: true }]);
  });
  it('asking for more than EUR 10,000: not eligible', () => {
    expect(rules({ ...ok, amount: 12_000, own: 6_000 })).toEqual({ kind: 'not-eligible', reasons: ['max'], cautions: [] });
  });
  it('own investment below half of the grant: not eligible, with the share', () => {
    expect(evaluateGrant({ ...ok, amount: 8_000, own: 3_000 }).reasons).toEqual([{ rule: 'share', share: 38 }]);
    expect(rules({ ...ok, amount: 8_000, own: 4_000 }).kind).toBe('eligible');
  });
  it('several problems are all listed', () => {
    expect(rules({ years: 1, address: 'no', amount: 15_000, own: 0, residence: 'yes' }).reasons).toEqual([
      'years',
      'address',
      'max',
      'share',
    ]);
  });
  it('not ready to keep residence in the region: a caution, not a refusal', () => {
    expect(rules({ ...ok, residence: 'no' })).toEqual({ kind: 'eligible', reasons: [], cautions: ['residence'] });
  });
  it('unanswered questions: incomplete', () => {
    expect(rules({ ...ok, address: undefined }).kind).toBe('incomplete');
    expect(rules({ ...ok, years: Number.NaN }).kind).toBe('incomplete');
  });
});
