// The amortisation schedule of a loan: every installment's due date, payment, principal, interest,
// fees and remaining balance, in exact minor units, for the repayment methods lenders use.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "loansim/day_count.hpp"
#include "loansim/due_dates.hpp"
#include "loansim/money.hpp"
#include "loansim/rounding.hpp"

namespace loansim {

enum class Method : std::uint8_t {
  Annuity,         // level installments in arrears (Price, anuitas, EMI)
  AnnuityDue,      // level installments in advance: the first is due on the start date
  EqualPrincipal,  // the same principal every installment, interest on the balance (SAC, efektif, sliding)
  Flat,            // bunga flat: interest on the original principal every period; level installment (P + Σ interest) / n
  InterestOnly,    // interest every period, the whole principal with the last installment (balloon)
  Bullet,          // one payment at maturity: the principal plus the simple interest of every period
};

enum class GraceInterest : std::uint8_t {
  Paid,         // grace installments pay the period's interest (and fees), no principal
  Capitalised,  // grace installments pay only fees; the interest is added to the balance
};

// The first `periods` installments repay no principal; amortisation starts after them.
struct Grace {
  int periods = 0;
  GraceInterest interest = GraceInterest::Paid;
};

// A charge of `fixed` plus `fraction` of a base: the principal for upfront fees, the balance
// outstanding before the installment for per-installment fees and insurance. Rounded half-up to
// the minor unit.
struct Charge {
  Money fixed;
  double fraction = 0.0;
};

struct UpfrontFee {
  Charge charge;
  bool financed = false;  // false: deducted from the amount disbursed; true: added to the amount financed
};

enum class Residue : std::uint8_t {
  LastInstallment,   // the last installment absorbs what rounding the level amount leaves over
  FirstInstallment,  // the first installment does (equal principal and flat only: their principal is planned ahead)
};

enum class PrepaymentEffect : std::uint8_t {
  ShorterTerm,       // the installment stays; the loan ends earlier
  LowerInstallment,  // the term stays; the installment is recomputed on the lower balance
};

// Extra principal paid together with installment `installment` (1-based). Without an amount it
// repays the whole balance left after that installment.
struct Prepayment {
  int installment = 1;
  std::optional<Money> amount = {};
  PrepaymentEffect effect = PrepaymentEffect::ShorterTerm;
};

struct ScheduleRequest {
  Money principal;                   // the amount lent, > 0
  double annual_rate = 0.0;          // nominal annual rate as a fraction, 0 to 10 (1000 %)
  Method method = Method::Annuity;
  int term = 12;                     // installments (a day tenor: days); see max_term
  TermUnit unit = TermUnit::Month;
  Date start_date;                   // disbursement
  std::optional<Date> first_due_date = {};
  // Without a day count a period's interest is the periodic rate (annual / 12, / 52, / 26; a day
  // tenor's is annual × days / 365) on the balance, and a broken first period's rate is the
  // periodic rate × (days from the start to the first due date) / (days of the regular period that
  // ends on it). With a day count every period's rate is annual × year_fraction(its dates).
  std::optional<DayCount> day_count = {};
  BusinessDayConvention business_day = BusinessDayConvention::Unadjusted;
  HolidayCalendar calendar = {};
  Grace grace = {};
  std::vector<UpfrontFee> upfront_fees = {};
  std::vector<Charge> installment_fees = {};  // fees and insurance charged with every installment
  // Rounds the level amount: the installment of annuity and flat loans, the principal part of equal
  // principal loans. Interest is always rounded half-up to the minor unit.
  RoundingPolicy rounding = {};
  Residue residue = Residue::LastInstallment;
  std::vector<Prepayment> prepayments = {};
};

struct ScheduleTotals {
  Money payment;
  Money principal;             // = amount financed + capitalised interest
  Money interest;              // interest paid
  Money fees;                  // per-installment fees and insurance
  Money capitalised_interest;  // interest added to the balance during a capitalised grace
  Money prepaid;               // prepayments (included in principal and payment)
};

// Columns, one entry per installment in order, so that the WebAssembly layer can hand each to
// JavaScript as one typed array. Amounts are minor units of `currency`. In every row
//   payment = principal + interest + fees   and   balance = previous balance + capitalised − principal.
struct Schedule {
  Currency currency = Currency::USD;
  Method method = Method::Annuity;
  Date start_date;
  Money disbursed;       // paid out at start_date: the principal less deducted upfront fees
  Money financed;        // what the installments repay: the principal plus financed upfront fees
  Money upfront_fees;    // deducted and financed together

  std::vector<Date> due_date;
  std::vector<std::int64_t> payment;
  std::vector<std::int64_t> principal;   // includes any prepayment
  std::vector<std::int64_t> interest;    // interest paid
  std::vector<std::int64_t> fees;
  std::vector<std::int64_t> capitalised; // interest added to the balance instead of paid
  std::vector<std::int64_t> prepaid;     // the prepayment part of principal
  std::vector<std::int64_t> balance;     // after the installment

  ScheduleTotals totals;

  [[nodiscard]] std::size_t size() const noexcept { return due_date.size(); }
};

// The schedule of a loan. Invariants: the principal rows sum to the amount financed plus the
// capitalised interest; the last balance is zero; no amount is negative; every installment of a
// plan pays the level amount except the one the residue policy names. An installment never pays
// less than its interest: where the level amount falls short (extreme rates, months of unequal
// length under a day count), that row pays its interest and no principal. When a rounded-up level
// amount or a prepayment repays the balance early, the schedule ends there (fewer rows than the term).
// Throws Error with the request field's JSON path for any invalid request, and Error{Overflow}
// when the amounts leave the int64 range.
[[nodiscard]] Schedule build_schedule(const ScheduleRequest& request);

// The same, reusing `out`'s column storage: once its capacity suffices, the only allocation is the
// due-date list.
void build_schedule(const ScheduleRequest& request, Schedule& out);

}  // namespace loansim
