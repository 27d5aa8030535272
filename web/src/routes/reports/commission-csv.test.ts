import { commissionCsv } from './commission-csv';

describe('commission CSV', () => {
  it('keeps the exact decimals, separates by semicolons and quotes what needs it', () => {
    const csv = commissionCsv(
      [
        { month: '2027-02', seller: 'Demo Seller', planned: '5200.05', received: '0.00' },
        { month: '2027-08', seller: 'Иванов; "Старший"', planned: '12345678901234567.89', received: '1.10' },
      ],
      ['Месяц', 'Продавец', 'План', 'Факт'],
    );
    expect(csv).toBe('Месяц;Продавец;План;Факт\r\n2027-02;Demo Seller;5200.05;0.00\r\n2027-08;"Иванов; ""Старший""";12345678901234567.89;1.10\r\n');
  });
});
