// A currency's scale has one home (ADR 0048), shared with the server: a dependency-free file of
// @crm/contracts, imported by path so the web bundle takes that file alone.
export { currencyScale } from '../../../packages/contracts/src/currency-scale';
