#include "loansim/iof.hpp"

#include <algorithm>
#include <string>

#include "loansim/error.hpp"

namespace loansim {
namespace {

constexpr int kMaxCappedDays = 365;
constexpr int kMaxGrossUpSteps = 64;
constexpr int kNeighbourSearch = 3;  // minor units either side of the fixed point

std::int64_t power_of_ten(int exponent) {
  std::int64_t value = 1;
  for (int k = 0; k < exponent; ++k) value *= 10;
  return value;
}

// 0 ≤ rate ≤ 1 with at most 18 decimals, so 10^scale fits int64.
bool valid_rate(Decimal rate) {
  return rate.scale >= 0 && rate.scale <= 18 && rate.digits >= 0 && rate.digits <= power_of_ten(rate.scale);
}

void require_rate(Decimal rate, const char* field) {
  if (!valid_rate(rate)) fail(ErrorCode::OutOfRange, field, "must be a rate between 0 and 100 % with at most 18 decimals");
}

// The tax on `amount` whose amortisations add up to `principal_days`, Σ principal × capped days.
Iof tax_of(Money amount, Int128 principal_days, const IofRates& rates, Rounding mode) {
  Iof result;
  result.daily = {round_div(principal_days * rates.daily.digits, power_of_ten(rates.daily.scale), mode), amount.currency()};
  result.additional = {round_div(static_cast<Int128>(amount.minor()) * rates.additional.digits,
                                 power_of_ten(rates.additional.scale), mode),
                       amount.currency()};
  result.total = result.daily + result.additional;
  return result;
}

// iof(amount, disbursement, scale_amortizations(reference, amount), rates, mode) for every step of
// a gross-up, without building the list: the days are counted once, and an amount costs a rounded
// division and a product a row (offers gross up thousands of rows). A reference those functions
// reject (a negative amortisation, a due date before the disbursement, another currency, a rate
// out of range, a sum of zero), an amount whose products could leave int64 and a residue the
// last amortisation cannot take go through them, so their errors stay theirs.
class RescaledIof {
 public:
  RescaledIof(std::span<const Amortization> reference, Date disbursement, const IofRates& rates, Rounding mode,
              Currency currency)
      : reference_(reference), disbursement_(disbursement), rates_(rates), mode_(mode), capped_days_(reference.size()) {
    bool direct = valid_rate(rates.daily) && valid_rate(rates.additional);
    for (std::size_t j = 0; j < reference.size(); ++j) {
      const Amortization& row = reference[j];
      const int days = days_between(disbursement, row.due_date);
      direct = direct && days >= 0 && !row.principal.is_negative() && row.principal.currency() == currency &&
               !__builtin_add_overflow(total_, row.principal.minor(), &total_);
      capped_days_[j] = std::min(days, kMaxCappedDays);
    }
    // Every part is in [0, amount] (the rows are non-negative, none above their total) and they add
    // up to at most amount + rows / 2: below 2^53, no part or sum of parts times 365 days leaves
    // int64. Below INT64_MAX / total, no row's product with the amount does.
    if (direct && total_ > 0) largest_direct_ = std::min((std::int64_t{1} << 53) - 1, INT64_MAX / total_);
  }

  Iof operator()(Money amount) const {
    const std::int64_t target = amount.minor();
    if (target >= 0 && target <= largest_direct_) {
      const std::size_t last = reference_.size() - 1;
      std::int64_t assigned = 0, principal_days = 0;
      for (std::size_t j = 0; j < last; ++j) {
        // scale_amortizations's round_div(row × target, total, HalfUp) in int64: the quotient, one
        // more when the remainder is half the total or more.
        const std::int64_t product = reference_[j].principal.minor() * target;
        const std::int64_t quotient = product / total_;
        const std::int64_t remainder = product - quotient * total_;
        const std::int64_t part = quotient + (remainder >= total_ - remainder ? 1 : 0);
        assigned += part;
        principal_days += part * capped_days_[j];
      }
      if (assigned <= target) return tax_of(amount, principal_days + (target - assigned) * capped_days_[last], rates_, mode_);
    }
    return iof(amount, disbursement_, scale_amortizations(reference_, amount), rates_, mode_);
  }

