import { budgetLeftFor, committedCents, offerAmountProblems } from './funding-offer.rules';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('funding offer amount rules', () => {
  it('accepts min = max = total', () => {
    expect(offerAmountProblems({ minTicket: 500, maxTicket: 500, budgetTotal: 500 })).toEqual([]);
  });

  it('names minTicket above maxTicket and maxTicket above the budget', () => {
    expect(fields(offerAmountProblems({ minTicket: 600, maxTicket: 500, budgetTotal: 1000 }))).toEqual(['minTicket']);
    expect(fields(offerAmountProblems({ minTicket: 100, maxTicket: 1500, budgetTotal: 1000 }))).toEqual(['maxTicket']);
  });

  it('refuses a total below what is committed, in exact cents', () => {
    const committed = committedCents({ budgetTotal: 1000.1, budgetLeft: 500.05 });
    expect(committed).toBe(50005);
    expect(fields(offerAmountProblems({ minTicket: 1, maxTicket: 100, budgetTotal: 500.04 }, committed))).toEqual(['budgetTotal']);
    expect(offerAmountProblems({ minTicket: 1, maxTicket: 100, budgetTotal: 500.05 }, committed)).toEqual([]);
    expect(budgetLeftFor(500.05, committed)).toBe(0);
    expect(budgetLeftFor(0.3, committedCents({ budgetTotal: 0.3, budgetLeft: 0.1 }))).toBe(0.1);
  });
});
