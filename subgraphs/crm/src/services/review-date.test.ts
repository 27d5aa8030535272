import { automaticReviewDate } from './review-date';

describe('automatic review date', () => {
  const policy = (endDate: string, nextUnpaidDueDate: string | null = null, status: 'ACTIVE' | 'CANCELLED' = 'ACTIVE') => ({ endDate, nextUnpaidDueDate, status });

  it('is the policy end minus the lead time', () => {
    expect(automaticReviewDate([policy('2027-03-31')], 30)).toBe('2027-03-01');
    expect(automaticReviewDate([policy('2027-03-31')], 0)).toBe('2027-03-31');
  });

  it('is the nearest unpaid instalment when that comes first', () => {
    expect(automaticReviewDate([policy('2027-03-31', '2026-09-15')], 30)).toBe('2026-09-15');
    expect(automaticReviewDate([policy('2027-03-31', '2027-03-20')], 30)).toBe('2027-03-01');
  });

  it('takes the nearest over several policies and ignores cancelled ones', () => {
    expect(automaticReviewDate([policy('2027-06-30'), policy('2026-12-31'), policy('2026-01-31', null, 'CANCELLED')], 30)).toBe('2026-12-01');
    expect(automaticReviewDate([policy('2026-01-31', null, 'CANCELLED')], 30)).toBeNull();
    expect(automaticReviewDate([], 30)).toBeNull();
  });
});
