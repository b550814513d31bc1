// Servicing: allocation, DPD and its brackets, status. DPD references are seed 004's Credgenics
// default records (allocation_dpd_value against actual_date_of_default and the record's date).
#include <doctest/doctest.h>

#include "loansim/error.hpp"
#include "loansim/servicing.hpp"

using namespace loansim;

namespace {

Money inr(std::int64_t rupees) { return {rupees * 100, Currency::INR}; }
Date day(const char* text) { return parse_date(text, "test"); }

// `n` monthly installments of 900 principal, 100 interest and 10 fees from `first`.
std::vector<DueInstallment> level(int n, Date first) {
  std::vector<DueInstallment> rows;
  for (int i = 0; i < n; ++i) rows.push_back({add_months(first, i), inr(900), inr(100), inr(10)});
  return rows;
}

}  // namespace

TEST_CASE("servicing: seed 004's DPD values from the date of default") {
  struct Case {
    const char* default_date;
    const char* as_of;
    int dpd;
    const char* bracket;
    const char* month;
  };
  // Seed 004: {actual_date_of_default, created, allocation_dpd_value, allocation_dpd_bracket, allocation_month}.
  const Case cases[] = {{"2020-05-15", "2020-08-14", 91, "91-120", "2020-8-01"},
                        {"2019-04-07", "2021-02-14", 679, "180+", "2021-2-01"},
                        {"2020-03-02", "2021-01-27", 331, "180+", "2021-1-01"}};
  for (const Case& c : cases) {
    const Servicing s = service({level(1, day(c.default_date)), {}, day(c.as_of)});
    CHECK(s.days_past_due == c.dpd);
    CHECK(dpd_bracket(s.days_past_due) == c.bracket);
    CHECK(allocation_month(s.as_of) == c.month);
  }
}

TEST_CASE("servicing: every installment paid on time gives DPD 0 and completed") {
  const auto rows = level(6, day("2025-02-10"));
  std::vector<Repayment> payments;
  for (const auto& row : rows) payments.push_back({row.due_date, inr(1010)});
  const Servicing s = service({rows, payments, day("2025-12-31")});
  CHECK(s.days_past_due == 0);
  CHECK(s.status == LoanStatus::Completed);
  CHECK(s.installments_settled == 6);
  CHECK(s.paid.total() == inr(6 * 1010));
  CHECK(s.outstanding_principal == inr(0));
  CHECK_FALSE(s.expected_installment.has_value());
}

TEST_CASE("servicing: paying nothing gives DPD = as-of − first due date") {
  const Date first = day("2025-01-31");
  for (const char* as_of : {"2025-01-31", "2025-03-01", "2025-07-04", "2026-01-01"}) {
    const Servicing s = service({level(12, first), {}, day(as_of)});
    CHECK(s.days_past_due == days_between(first, day(as_of)));
    CHECK(s.status == LoanStatus::Active);
    CHECK(s.outstanding_principal == inr(12 * 900));
  }
  CHECK(service({level(12, first), {}, day("2025-01-30")}).days_past_due == 0);  // nothing due yet
}

TEST_CASE("servicing: fees, then interest, then principal, oldest installment first") {
  // 1,010 due on Feb 10 and Mar 10. As of Mar 20: 1,500 paid on Mar 12 settles the first
  // (10 + 100 + 900) and leaves 490 for the second: fees 10, interest 100, principal 380.
  const Servicing s = service({level(2, day("2025-02-10")), {{day("2025-03-12"), inr(1500)}}, day("2025-03-20")});
  CHECK(s.installments[0].settled());
  CHECK(*s.installments[0].paid_on == day("2025-03-12"));
  CHECK(s.installments[1].paid.fees == inr(10));
  CHECK(s.installments[1].paid.interest == inr(100));
  CHECK(s.installments[1].paid.principal == inr(380));
  // The second, due Mar 10, is short 520 principal: 10 days past due.
  CHECK(s.days_past_due == 10);
  CHECK(*s.oldest_unpaid == 2);
  CHECK(s.overdue.principal == inr(520));
  CHECK(s.expected.principal == inr(520));
  CHECK(s.expected.interest == inr(0));
  // Paying 2,500 instead: 480 beyond the whole schedule is overpaid.
  const Servicing over = service({level(2, day("2025-02-10")), {{day("2025-03-12"), inr(2500)}}, day("2025-03-20")});
  CHECK(over.overpaid == inr(480));
  CHECK(over.status == LoanStatus::Completed);
}

TEST_CASE("servicing: nothing overdue: the expected EMI is the next installment's unpaid part") {
  const Servicing s = service({level(3, day("2025-02-10")), {{day("2025-02-01"), inr(1100)}}, day("2025-02-15")});
  // 1,100 on Feb 1: the first (1,010) and 90 of the second (fees 10, interest 80).
  CHECK(s.days_past_due == 0);
  CHECK(*s.expected_installment == 2);
  CHECK(s.expected.interest == inr(20));
  CHECK(s.expected.principal == inr(900));
}

TEST_CASE("servicing: brackets at their edges") {
  CHECK(dpd_bracket(0) == "0");
  CHECK(dpd_bracket(1) == "1-30");
  CHECK(dpd_bracket(30) == "1-30");
  CHECK(dpd_bracket(31) == "31-60");
  CHECK(dpd_bracket(90) == "61-90");
  CHECK(dpd_bracket(120) == "91-120");
  CHECK(dpd_bracket(180) == "121-180");
  CHECK(dpd_bracket(181) == "180+");
  CHECK(allocation_month(day("2021-12-31")) == "2021-12-01");
}

TEST_CASE("servicing: invalid requests") {
  CHECK_THROWS_AS((void)service({{}, {}, day("2025-01-01")}), Error);
  CHECK_THROWS_AS((void)service({level(2, day("2025-02-10")), {{day("2025-04-01"), inr(10)}}, day("2025-03-01")}), Error);
  CHECK_THROWS_AS((void)service({level(2, day("2025-02-10")), {{day("2025-02-01"), inr(0)}}, day("2025-03-01")}), Error);
  auto rows = level(2, day("2025-02-10"));
  std::swap(rows[0], rows[1]);
  CHECK_THROWS_AS((void)service({rows, {}, day("2025-03-01")}), Error);
}
