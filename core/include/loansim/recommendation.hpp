// The explained credit recommendation: the 5C scored 0–100 under a product's policy, a composite
// and a risk score on 1–1400 (low = low risk), the plafon and tenure the applicant can carry, the
// constraint that binds, up to four reasons, and a trace from which every number can be rebuilt.
//
// Rules (their numbers are the product's):
// - knock-outs first: collectability actions (Diragukan / Macet refuse, Kurang Lancar refers in
//   the cooperative sample), bankruptcy, income that does not cover expenses, minimum income and
//   age, too many open loans, unverified identity (refers);
// - plafon = the least of the requested amount, repayment capacity at the requested method and
//   rate, collateral coverage (recognised value or loan-to-value), the savings multiple and the
//   product maximum, floored to the product's amount step;
// - tenure = the requested one if it carries the requested amount, else the shortest that does,
//   else the one carrying the most (a counter-offer);
// - ranges are read conservatively: income at its low bound, expenses at their high bound;
// - derived figures sent by partners (a collateral's recognised value) are recomputed, compared
//   and reported, never trusted;
// - protected attributes (gender, religion, marital status) are not inputs at all.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "loansim/money.hpp"
#include "loansim/product.hpp"
#include "loansim/rate.hpp"
#include "loansim/reason.hpp"
#include "loansim/text_number.hpp"

