// Time value of money: the spreadsheet functions, with numpy-financial's semantics.
//
// Sign convention: money you pay out is negative, money you receive is positive. A loan of
// 10,000 received today (pv = +10000) is repaid by negative payments: pmt(0.01, 12, 10000) is
// −888.49. Every function but npv/irr/xnpv/xirr solves the one annuity equation
//     fv + pv·(1 + rate)^nper + pmt·(1 + rate·when)·((1 + rate)^nper − 1) / rate = 0
// (when = 0 for payments at the end of each period, 1 for the beginning), which at a zero rate
// is its limit fv + pv + pmt·nper = 0. Rates are fractions per period; nper may be fractional.
// Values are plain doubles, not Money: these are the analyst's functions, not rounded to a currency.
//
// Excel's EFFECT and NOMINAL are effective_from_nominal and nominal_from_effective (rate.hpp).
//
// Domain errors throw loansim::Error with the numpy-financial argument name as the field:
// OutOfRange for a rate at or below −100 % or a negative nper, NoSolution when no value solves
// the equation. Results that leave a double's range come back as ±infinity (as in numpy).
#pragma once

#include <span>

#include "loansim/annuity.hpp"
#include "loansim/date.hpp"
#include "loansim/rate.hpp"

namespace loansim {

// The level payment: numpy_financial.pmt / Excel PMT. nper must be above 0.
[[nodiscard]] double pmt(PeriodicRate rate, double nper, double pv, double fv = 0.0,
                         PaymentTiming when = PaymentTiming::End);

// The interest part of payment number `per` (1-based, 1 ≤ per ≤ nper): numpy_financial.ipmt.
// The rate times the balance after per − 1 periods; with payments in advance the first payment
// carries no interest and later ones are discounted one period. The balance is taken as the
// present value of what remains to be paid, which equals numpy's but never cancels.
[[nodiscard]] double ipmt(PeriodicRate rate, double per, double nper, double pv, double fv = 0.0,
                          PaymentTiming when = PaymentTiming::End);

// The principal part of payment `per`: pmt − ipmt (numpy_financial.ppmt).
[[nodiscard]] double ppmt(PeriodicRate rate, double per, double nper, double pv, double fv = 0.0,
                          PaymentTiming when = PaymentTiming::End);

// The number of periods: numpy_financial.nper. May be fractional, and negative when the
// equation's only solution lies in the past (as numpy returns it). NoSolution (field "pmt")
// when no number of periods balances the flows (e.g. a payment that never covers the interest).
[[nodiscard]] double nper(PeriodicRate rate, double pmt, double pv, double fv = 0.0,
                          PaymentTiming when = PaymentTiming::End);

// The present value: numpy_financial.pv.
[[nodiscard]] double pv(PeriodicRate rate, double nper, double pmt, double fv = 0.0,
                        PaymentTiming when = PaymentTiming::End);

// The future value: numpy_financial.fv.
[[nodiscard]] double fv(PeriodicRate rate, double nper, double pmt, double pv,
                        PaymentTiming when = PaymentTiming::End);

// A rate solved for, with what Descartes' rule of signs says about other solutions: cash flows
// (in time order, zeros skipped) that change sign k times have at most k rates above −100 %
// that zero their present value. k = 1 means this rate is the only one.
struct SolvedRate {
  double rate = 0.0;     // per period (rate, irr) or effective annual (xirr)
  int sign_changes = 0;  // k: at most this many rates solve the flows
};

// The rate per period: numpy_financial.rate. Newton's iteration from `guess`, as numpy does
// (bracketing fallback when Newton fails), so of several rates the one nearest the guess.
// The flows counted for sign_changes are pv (+ pmt when in advance), the payments, and fv
// (+ pmt when in arrears), as for a whole nper. NoSolution (field "pmt") when they never change
// sign (whole nper) or no rate between −99.99997 % and 3.3·10^8 % solves the equation.
[[nodiscard]] SolvedRate rate(double nper, double pmt, double pv, double fv,
                              PaymentTiming when = PaymentTiming::End, double guess = 0.1);

// Net present value: numpy_financial.npv, Σ values[t] / (1 + rate)^t for t = 0, 1, …
// The FIRST value is not discounted (t = 0). Excel's NPV discounts it one period (t = 1, …):
// Excel NPV(r, v0, v1, …) = npv(r, {v0, v1, …}) / (1 + r).
[[nodiscard]] double npv(PeriodicRate rate, std::span<const double> values);

// The number of sign changes of `flows` in order, zeros skipped (the k of Descartes' rule).
[[nodiscard]] int sign_changes(std::span<const double> flows) noexcept;

// Internal rate of return per period: numpy_financial.irr, the rate zeroing npv(rate, values).
// When the flows change sign more than once several rates may do so; numpy-financial then
// returns the smallest non-negative one, or, when all are negative, the one nearest zero (from
// the real roots of the polynomial it filters rates ≥ 0 when the signs are mixed, then takes the
// smallest magnitude). This does the same by walking from 0 % upward, then from 0 % downward,
// over a grid fine near zero (0.4 % steps in log(1 + rate)); roots closer together than a grid
// step, and double roots, are not seen. NoSolution (field "values") when the flows never change
// sign or no rate between −99.99997 % and 3.3·10^8 % zeroes them.
[[nodiscard]] SolvedRate irr(std::span<const double> values);

// Excel XNPV: Σ values[i] / (1 + rate)^((dates[i] − dates[0]) / 365), `rate` effective annual.
// dates[0] is the start; no date may precede it (else InvalidValue on "dates[i]"); the others
// may come in any order. values and dates must have the same length (else InvalidValue "dates").
[[nodiscard]] double xnpv(double rate, std::span<const double> values, std::span<const Date> dates);

// Excel XIRR: the effective annual rate zeroing xnpv. Newton's iteration from `guess`, as Excel
// does (bracketing fallback), so of several rates the one nearest the guess; sign_changes counts
// the flows in date order, flows on the same date netted. NoSolution (field "values") when they
// never change sign or no rate solves them.
[[nodiscard]] SolvedRate xirr(std::span<const double> values, std::span<const Date> dates, double guess = 0.1);

}  // namespace loansim
