// Loan servicing: a schedule's installments and the payments received, as of a date → what is
// paid and what is outstanding (principal, interest, fees), days past due and its bracket, the
// expected EMI and its split, and whether the loan is completed.
//
// Allocation (documented, as lenders and India's collection platforms commonly apply it): payments
// in date order, each to the oldest installment not yet fully paid, and within an installment to
// its fees, then its interest, then its principal. A payment larger than what is due runs on into
// the next installments as scheduled (an advance, not a re-amortisation); what remains after the
// last installment is reported as overpaid.
//
// Days past due: as-of date − the due date of the oldest installment due by then and not fully
// paid; 0 when none is. The bracket is Credgenics' ("0", "1-30", …, "121-180", "180+").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loansim/date.hpp"
#include "loansim/money.hpp"

namespace loansim {

struct DueInstallment {
  Date due_date;
  Money principal;
  Money interest;
  Money fees;
};

struct Repayment {
  Date date;
  Money amount;  // > 0
};

struct ServicingRequest {
  std::vector<DueInstallment> installments;  // in due-date order
  std::vector<Repayment> payments;           // any order; none after as_of
  Date as_of;
};

struct Split {
  Money principal;
  Money interest;
  Money fees;
  [[nodiscard]] Money total() const { return principal + interest + fees; }
};

struct InstallmentState {
  DueInstallment due;
  Split paid;
  std::optional<Date> paid_on;  // the date of the payment that completed it
  [[nodiscard]] bool settled() const { return paid.total() == due.principal + due.interest + due.fees; }
};

enum class LoanStatus : std::uint8_t { Active, Completed };

struct Servicing {
  Date as_of;
  Split paid;                  // allocated to installments
  Money overpaid;              // received beyond the whole schedule
  Split overdue;               // of installments due by as_of, unpaid
  Money outstanding_principal; // the whole principal not yet repaid, due or not
  int days_past_due = 0;
  std::optional<int> oldest_unpaid;       // 1-based installment number, due by as_of
  std::optional<Date> date_of_default;    // its due date
  // The expected EMI: what is overdue, or with nothing overdue the unpaid part of the next
  // installment (none once the loan is completed).
  Split expected;
  std::optional<int> expected_installment;  // the installment the expected EMI is (first of the overdue ones)
  int installments_settled = 0;
  LoanStatus status = LoanStatus::Active;
  std::vector<InstallmentState> installments;
};

// Throws Error{InvalidValue, "installments[i].due_date"} for due dates out of order,
// Error{InvalidValue, "payments[i].date"} for a payment after as_of, Error{OutOfRange} for a
// non-positive payment or a negative installment part, Error{InvalidValue} for mixed currencies.
[[nodiscard]] Servicing service(const ServicingRequest& request);

// "0", "1-30", "31-60", "61-90", "91-120", "121-180", "180+".
[[nodiscard]] std::string_view dpd_bracket(int days_past_due) noexcept;

// Credgenics' allocation month: the first of the date's month, the month without a leading zero
// ("2021-2-01").
[[nodiscard]] std::string allocation_month(Date date);

[[nodiscard]] std::string_view status_key(LoanStatus status) noexcept;  // "active", "completed"

}  // namespace loansim