 private:
  std::span<const Amortization> reference_;
  Date disbursement_;
  IofRates rates_;
  Rounding mode_;
  std::vector<int> capped_days_;
  std::int64_t total_ = 0;
  std::int64_t largest_direct_ = -1;  // the largest amount computed here; -1: none
};

}  // namespace

IofRates iof_rates(IofBorrower borrower) noexcept {
  return {borrower == IofBorrower::Individual ? Decimal{82, 6} : Decimal{41, 6}, Decimal{38, 4}};
}

Iof iof(Money amount, Date disbursement, std::span<const Amortization> amortizations, const IofRates& rates,
        Rounding mode) {
  require_rate(rates.daily, "daily_rate_pct");
  require_rate(rates.additional, "additional_rate_pct");
  if (amount.is_negative()) fail(ErrorCode::OutOfRange, "amount", "must not be negative");
  Int128 principal_days = 0;
  Money amortized(0, amount.currency());
  for (std::size_t j = 0; j < amortizations.size(); ++j) {
    const auto& amortization = amortizations[j];
    // The path is text only for an error: offers gross up their IOF over thousands of rows.
    const auto field = [j](const char* name) { return "amortizations[" + std::to_string(j) + "]." + name; };
    if (amortization.principal.is_negative()) fail(ErrorCode::OutOfRange, field("amount"), "must not be negative");
    const int days = days_between(disbursement, amortization.due_date);
    if (days < 0) fail(ErrorCode::InvalidValue, field("due_date"), "is before the disbursement date");
    amortized += amortization.principal;  // also rejects a currency other than the amount's
    principal_days += static_cast<Int128>(amortization.principal.minor()) * std::min(days, kMaxCappedDays);
  }
  if (amortized != amount) {
    fail(ErrorCode::InvalidValue, "amortizations",
         "add up to " + to_string(amortized) + ", not the amount " + to_string(amount));
  }
  return tax_of(amount, principal_days, rates, mode);
}

IofGrossUp iof_financed(Money released, Date disbursement, std::span<const Amortization> reference,
                        const IofRates& rates, Rounding mode) {
  const RescaledIof tax_on(reference, disbursement, rates, mode, released.currency());
  // The IOF is nearly proportional to the amount (amortisations scale with it), IOF(F) ≈ k·F, so
  // F ≈ released / (1 − k) with k read at the released amount: the fixed-point steps below start
  // a few minor units from the answer instead of a few % away (one or two steps, not five).
  Money financed = released;
  int steps = 1;
  if (const Money first = tax_on(released).total; first.minor() > 0 && first < released) {
    financed = Money(round_div(static_cast<Int128>(released.minor()) * released.minor(), (released - first).minor(), Rounding::HalfUp),
                     released.currency());
  }
  while (steps < kMaxGrossUpSteps) {
    ++steps;
    const Money next = released + tax_on(financed).total;
    if (next == financed) break;
    financed = next;
  }
  // Rounding can leave a two-value cycle or several fixed points: take the smallest amount nearby
  // whose released part reaches `released`.
  for (std::int64_t offset = -kNeighbourSearch; offset <= kNeighbourSearch; ++offset) {
    const Money candidate(financed.minor() + offset, financed.currency());
    if (candidate < released) continue;
    const Iof tax = tax_on(candidate);
    if (candidate - tax.total >= released) return {candidate, candidate - tax.total, tax, steps};
  }
  fail(ErrorCode::NoSolution, "amortizations",
       "the financed amount does not settle: its IOF moves by more than the amount does");
}

std::vector<Amortization> scale_amortizations(std::span<const Amortization> reference, Money target) {
  Money total(0, target.currency());
  for (const auto& amortization : reference) total += amortization.principal;
  if (total.minor() <= 0) fail(ErrorCode::InvalidValue, "amortizations", "must add up to more than zero");
  std::vector<Amortization> scaled(reference.begin(), reference.end());
  Money assigned(0, target.currency());
  for (std::size_t j = 0; j + 1 < scaled.size(); ++j) {
    scaled[j].principal = {round_div(static_cast<Int128>(reference[j].principal.minor()) * target.minor(),
                                     total.minor(), Rounding::HalfUp),
                           target.currency()};
    assigned += scaled[j].principal;
  }
  scaled.back().principal = target - assigned;
  if (scaled.back().principal.is_negative()) {
    fail(ErrorCode::InvalidValue, "amortizations", "the last amortisation is too small to take the rounding residue");
  }
  return scaled;
}

}  // namespace loansim
