export interface Roi {
  valueDeliveredCents: number;
  investmentCents: number;
  netCents: number;
  /**
   * Value delivered ÷ investment. The job description asks that "POWER goal attainment exceed
   * the investment" and calls that 100% ROI, so 1.0 here is the line: at or above it the client
   * got back at least what they paid. Null with no investment.
   */
  ratio: number | null;
  exceedsInvestment: boolean;
}

export function roi(valueDeliveredCents: number, investmentCents: number): Roi {
  return {
    valueDeliveredCents,
    investmentCents,
    netCents: valueDeliveredCents - investmentCents,
    ratio: investmentCents > 0 ? valueDeliveredCents / investmentCents : null,
    exceedsInvestment: valueDeliveredCents > investmentCents,
  };
}
