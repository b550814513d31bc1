#include "loansim/schedule.hpp"

#include <algorithm>
#include <span>
#include <string>

#include "loansim/annuity.hpp"
#include "loansim/error.hpp"

namespace loansim {
namespace {

[[noreturn]] void overflow() {
  fail(ErrorCode::Overflow, "principal", "the schedule's amounts exceed the representable range");
}

std::int64_t add(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) overflow();
  return sum;
}

std::int64_t multiply(std::int64_t a, std::int64_t b) {
  std::int64_t product = 0;
  if (__builtin_mul_overflow(a, b, &product)) overflow();
  return product;
}

// `rate` of an amount of minor units, rounded half-up to the minor unit: interest and charges.
// Always inlined: at -Os (the WebAssembly core module) it stayed a call on every row.
[[gnu::always_inline]] inline std::int64_t part_of(std::int64_t amount, double rate) {
  return round_product(amount, rate, Rounding::HalfUp);
}

std::string indexed(const char* list, std::size_t index, const char* field) {
  return std::string(list) + "[" + std::to_string(index) + "]." + field;
}

double periods_per_year(TermUnit unit, int term) {
  switch (unit) {
    case TermUnit::Month: return 12.0;
    case TermUnit::Week: return 52.0;
    case TermUnit::Fortnight: return 26.0;
    case TermUnit::Day: return 365.0 / term;
  }
  return 12.0;
}

void check_charge(const Charge& charge, Currency currency, const char* list, std::size_t index, const char* fraction_field) {
  if (charge.fixed.currency() != currency) {
    fail(ErrorCode::InvalidValue, indexed(list, index, "amount"), "must be in the principal's currency");
  }
  if (charge.fixed.is_negative()) fail(ErrorCode::OutOfRange, indexed(list, index, "amount"), "must not be negative");
  if (!(charge.fraction >= 0.0 && charge.fraction <= 1.0)) {
    fail(ErrorCode::OutOfRange, indexed(list, index, fraction_field), "must be between 0 and 100 %");
  }
}

// Everything about a request that can be checked before its dates are known.
void validate(const ScheduleRequest& request, int rows) {
  const Currency currency = request.principal.currency();
  if (request.principal.minor() <= 0) fail(ErrorCode::OutOfRange, "principal", "must be greater than 0");
  if (!(request.annual_rate >= 0.0 && request.annual_rate <= 10.0)) {
    fail(ErrorCode::OutOfRange, "annual_rate_pct", "must be between 0 and 1000");
  }
  if (request.method == Method::AnnuityDue && request.unit == TermUnit::Day) {
    fail(ErrorCode::InvalidValue, "method",
         "annuity_due pays in advance, but a day tenor has its single payment at maturity");
  }
  if (request.grace.periods != 0) {
    if (request.method == Method::AnnuityDue || request.method == Method::Bullet) {
      fail(ErrorCode::InvalidValue, "grace.periods",
           "an annuity-due starts repaying on the start date and a bullet loan has a single payment: no grace");
    }
    if (request.grace.periods < 0 || request.grace.periods >= rows) {
      fail(ErrorCode::OutOfRange, "grace.periods",
           "must be between 0 and " + std::to_string(rows - 1) + ", leaving at least one installment to repay");
    }
  }
  for (std::size_t i = 0; i < request.upfront_fees.size(); ++i) {
    check_charge(request.upfront_fees[i].charge, currency, "upfront_fees", i, "pct");
  }
  for (std::size_t i = 0; i < request.installment_fees.size(); ++i) {
    check_charge(request.installment_fees[i], currency, "installment_fees", i, "pct_of_balance");
  }
  if (request.rounding.increment < 1) fail(ErrorCode::OutOfRange, "rounding.increment", "must be positive");
  if (request.residue == Residue::FirstInstallment && request.method != Method::EqualPrincipal &&
      request.method != Method::Flat) {
    fail(ErrorCode::InvalidValue, "rounding.residue",
         "'first' needs principal planned ahead (equal_principal, flat); this method's last installment "
         "absorbs the rounding");
  }
  int previous = 0;
  for (std::size_t i = 0; i < request.prepayments.size(); ++i) {
    const Prepayment& prepayment = request.prepayments[i];
    if (prepayment.installment <= previous || prepayment.installment > rows) {
      fail(ErrorCode::OutOfRange, indexed("prepayments", i, "installment"),
           "must be between 1 and " + std::to_string(rows) + " and after the previous prepayment's");
    }
    previous = prepayment.installment;
    if (prepayment.amount && (prepayment.amount->currency() != currency || prepayment.amount->minor() <= 0)) {
      fail(ErrorCode::OutOfRange, indexed("prepayments", i, "amount"),
           "must be a positive amount in the principal's currency");
    }
  }
}

// The installment's level part for a plan starting at some row: the annuity installment, the
// flat installment or the equal principal part, with the principal the residue row repays.
struct Plan {
  int first_row = 1;
  std::int64_t level = 0;
  std::int64_t flat_base = 0;        // flat: the principal its interest is charged on
  std::int64_t first_principal = 0;  // residue on the first installment: that row's principal
};

class Builder {
 public:
  Builder(const ScheduleRequest& request, Schedule& out) : request_(request), out_(out) {}

