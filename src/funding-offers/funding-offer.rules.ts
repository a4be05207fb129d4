import { FieldProblem } from '../common/errors/app-error';

/** The largest amount numeric(14,2) holds. */
export const MAX_AMOUNT = 999_999_999_999.99;

export interface OfferAmounts {
  minTicket: number;
  maxTicket: number;
  budgetTotal: number;
}

// Amounts have two decimals; comparing whole cents avoids float drift such as 0.1 + 0.2.
const cents = (amount: number) => Math.round(amount * 100);

/** What accepted grants already took from the budget, in cents. */
export const committedCents = (offer: { budgetTotal: number; budgetLeft: number }) => cents(offer.budgetTotal) - cents(offer.budgetLeft);

/** The budget left once the total becomes `budgetTotal`, keeping what is committed. */
export const budgetLeftFor = (budgetTotal: number, committed: number) => (cents(budgetTotal) - committed) / 100;

/** minTicket ≤ maxTicket ≤ budgetTotal, and the total covers what is already committed. */
export function offerAmountProblems(amounts: OfferAmounts, committed = 0): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (cents(amounts.minTicket) > cents(amounts.maxTicket)) problems.push({ field: 'minTicket', message: 'minTicket must not be more than maxTicket' });
  if (cents(amounts.maxTicket) > cents(amounts.budgetTotal)) problems.push({ field: 'maxTicket', message: 'maxTicket must not be more than budgetTotal' });
  if (cents(amounts.budgetTotal) < committed) {
    problems.push({ field: 'budgetTotal', message: `budgetTotal must be at least ${committed / 100}, the amount already committed` });
  }
  return problems;
}
