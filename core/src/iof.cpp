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

void require_rate(Decimal rate, const char* field) {
  // 0 ≤ rate ≤ 1 with at most 18 decimals, so 10^scale fits int64.
  if (rate.scale < 0 || rate.scale > 18 || rate.digits < 0 || rate.digits > power_of_ten(rate.scale)) {
    fail(ErrorCode::OutOfRange, field, "must be a rate between 0 and 100 % with at most 18 decimals");
  }
}

}  // namespace

IofRates iof_rates(IofBorrower borrower) noexcept {
  return {borrower == IofBorrower::Individual ? Decimal{82, 6} : Decimal{41, 6}, Decimal{38, 4}};
}

Iof iof(Money amount, Date disbursement, std::span<const Amortization> amortizations, const IofRates& rates,
        Rounding mode) {
  require_rate(rates.daily, "daily_rate_pct");
  require_rate(rates.additional, "additional_rate_pct");
  if (amount.is_negative()) fail(ErrorCode::OutOfRange, "amount", "must not be negative");
  Int128 daily = 0;
  Money amortized(0, amount.currency());
  for (std::size_t j = 0; j < amortizations.size(); ++j) {
    const auto& amortization = amortizations[j];
    // The path is text only for an error: offers gross up their IOF over thousands of rows.
    const auto field = [j](const char* name) { return "amortizations[" + std::to_string(j) + "]." + name; };
    if (amortization.principal.is_negative()) fail(ErrorCode::OutOfRange, field("amount"), "must not be negative");
    const int days = days_between(disbursement, amortization.due_date);
    if (days < 0) fail(ErrorCode::InvalidValue, field("due_date"), "is before the disbursement date");
    amortized += amortization.principal;  // also rejects a currency other than the amount's
    daily += static_cast<Int128>(amortization.principal.minor()) * std::min(days, kMaxCappedDays) * rates.daily.digits;
  }
  if (amortized != amount) {
    fail(ErrorCode::InvalidValue, "amortizations",
         "add up to " + to_string(amortized) + ", not the amount " + to_string(amount));
  }
  Iof result;
  result.daily = {round_div(daily, power_of_ten(rates.daily.scale), mode), amount.currency()};
  result.additional = {round_div(static_cast<Int128>(amount.minor()) * rates.additional.digits,
                                 power_of_ten(rates.additional.scale), mode),
                       amount.currency()};
  result.total = result.daily + result.additional;
  return result;
}

IofGrossUp iof_financed(Money released, Date disbursement, const AmortizationsOf& amortizations_of,
                        const IofRates& rates, Rounding mode) {
  const auto tax_on = [&](Money financed) {
    const auto amortizations = amortizations_of(financed);
    return iof(financed, disbursement, amortizations, rates, mode);
  };
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