namespace loansim {

// The bureau score as 0–100 points (high = good). Throws Error{OutOfRange} off its scale.
[[nodiscard]] double bureau_points(const BureauScore& score);

struct Applicant {
  AmountRange monthly_income;        // a single figure is a range of width zero
  AmountRange monthly_expenses;
  Money existing_installments;       // monthly, on other loans
  std::optional<Money> outstanding_debt;
  std::optional<int> active_loans;
  std::optional<Collectability> collectability;  // the worst of the last 12 months
  std::optional<double> withdrawal_ratio_pct;    // savings withdrawals / deposits
  std::optional<int> membership_months;
  std::optional<int> age_years;
  Money savings;                     // savings and deposits with the lender
  std::optional<BureauScore> bureau;
  bool bankruptcy = false;           // a bankruptcy on record
  std::optional<bool> kyc_verified;
};

struct CollateralItem {
  std::string type;                          // the partner's code or name ("MBL", "LAND")
  std::string name;
  Money value;                               // market value declared
  std::optional<Money> estimate_low;         // low bound of a price estimate, when one was given
  std::optional<double> recognition_pct;     // the partner's recognition %, when given
  std::optional<Money> declared_recognised;  // the partner's value × recognition: checked, never used
  Money lien;                                // debt already secured on it
  std::optional<double> age_years;           // vehicles
};

struct LoanRequest {
  Money amount;
  int term_months = 0;
  std::optional<PeriodicRate> rate;  // none: the product's grid prices it by risk band
  InterestMethod method = InterestMethod::Annuity;
  std::string purpose;
};

struct RecommendationRequest {
  Applicant applicant;
  LoanRequest loan;
  std::vector<CollateralItem> collaterals;
};

enum class Decision : std::uint8_t { PreApproved, Refer, Refused, FixedScore };

// What sets the recommended amount.
enum class Binding : std::uint8_t { Requested, Dsr, Disposable, Collateral, Savings, ProductMax, FixedScore, Nothing };

struct CriterionScore {
  Criterion criterion;
  double weight = 0.0;             // within its pillar
  bool scored = false;             // false: no data, excluded and its weight renormalised
  std::optional<double> measured;  // the measured value (%, months, years, 0–100 points)
  std::string label;               // a category measured ("diragukan", "consumptive") or why unscored
  double points = 0.0;             // 0–100
  double points_lost = 0.0;        // composite points lost against full marks
};

struct PillarScore {
  Pillar pillar;
  double weight = 0.0;    // share of the composite (product weights)
  double score = 0.0;     // 0–100
  double coverage = 0.0;  // share of the pillar's criterion weight that was scored
  bool capped = false;    // coverage below the product's minimum: score capped
  std::vector<CriterionScore> criteria;
};

struct Knockout {
  ReasonCode code;
  PolicyAction action;  // Refer or Refuse
};

struct Reason {
  ReasonCode code;
  bool rule = false;         // a rule or cap (true) or a scored factor (false)
  double points_lost = 0.0;  // for scored factors
};

struct CollateralTrace {
  std::string type_id;                 // the product's collateral type; empty when unrecognised
  Money value_used;                    // the lower of the declared value and the estimate's low bound
  double recognition_pct = 0.0;        // applied
  Money recognised;                    // value_used × recognition − lien (recognition rule)
  Money limit;                         // what this item lets the loan reach
  std::optional<Money> declared_recognised;
  bool declared_mismatch = false;      // the partner's recognised value differs from the recomputation
};

struct TenureTrace {
  int term_months = 0;
  PeriodicRate rate;
  Money capacity;     // the largest amount the installment budget carries at this tenure
  Money amount;       // after every cap, floored to the amount step
  Money installment;  // peak installment of `amount`
  Binding binding = Binding::Nothing;
};

// Every intermediate figure, in the order they are computed.
struct RecommendationTrace {
  Money income_used;             // low bound of the income range
  Money expenses_used;           // high bound of the expense range
  Money existing_installments;
  Money disposable;              // income − expenses − existing installments
  Money dsr_budget;              // income × DSR cap − existing installments
  std::optional<Money> disposable_budget;  // disposable × the product's share
  Money installment_budget;      // max(0, the least of the two budgets)
  Binding capacity_binding = Binding::Dsr;
  PeriodicRate rate;             // of the requested tenure
  bool rate_from_grid = false;
  std::string risk_band;         // the grid band priced (grid-priced loans)
  int pricing_risk_score = 1;    // the risk score that band is looked up by: the product's fixed-score
                                 // pricing_score stands in for a missing bureau score here
  Money requested_installment;   // the requested loan's peak installment
  std::optional<double> requested_dsr_pct;
  std::optional<double> ltv_pct;  // (requested amount + liens) / vehicle value, LTV products
  std::vector<CollateralTrace> collaterals;
  std::optional<Money> collateral_limit;
  std::optional<Money> savings_limit;
  Money product_max;
  std::optional<int> age_tenure_cap_months;
  std::optional<int> fixed_score_tenure_cap_months;
  std::vector<TenureTrace> tenures;
  double pd = 0.0;                // probability of default implied by the composite
};

struct Recommendation {
  std::string product_id;
  std::string product_version;
  Decision decision = Decision::Refused;
  Money plafon;                      // zero when refused
  std::optional<int> tenure_months;  // none when refused
  Money installment;
  bool counter_offer = false;        // amount or tenure differs from the request
  Money max_amount;                  // the most any tenure carries, before the requested cap
  std::optional<double> dsr_pct;     // at the recommended loan
  Binding binding = Binding::Nothing;
  std::array<PillarScore, kPillarCount> pillars;
  double composite = 0.0;            // 0–100
  int risk_score = 1;                // 1–1400, low = low risk
  std::vector<Knockout> knockouts;   // every rule that fired, refusals first
  std::vector<Reason> reasons;       // at most four
  std::vector<std::string> warnings; // data the engine corrected or could not use
  RecommendationTrace trace;
};

inline constexpr std::size_t kMaxReasons = 4;

// Throws Error{InvalidValue|OutOfRange, field} for a request the product cannot take: another
// currency, a method it does not offer, a term outside its limits.
[[nodiscard]] Recommendation recommend(const RecommendationRequest& request, const Product& product);

[[nodiscard]] std::string_view decision_key(Decision decision) noexcept;  // "PRE_APPROVED"
[[nodiscard]] std::string_view binding_key(Binding binding) noexcept;     // "CAP_DSR"

}  // namespace loansim
