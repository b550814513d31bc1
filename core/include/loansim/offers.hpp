// Offer simulation: an application → one priced offer per tenure of the product, each with its
// rate (the product's grid by term × risk band × LTV band), the loan amount after every cap (with
// the cap that binds named), fees, IOF where the product charges it (financed or paid up front),
// the installment, the total payable and the cost of credit the product's market discloses.
//
// The approval status and the risk band come from the explained recommendation (recommendation.hpp)
// of the same application, so offers and recommendations never disagree on a rule:
//   PRE_APPROVED / REFER / REFUSED as scored; FIXED_SCORE without a bureau score, where the product's
//   fixed pricing score picks the rate's band (never an approval) and its tighter caps (a share of
//   the amount, a shorter longest tenure) apply.
// Each offer is then built on the real schedule (build_schedule) of the amount financed, so the
// installment that the affordability test checks is the one the customer would pay, fees and
// financed IOF included.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "loansim/cost_of_credit.hpp"
#include "loansim/date.hpp"
#include "loansim/iof.hpp"
#include "loansim/money.hpp"
#include "loansim/product.hpp"
#include "loansim/rate.hpp"
#include "loansim/recommendation.hpp"

namespace loansim {

// The cost of credit an offer discloses, by the product's market: Brazil's CET, the US Regulation
// Z APR, and elsewhere the periodic IRR × 12 (RBI's Key Facts Statement APR, OJK's effective rate).
[[nodiscard]] CostStandard cost_standard(Market market) noexcept;

struct OfferRequest {
  // loan.term_months is the tenure the capacity scores measure (partners that name none: the
  // longest the product offers); loan.rate, when given, replaces the grid.
  RecommendationRequest application;
  Date start_date;         // disbursement: day zero of the IOF, the schedule and the cost of credit
  std::vector<int> terms;  // tenures to offer; empty: the product's grid
};

// The limits an offer's amount must respect (recommendation.hpp's caps, before affordability).
struct OfferLimits {
  Money requested;
  std::optional<Money> collateral;
  std::optional<Money> savings;
  Money product_max;
  Money installment_budget;           // the most any installment may be
  Binding capacity_binding = Binding::Dsr;
  std::optional<double> fixed_share_pct;  // FIXED_SCORE: this share of the amount otherwise offered
};

struct OfferTerms {
  int term_months = 0;
  PeriodicRate rate;
  InterestMethod method = InterestMethod::Annuity;
  Date start_date;
};

struct Offer {
  int term_months = 0;
  PeriodicRate monthly_rate;
  double annual_effective_rate = 0.0;  // (1 + monthly)^12 − 1
  Money loan_amount;                   // the credit offered, after every cap
  Binding binding = Binding::Nothing;  // what sets loan_amount
  Money fees;                          // origination (fixed + % of the loan amount) and upfront insurance
  Money fees_upfront;                  // the part of `fees` the customer pays at disbursement
  Iof iof;                             // zero when the product charges none
  bool iof_financed = false;
  Money financed;                      // what the installments repay: loan amount + financed fees and IOF
  Money released;                      // what the customer receives net: loan amount − fees and IOF paid up front
  Money installment;                   // the first installment (the level one for annuities), fees included
  Money peak_installment;              // the largest one: what affordability tests
  Money total_payable;                 // every installment plus what is paid up front
  CostOfCredit cost;
};

// One offer of `terms` under `limits`: the loan amount is the least of the limits, the largest
// amount (a multiple of the product's amount step) whose peak installment fits the budget, and
// the fixed-score share; the requested amount when that is smaller. A loan amount of zero when
// nothing fits. Throws Error for a product or rate the schedule cannot take.
[[nodiscard]] Offer price_offer(const Product& product, const OfferTerms& terms, const OfferLimits& limits);

struct OfferSet {
  std::string product_id;
  std::string product_version;
  Decision decision = Decision::Refused;
  std::string risk_band;                // the grid band priced (empty when the request names a rate)
  int risk_score = 1;                   // the applicant's (1–1400, low = low risk)
  int pricing_risk_score = 1;           // the one the band was looked up by (fixed score: the product's)
  std::vector<Offer> offers;            // ascending tenure; none when refused
  std::vector<Reason> reasons;          // the recommendation's, and KO_BELOW_MIN_AMOUNT when no tenure reaches the minimum
  std::vector<std::string> warnings;
};

// Throws Error{OutOfRange, "terms[i]"} for a tenure outside the product's limits, and whatever
// recommend() throws for an application the product cannot take.
[[nodiscard]] OfferSet offers(const OfferRequest& request, const Product& product);

}  // namespace loansim