  void run() {
    const Currency currency = request_.principal.currency();
    const std::int64_t principal = request_.principal.minor();
    DueDates due = due_dates({.start = request_.start_date,
                              .first_due = request_.first_due_date,
                              .term = request_.term,
                              .unit = request_.unit,
                              .convention = request_.business_day},
                             request_.calendar);
    periods_ = static_cast<int>(due.dates.size());
    rows_ = request_.method == Method::Bullet ? 1 : periods_;
    validate(request_, rows_);
    dates_ = std::move(due.dates);

    std::int64_t deducted = 0, financed_fees = 0;
    for (const UpfrontFee& fee : request_.upfront_fees) {
      std::int64_t& total = fee.financed ? financed_fees : deducted;
      total = add(total, add(fee.charge.fixed.minor(), part_of(principal, fee.charge.fraction)));
    }
    if (deducted >= principal) {
      fail(ErrorCode::OutOfRange, "upfront_fees",
           "the deducted fees (" + to_string(Money(deducted, currency)) + ") leave nothing to disburse");
    }

    const double ppy = periods_per_year(request_.unit, request_.term);
    periodic_ = request_.annual_rate / ppy;
    // The regular period that ends on the (unadjusted) first due date.
    const Date regular_end = advance(due.first_period_start, 1, request_.unit);
    first_fraction_ = due.first_period_start == request_.start_date
                          ? 1.0
                          : static_cast<double>(days_between(request_.start_date, regular_end)) /
                                days_between(due.first_period_start, regular_end);
    // The row whose interest covers the first period: an annuity-due's second.
    first_period_row_ = request_.method == Method::AnnuityDue ? 2 : 1;

    out_.currency = currency;
    out_.method = request_.method;
    out_.start_date = request_.start_date;
    out_.disbursed = Money(principal - deducted, currency);
    out_.financed = Money(add(principal, financed_fees), currency);
    out_.upfront_fees = Money(add(deducted, financed_fees), currency);
    fill_rows();
  }

 private:
  // The interest rate of regular period p (1-based), from start or the previous due date to its due date.
  double period_rate(int p) const {
    if (request_.day_count) {
      const Date from = p == 1 ? request_.start_date : dates_[static_cast<std::size_t>(p - 2)];
      return request_.annual_rate * year_fraction(*request_.day_count, from, dates_[static_cast<std::size_t>(p - 1)]);
    }
    return p == 1 ? periodic_ * first_fraction_ : periodic_;
  }

  // The interest rate of installment k: the period it closes; none for an annuity-due's first
  // (paid on the start date); every period of the term for a bullet (simple interest).
  double row_rate(int k) const {
    switch (request_.method) {
      case Method::AnnuityDue: return k == 1 ? 0.0 : period_rate(k - 1);
      case Method::Bullet: {
        double sum = 0.0;
        for (int p = 1; p <= periods_; ++p) sum += period_rate(p);
        return sum;
      }
      case Method::Annuity:
      case Method::EqualPrincipal:
      case Method::Flat:
      case Method::InterestOnly: return period_rate(k);
    }
    return period_rate(k);
  }

  Date row_date(int k) const {
    switch (request_.method) {
      case Method::AnnuityDue: return k == 1 ? request_.start_date : dates_[static_cast<std::size_t>(k - 2)];
      case Method::Bullet: return dates_.back();
      case Method::Annuity:
      case Method::EqualPrincipal:
      case Method::Flat:
      case Method::InterestOnly: return dates_[static_cast<std::size_t>(k - 1)];
    }
    return dates_[static_cast<std::size_t>(k - 1)];
  }

  // A level amount in minor units rounded once, to the policy's increment.
  std::int64_t round_level(double exact_minor) const {
    const RoundingPolicy& policy = request_.rounding;
    return multiply(round_to_integer(exact_minor / static_cast<double>(policy.increment), policy.mode), policy.increment);
  }

