// The regulated cost of credit, each standard a reading of the one cash-flow model (cash_flow.hpp):
// which time line the flows sit on, and how the periodic rate that balances them becomes the
// disclosed annual figure. Rates are fractions (0.0969 = 9.69 %) at full precision; each result
// also carries the figure the standard discloses, in percent, rounded as the standard says.
// Fees and insurance the customer pays are payments (a fee withheld from the disbursement is a
// payment on the disbursement date); the IOF a Brazilian customer pays is one too (iof.hpp).
#pragma once

#include <span>

#include "loansim/cash_flow.hpp"

namespace loansim {

// `rate` (a fraction) in percent, rounded half away from zero to `decimals` places: the disclosed figure.
[[nodiscard]] double disclosed_pct(double rate, int decimals) noexcept;

// ---- US Regulation Z, 12 CFR 1026 Appendix J, actuarial method ------------------------------
// The unit-period rate i solves the general equation of (b)(8):
//   Σ A_k / ((1 + f_k·i)(1 + i)^t_k) = Σ P_j / ((1 + f_j·i)(1 + i)^t_j),
// t the full unit periods and f the fraction of one from the start of the term to each advance or
// payment; the APR is i × unit periods a year ((b)(1)). Disclosed to 1/100 of a percentage point;
// §1026.22(a)(2)–(3) hold the disclosure accurate within 1/8 point for a regular transaction and
// 1/4 point for an irregular one (several advances, or payment periods or amounts that are
// irregular other than in the first period, the first payment or the last payment).
struct RegZApr {
  double apr = 0.0;               // unit-period rate × unit periods a year
  double unit_period_rate = 0.0;
  double disclosed_pct = 0.0;     // to 1/100 %
  bool regular = true;
  double tolerance_pct = 0.125;   // 0.125 regular, 0.25 irregular
};
// Flows already placed in unit periods (Appendix J's own examples give t and f).
[[nodiscard]] RegZApr reg_z_apr(std::span<const CashFlow> flows, double unit_periods_per_year);
// Dated flows, placed per Appendix J (b)(5): t counted back from each date, odd days over 30 a month.
[[nodiscard]] RegZApr reg_z_apr(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments,
                                UnitPeriod unit);

// ---- Brazil: Custo Efetivo Total, Resolução CMN 3.517/2007 -----------------------------------
// The annual CET solves Σ FC_j / (1 + CET)^((d_j − d_0)/365) = FC_0 on calendar days from the
// release of the credit: an effective annual rate. The monthly CET is the same rate over a twelfth
// of a year, (1 + CET)^(1/12) − 1. Both disclosed to 1/100 %.
struct Cet {
  double annual = 0.0;
  double monthly = 0.0;
  double disclosed_annual_pct = 0.0;
  double disclosed_monthly_pct = 0.0;
};
[[nodiscard]] Cet br_cet(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments);
// Flows at fixed periods, each unit period 1 / unit_periods_per_year of a year (the Banco Central's
// own worked example counts its monthly installments so): CET = (1 + periodic rate)^n − 1.
[[nodiscard]] Cet br_cet(std::span<const CashFlow> flows, double unit_periods_per_year);

// ---- EU: APRC, Directive 2008/48/EC Annex I (kept by Directive (EU) 2023/2225) ---------------
// Σ C_k (1 + X)^−t_k = Σ D_l (1 + X)^−s_l with times in years from the first drawdown. Annex I (c)
// lets a year be 365 days or 12 equal months: Days counts actual days / 365 (leap days included in
// the count, the year kept at 365); Months counts whole months back from each date plus odd days
// over an equal month of 365/12 days, in twelfths of a year. Disclosed to one decimal, a following
// digit of 5 or more rounding up (Annex I (d)).
enum class AprcTime : unsigned char { Days, Months };
struct Aprc {
  double aprc = 0.0;
  double disclosed_pct = 0.0;  // to 1/10 %
};
[[nodiscard]] Aprc eu_aprc(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments,
                           AprcTime time = AprcTime::Days);
// Flows at fixed periods, each 1 / unit_periods_per_year of a year: APRC = (1 + periodic rate)^n − 1.
[[nodiscard]] Aprc eu_aprc(std::span<const CashFlow> flows, double unit_periods_per_year);

// ---- Periodic IRR × periods a year: plain IRR, India RBI KFS, Indonesia OJK --------------------
// The APR is the periodic IRR of the flows times the unit periods a year, and the effective annual
// rate that IRR compounded over a year. India's Key Facts Statement APR (RBI circular
// DOR.STR.REC.13/13.03.00/2024-25, Annex B: "computed on net disbursed amount using IRR approach
// and reducing balance method") is this with monthly unit periods and every charge the borrower
// pays included; disclosed to 1/100 %.
struct IrrApr {
  double apr = 0.0;
  double periodic_rate = 0.0;
  double effective_annual = 0.0;
  double disclosed_pct = 0.0;  // to 1/100 %
};
[[nodiscard]] IrrApr irr_apr(std::span<const CashFlow> flows, double unit_periods_per_year);
// Dated flows on a grid of unit periods (odd days compounded, 30-day odd months).
[[nodiscard]] IrrApr irr_apr(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments,
                             UnitPeriod unit);

// The rate Indonesian lenders disclose next to a flat rate (bunga flat: interest on the original
// principal, installment = principal · (1 + flat · periods / periods_per_year) / periods): the
// nominal annual declining-balance (efektif / anuitas) rate with the same level installment.
// Fractions in, fraction out; periods ≥ 1; a flat rate ≥ 0.
[[nodiscard]] double flat_to_effective(double flat_annual, int periods, double periods_per_year);
// Its inverse: the flat rate whose installment equals the declining-balance level installment.
[[nodiscard]] double effective_to_flat(double effective_annual, int periods, double periods_per_year);

}  // namespace loansim
