import fc from 'fast-check';
import { allocate, splitEvenly } from './allocation';
import { Decimal, sum } from './decimal';

const kopecks = (max: number) => fc.integer({ min: 0, max }).map((n) => new Decimal(n).div(100).toFixed(2));

describe('allocate', () => {
  it('parts always add up to the total exactly and stay within a kopeck of the exact share', () => {
    fc.assert(
      fc.property(kopecks(10_000_000_000), fc.array(kopecks(100_000_000), { minLength: 1, maxLength: 24 }), (total, weights) => {
        const parts = allocate(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(sum(parts).equals(total)).toBe(true);
        const weightSum = sum(weights);
        parts.forEach((part, i) => {
          const exact = weightSum.isZero() ? new Decimal(total).div(weights.length) : new Decimal(total).times(weights[i] ?? 0).div(weightSum);
          expect(part.minus(exact).abs().lessThan('0.01')).toBe(true);
          expect(part.decimalPlaces()).toBeLessThanOrEqual(2);
        });
      }),
    );
  });

  it('gives the leftover kopecks to the largest remainders, ties to the earlier parts', () => {
    expect(splitEvenly('100.00', 3).map((p) => p.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
    expect(splitEvenly('0.02', 3).map((p) => p.toFixed(2))).toEqual(['0.01', '0.01', '0.00']);
    // 10 × 1/6 = 1.666…, 10 × 2/6 = 3.333…, 10 × 3/6 = 5: the 1.67 part carries the kopeck.
    expect(allocate('10.00', ['1', '2', '3']).map((p) => p.toFixed(2))).toEqual(['1.67', '3.33', '5.00']);
  });

  it('is deterministic and mirrors for negative totals', () => {
    expect(allocate('-100.00', ['1', '1', '1']).map((p) => p.toFixed(2))).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(allocate('5.00', ['0', '0'])).toEqual(allocate('5.00', ['0', '0']));
    expect(allocate('5.00', ['0', '0']).map((p) => p.toFixed(2))).toEqual(['2.50', '2.50']);
  });
});