  // numerator / count exactly, rounded to the policy's increment.
  std::int64_t round_level(std::int64_t numerator, int count) const {
    const RoundingPolicy& policy = request_.rounding;
    return multiply(round_div(numerator, multiply(count, policy.increment), policy.mode), policy.increment);
  }

  // The annuity installment that retires `balance` over rows k..rows_. Regular rates use the
  // closed form of level_payment_factor; irregular ones (a broken first period, a day count) the
  // general one: balance / Σ_j Π_{i≤j} 1 / (1 + r_i).
  std::int64_t annuity_level(int k, std::int64_t balance) const {
    const int count = rows_ - k + 1;
    if (request_.annual_rate == 0.0) return round_level(balance, count);
    const bool regular_tail = !request_.day_count && (first_fraction_ == 1.0 || first_period_row_ <= k);
    const double head = row_rate(k);
    if (regular_tail && (head == periodic_ || head == 0.0)) {
      const auto timing = head == 0.0 ? PaymentTiming::Begin : PaymentTiming::End;
      return round_level(static_cast<double>(balance) * level_payment_factor({periodic_}, count, timing));
    }
    double discount = 1.0, sum = 0.0;
    for (int j = k; j <= rows_; ++j) {
      discount /= 1.0 + row_rate(j);
      sum += discount;
    }
    return round_level(static_cast<double>(balance) / sum);
  }

  Plan make_plan(int k, std::int64_t balance) const {
    Plan plan{.first_row = k, .level = 0, .flat_base = balance, .first_principal = 0};
    const int count = rows_ - k + 1;
    const bool residue_first = request_.residue == Residue::FirstInstallment;
    switch (request_.method) {
      case Method::Annuity:
      case Method::AnnuityDue: plan.level = annuity_level(k, balance); break;
      case Method::EqualPrincipal:
        plan.level = round_level(balance, count);
        if (residue_first) plan.first_principal = balance - multiply(plan.level, count - 1);
        break;
      case Method::Flat: {
        std::int64_t interest = 0;
        for (int j = k; j <= rows_; ++j) interest = add(interest, part_of(balance, row_rate(j)));
        plan.level = round_level(add(balance, interest), count);
        if (residue_first) {
          plan.first_principal = balance;
          for (int j = k + 1; j <= rows_; ++j) {
            plan.first_principal -= std::max<std::int64_t>(0, plan.level - part_of(balance, row_rate(j)));
          }
        }
        break;
      }
      case Method::InterestOnly:
      case Method::Bullet: break;
    }
    if (residue_first && plan.first_principal < 0) {
      fail(ErrorCode::OutOfRange, "rounding.increment",
           "rounding the level amount to this increment leaves more than the balance for the first installment");
    }
    return plan;
  }

