#include "loansim/servicing.hpp"

#include <algorithm>
#include <array>

#include "loansim/error.hpp"
#include "loansim/ordering.hpp"

namespace loansim {
namespace {

// Takes up to `room` from `left`, returns what was taken.
Money take(Money& left, Money room) {
  const Money taken = std::min(left, room);
  left -= taken;
  return taken;
}

void validate(const ServicingRequest& request) {
  if (request.installments.empty()) fail(ErrorCode::MissingField, "installments", "must list at least one installment");
  const Currency currency = request.installments.front().principal.currency();
  for (std::size_t i = 0; i < request.installments.size(); ++i) {
    const DueInstallment& row = request.installments[i];
    const std::string where = "installments[" + std::to_string(i) + "]";
    for (const Money part : {row.principal, row.interest, row.fees}) {
      if (part.currency() != currency) fail(ErrorCode::InvalidValue, where, "amounts must share one currency");
      if (part.is_negative()) fail(ErrorCode::OutOfRange, where, "amounts must not be negative");
    }
    if (i > 0 && row.due_date < request.installments[i - 1].due_date) {
      fail(ErrorCode::InvalidValue, where + ".due_date", "installments must be in due-date order");
    }
  }
  for (std::size_t i = 0; i < request.payments.size(); ++i) {
    const Repayment& p = request.payments[i];
    const std::string where = "payments[" + std::to_string(i) + "]";
    if (p.amount.currency() != currency) fail(ErrorCode::InvalidValue, where + ".amount", "must be in the installments' currency");
    if (p.amount.minor() <= 0) fail(ErrorCode::OutOfRange, where + ".amount", "must be above zero");
    if (p.date > request.as_of) {
      fail(ErrorCode::InvalidValue, where + ".date", format_date(p.date) + " is after as_of " + format_date(request.as_of));
    }
  }
}

}  // namespace

Servicing service(const ServicingRequest& request) {
  validate(request);
  const Currency currency = request.installments.front().principal.currency();
  const Money zero{0, currency};
  Servicing s;
  s.as_of = request.as_of;
  s.paid = s.overdue = s.expected = Split{zero, zero, zero};
  s.overpaid = zero;
  s.outstanding_principal = zero;
  for (const DueInstallment& due : request.installments) s.installments.push_back({due, Split{zero, zero, zero}, std::nullopt});

  // Payments in date order (stable: same-day payments in the order given).
  std::vector<double> day_numbers(request.payments.size());
  for (std::size_t k = 0; k < day_numbers.size(); ++k) day_numbers[k] = static_cast<double>(days_between(kEarliestDate, request.payments[k].date));
  const std::vector<std::size_t> order = ascending_order(day_numbers);
  std::size_t next = 0;  // the oldest installment not fully paid
  for (const std::size_t k : order) {
    Money left = request.payments[k].amount;
    while (left.minor() > 0 && next < s.installments.size()) {
      InstallmentState& row = s.installments[next];
      row.paid.fees += take(left, row.due.fees - row.paid.fees);
      row.paid.interest += take(left, row.due.interest - row.paid.interest);
      row.paid.principal += take(left, row.due.principal - row.paid.principal);
      if (row.settled()) {
        row.paid_on = request.payments[k].date;
        ++next;
      }
    }
    s.overpaid += left;
  }

  std::optional<std::size_t> first_unsettled;
  for (std::size_t i = 0; i < s.installments.size(); ++i) {
    const InstallmentState& row = s.installments[i];
    if (!row.settled() && !first_unsettled) first_unsettled = i;
    s.paid.principal += row.paid.principal;
    s.paid.interest += row.paid.interest;
    s.paid.fees += row.paid.fees;
    s.outstanding_principal += row.due.principal - row.paid.principal;
    if (row.settled()) {
      ++s.installments_settled;
      continue;
    }
    if (row.due.due_date <= request.as_of) {
      s.overdue.principal += row.due.principal - row.paid.principal;
      s.overdue.interest += row.due.interest - row.paid.interest;
      s.overdue.fees += row.due.fees - row.paid.fees;
      if (!s.oldest_unpaid) {
        s.oldest_unpaid = static_cast<int>(i + 1);
        s.date_of_default = row.due.due_date;
      }
    }
  }
  s.status = s.installments_settled == static_cast<int>(s.installments.size()) ? LoanStatus::Completed : LoanStatus::Active;
  if (s.date_of_default) s.days_past_due = days_between(*s.date_of_default, request.as_of);
  if (s.oldest_unpaid) {
    s.expected = s.overdue;
    s.expected_installment = s.oldest_unpaid;
  } else if (first_unsettled) {
    const InstallmentState& row = s.installments[*first_unsettled];
    s.expected = {row.due.principal - row.paid.principal, row.due.interest - row.paid.interest, row.due.fees - row.paid.fees};
    s.expected_installment = static_cast<int>(*first_unsettled + 1);
  }
  return s;
}

std::string_view dpd_bracket(int days_past_due) noexcept {
  constexpr std::array<std::pair<int, std::string_view>, 6> kBrackets{{{0, "0"}, {30, "1-30"}, {60, "31-60"}, {90, "61-90"}, {120, "91-120"}, {180, "121-180"}}};
  for (const auto& [up_to, name] : kBrackets) {
    if (days_past_due <= up_to) return name;
  }
  return "180+";
}

std::string allocation_month(Date date) {
  return std::to_string(static_cast<int>(date.year())) + "-" + std::to_string(static_cast<unsigned>(date.month())) + "-01";
}

std::string_view status_key(LoanStatus status) noexcept { return status == LoanStatus::Completed ? "completed" : "active"; }

}  // namespace loansim
