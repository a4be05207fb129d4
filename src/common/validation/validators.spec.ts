import { validateSync } from 'class-validator';

import { IsDecimal } from './validators';

class Amount {
  @IsDecimal(2, 'value must have at most two decimals')
  value: unknown;
}

const errorsFor = (value: unknown) => {
  const amount = new Amount();
  amount.value = value;
  return validateSync(amount).map((e) => Object.values(e.constraints ?? {}).join());
};

describe('IsDecimal', () => {
  it.each([1, 1.25, 0.1, 1e9, -3.5])('accepts %p', (value) => {
    expect(errorsFor(value)).toEqual([]);
  });

  // 5e-324 is what made class-validator's maxDecimalPlaces throw a TypeError (a server error).
  it.each([5e-324, 1e-7, 1.234, Number.NaN, Number.POSITIVE_INFINITY, '1.5', null])('refuses %p with the message', (value) => {
    expect(errorsFor(value)).toEqual(['value must have at most two decimals']);
  });
});