  void fill_rows() {
    const auto size = static_cast<std::size_t>(rows_);
    for (auto* column : {&out_.payment, &out_.principal, &out_.interest, &out_.fees, &out_.capitalised, &out_.prepaid,
                         &out_.balance}) {
      column->resize(size);
    }
    out_.due_date.resize(size);
    // Local column pointers: the compiler keeps them in registers across the loop.
    Date* const due_date_column = out_.due_date.data();
    std::int64_t* const payment_column = out_.payment.data();
    std::int64_t* const principal_column = out_.principal.data();
    std::int64_t* const interest_column = out_.interest.data();
    std::int64_t* const fees_column = out_.fees.data();
    std::int64_t* const capitalised_column = out_.capitalised.data();
    std::int64_t* const prepaid_column = out_.prepaid.data();
    std::int64_t* const balance_column = out_.balance.data();

    const Currency currency = out_.currency;
    // The request's fields the loop reads, as locals: loaded once, not on every row.
    const Method method = request_.method;
    const std::span<const Charge> charges(request_.installment_fees);
    const std::span<const Prepayment> prepayments(request_.prepayments);
    const int rows = rows_;
    const double periodic = periodic_;
    const int grace = request_.grace.periods;
    const bool capitalise = request_.grace.interest == GraceInterest::Capitalised;
    const bool residue_first = request_.residue == Residue::FirstInstallment;
    std::int64_t balance = out_.financed.minor();
    std::int64_t total_payment = 0, total_principal = 0, total_interest = 0, total_fees = 0, total_capitalised = 0,
                 total_prepaid = 0;
    Plan plan;
    bool plan_needed = true;
    std::size_t next_prepayment = 0;
    int k = 1;
    // Past the first row, most loans charge the same periodic rate every row: no per-row lookup.
    const bool constant_rate = !request_.day_count && method != Method::AnnuityDue && method != Method::Bullet;
    for (; k <= rows && balance > 0; ++k) {
      const double rate = constant_rate && k > 1 ? periodic : row_rate(k);
      std::int64_t fees = 0;
      for (const Charge& charge : charges) fees = add(fees, add(charge.fixed.minor(), part_of(balance, charge.fraction)));

      std::int64_t interest = 0, principal = 0, capitalised = 0, prepaid = 0;
      if (k <= grace) {
        (capitalise ? capitalised : interest) = part_of(balance, rate);
      } else {
        if (plan_needed) {
          plan = make_plan(k, balance);
          plan_needed = false;
        }
        interest = part_of(method == Method::Flat ? plan.flat_base : balance, rate);
        const bool residue_row = residue_first && k == plan.first_row;
        switch (method) {
          case Method::Annuity:
          case Method::AnnuityDue: principal = std::clamp<std::int64_t>(plan.level - interest, 0, balance); break;
          case Method::EqualPrincipal: principal = residue_row ? plan.first_principal : std::min(plan.level, balance); break;
          case Method::Flat:
            principal = residue_row ? plan.first_principal : std::clamp<std::int64_t>(plan.level - interest, 0, balance);
            break;
          case Method::InterestOnly:
          case Method::Bullet: break;
        }
        if (k == rows) principal = balance;  // the last installment repays what is left
      }

      if (next_prepayment < prepayments.size() && prepayments[next_prepayment].installment == k) {
        const Prepayment& prepayment = prepayments[next_prepayment];
        const std::int64_t left = add(balance, capitalised) - principal;
        prepaid = prepayment.amount ? prepayment.amount->minor() : left;
        if (left == 0 || prepaid > left) {
          fail(ErrorCode::OutOfRange, indexed("prepayments", next_prepayment, "amount"),
               "installment " + std::to_string(k) + " leaves " + to_string(Money(left, currency)) +
                   " to prepay");
        }
        principal += prepaid;
        if (prepayment.effect == PrepaymentEffect::LowerInstallment) plan_needed = true;
        ++next_prepayment;
      }

      balance = add(balance, capitalised) - principal;
      const std::int64_t payment = add(add(principal, interest), fees);
      const auto row = static_cast<std::size_t>(k - 1);
      payment_column[row] = payment;
      principal_column[row] = principal;
      interest_column[row] = interest;
      fees_column[row] = fees;
      capitalised_column[row] = capitalised;
      prepaid_column[row] = prepaid;
      balance_column[row] = balance;
      total_payment = add(total_payment, payment);
      total_principal += principal;  // bounded by the financed amount plus the capitalised interest
      total_interest = add(total_interest, interest);
      total_fees = add(total_fees, fees);
      total_capitalised = add(total_capitalised, capitalised);
      total_prepaid += prepaid;
    }
    if (next_prepayment < request_.prepayments.size()) {
      fail(ErrorCode::OutOfRange, indexed("prepayments", next_prepayment, "installment"),
           "the loan is repaid by installment " + std::to_string(k - 1) + ", before this prepayment");
    }
    const auto made = static_cast<std::size_t>(k - 1);
    // Dates after the loop: a Date store writes bytes, which may alias anything, and would make
    // the compiler reload every field of the request on each row.
    for (std::size_t row = 0; row < made; ++row) due_date_column[row] = row_date(static_cast<int>(row) + 1);
    for (auto* column : {&out_.payment, &out_.principal, &out_.interest, &out_.fees, &out_.capitalised, &out_.prepaid,
                         &out_.balance}) {
      column->resize(made);
    }
    out_.due_date.resize(made);
    out_.totals = {.payment = Money(total_payment, currency),
                   .principal = Money(total_principal, currency),
                   .interest = Money(total_interest, currency),
                   .fees = Money(total_fees, currency),
                   .capitalised_interest = Money(total_capitalised, currency),
                   .prepaid = Money(total_prepaid, currency)};
  }

  const ScheduleRequest& request_;
  Schedule& out_;
  std::vector<Date> dates_;
  int periods_ = 0;
  int rows_ = 0;
  double periodic_ = 0.0;
  double first_fraction_ = 1.0;
  int first_period_row_ = 1;
};

}  // namespace

void build_schedule(const ScheduleRequest& request, Schedule& out) {
  try {
    Builder(request, out).run();
  } catch (const Error& e) {
    // Rounding helpers report overflow without a field; the amounts all derive from the principal.
    if (e.code() == ErrorCode::Overflow && e.field().empty()) overflow();
    throw;
  }
}

Schedule build_schedule(const ScheduleRequest& request) {
  Schedule schedule;
  build_schedule(request, schedule);
  return schedule;
}

}  // namespace loansim
