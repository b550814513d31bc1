// A lending product and its credit policy, as configuration: limits, methods, the rate grid, fees,
// insurance, IOF, rounding, affordability and collateral rules, and the recommendation's scoring
// weights and bands. Every market number lives in a product definition (JSON, read by
// loansim/json/product_json.hpp; samples in core/products/), never in code. Results name the
// product id and version they were computed with.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loansim/currency.hpp"
#include "loansim/iof.hpp"
#include "loansim/money.hpp"
#include "loansim/rate.hpp"
#include "loansim/rounding.hpp"

namespace loansim {

enum class Market : std::uint8_t {
  IdCooperative,    // Indonesian koperasi / credit union (KOCEK)
  IdP2P,            // Indonesian P2P lending, OJK LPBBTI (Dompet Kilat)
  BrAutoRefinance,  // Brazilian vehicle-backed refinancing (Creditas)
  UsConsumer,       // US consumer installment credit
  InPersonal,       // Indian personal loans (Credgenics' portfolios)
};

// How interest is charged, as lenders name it.
enum class InterestMethod : std::uint8_t {
  Annuity,    // level installment on the declining balance (anuitas, Price, EMI)
  Flat,       // interest on the original principal every period (bunga flat)
  Declining,  // equal principal, interest on the balance: installments fall (bunga menurun, SAC)
};

enum class RateBasis : std::uint8_t { AnnualNominal, Monthly };  // how the grid's percentages are quoted

// The debt-service ratio a market caps: all are (existing + new installments) / monthly income,
// named as the market names them (debt service ratio, debt-to-income, fixed obligations to income).
enum class DebtRatio : std::uint8_t { Dsr, Dti, Foir };

// How collateral limits the amount: not at all (unsecured), by recognised value (value × recognition %,
// Indonesian practice) or by loan-to-value against the market value (vehicle refinancing).
enum class CollateralRule : std::uint8_t { None, Recognition, LoanToValue };

// Indonesian loan quality (kolektibilitas, SLIK OJK): Kol-1 to Kol-5.
enum class Collectability : std::uint8_t { Current, SpecialMention, Substandard, Doubtful, Loss };
inline constexpr std::size_t kCollectabilityCount = 5;

enum class PolicyAction : std::uint8_t { None, Refer, Refuse };

// The five Cs and the criteria the recommendation scores under each. Which criteria a product
// scores, and with what weight and bands, is configuration; what each criterion measures is code.
enum class Pillar : std::uint8_t { Character, Capacity, Capital, Collateral, Condition };
inline constexpr std::size_t kPillarCount = 5;

enum class Criterion : std::uint8_t {
  Collectability,    // character: worst loan quality (points per Kol)
  ActiveLoans,       // character: loans currently open
  WithdrawalRatio,   // character: savings withdrawals / deposits, %
  MembershipMonths,  // character: months since joining
  Bureau,            // character: a bureau score normalised to 0–100
  Dsr,               // capacity: (existing + new installment) / income, %
  ResidualIncome,    // capacity: income left after expenses and installments, % of income
  DebtMonths,        // capacity: outstanding debt in months of income
  IncomeEvidence,    // capacity: width of the declared income range, % of its low bound
  SavingsRatio,      // capital: (savings + deposits) / requested amount, %
  Equity,            // capital: 100 − loan-to-value, %
  Coverage,          // collateral: recognised collateral / requested amount, %
  CollateralQuality, // collateral: quality points of the collateral types, value-weighted
  Purpose,           // condition: points of the purpose's category
  AgeHeadroom,       // condition: years between age at maturity and the product's maximum
};
inline constexpr std::size_t kCriterionCount = 15;

[[nodiscard]] Pillar pillar_of(Criterion criterion) noexcept;
// The criterion's key in product definitions and results ("withdrawal_ratio").
[[nodiscard]] std::string_view criterion_key(Criterion criterion) noexcept;
[[nodiscard]] std::string_view pillar_key(Pillar pillar) noexcept;
[[nodiscard]] std::string_view method_key(InterestMethod method) noexcept;
[[nodiscard]] std::string_view collectability_key(Collectability collectability) noexcept;  // "kurang_lancar"

// Points for a measured value: the first band whose `up_to` is ≥ the value; the last band has no
// `up_to` and takes everything above.
struct Band {
  std::optional<double> up_to;
  double points = 0.0;
};

struct CriterionPolicy {
  double weight = 0.0;       // within its pillar; 0 = not scored
  std::vector<Band> bands;   // for measured criteria
};

struct PurposeCategory {
  std::string id;                     // "productive"
  double points = 0.0;
  std::vector<std::string> keywords;  // lower-case substrings of the free-text purpose
};

// Bureau scores on the scales partners send them (and products name for the fixed-score fallback).
enum class BureauScale : std::uint8_t {
  Fico,            // 300–850, high = good
  Serasa,          // 0–1000, high = good
  Cibil,           // 300–900, high = good
  BankruptcyPlus,  // 1–1400, low = good
};

struct BureauScore {
  BureauScale scale = BureauScale::Fico;
  double value = 0.0;
};

// Fixed-score fallback ("score chumbado"): no bureau score, so a fixed one prices the offer, which
// is never pre-approved and gets tighter caps.
struct FixedScorePolicy {
  double amount_share_pct = 100.0;  // of the amount otherwise recommended
  int max_term_months = 0;
  // The bureau score assumed when pricing only (Creditas' "score chumbado" 700 on the Serasa
  // scale): the rate's risk band is looked up as if the applicant had it. None: priced as scored.
  std::optional<BureauScore> pricing_score;
};

struct RiskScale {
  // Risk score (1–1400, low = low risk) = anchor_risk − risk_points_per_halving ×
  // (composite − anchor_composite) / composite_points_per_halving: each halving of the bad odds
  // moves the score by a fixed number of points (points-to-double-odds scaling).
  double anchor_composite = 60.0;
  double anchor_risk = 700.0;
  double anchor_pd_pct = 5.0;  // probability of default at the anchor
  double composite_points_per_halving = 10.0;
  double risk_points_per_halving = 100.0;
  double refused_floor = 1200.0;  // a refusal never scores below this
};

struct ScoringPolicy {
  std::array<double, kPillarCount> pillar_weights{};
  std::array<CriterionPolicy, kCriterionCount> criteria{};
  std::array<double, kCollectabilityCount> collectability_points{};
  std::vector<PurposeCategory> purposes;
  double unknown_purpose_points = 0.0;
  // A pillar whose scored criteria carry less than this share of its weight is capped: missing
  // data never scores better than average.
  double min_coverage = 0.5;
  double partial_coverage_cap = 60.0;
  double approve_at = 65.0;  // composite ≥ approve_at: pre-approved
  double refer_at = 45.0;    // refer_at ≤ composite < approve_at: referred
  std::array<PolicyAction, kCollectabilityCount> collectability_actions{};
  std::optional<double> refuse_bankruptcy_score_at;  // bureau bankruptcy score (1–1400) cut
  std::optional<int> refuse_active_loans_above;      // more open loans (or lending platforms) is refused
  bool require_kyc = false;                          // unverified identity is referred
  std::optional<FixedScorePolicy> fixed_score;
  RiskScale risk;
};

struct RiskBand {
  std::string id;       // "A"
  int max_risk_score;   // risk scores up to this one (inclusive) fall in the band
};

// Rates by term bucket × risk band × LTV bucket (buckets are inclusive upper bounds).
struct RateGrid {
  RateBasis basis = RateBasis::AnnualNominal;
  std::vector<int> term_buckets_months;
  std::vector<RiskBand> risk_bands;
  std::vector<double> ltv_buckets_pct;  // empty: one bucket (unsecured)
  std::vector<double> rate_pct;         // [band][term][ltv], row-major
};

struct Fees {
  double origination_pct = 0.0;  // of the amount
  Money origination_fixed;
  Money monthly;
  bool financed = false;         // added to the amount lent rather than paid up front
};

struct Insurance {
  double upfront_pct = 0.0;             // of the amount
  double monthly_pct_of_balance = 0.0;
  bool financed = false;
};

struct ProductRounding {
  RoundingPolicy installment;
  RoundingPolicy amount;  // recommended and offered amounts
};

struct Affordability {
  DebtRatio ratio = DebtRatio::Dsr;
  double max_ratio_pct = 0.0;                     // cap on (existing + new installment) / income
  std::optional<double> disposable_share_pct;     // installment ≤ this share of income − expenses − existing
  std::optional<Money> min_income;                // a lower monthly income is refused
};

struct AgePolicy {
  int min_years = 0;
  int max_at_maturity_years = 0;  // caps the tenure
};

struct CollateralType {
  std::string id;                    // "LAND_SHM_HT"
  double recognition_pct = 0.0;      // share of the market value recognised
  double quality_points = 0.0;       // 0–100: liquidity and legal binding
  bool vehicle = false;
  std::vector<std::string> aliases;  // partners' codes and names ("MBL", "Mobil")
};

struct LtvLimit {
  std::optional<double> max_age_years;  // collateral up to this age; none: any age
  double max_ltv_pct = 0.0;
};

struct CollateralPolicy {
  CollateralRule rule = CollateralRule::None;
  double required_coverage_pct = 100.0;  // recognised value ≥ this % of the amount
  std::vector<CollateralType> types;
  std::vector<LtvLimit> ltv_limits;      // by collateral age, ascending
};

struct TermLimits {
  int min_months = 1;
  int max_months = 1;
  std::vector<int> grid_months;  // tenures offered, ascending
};

struct Product {
  std::string id;
  std::string version;
  std::string name;
  Market market = Market::IdCooperative;
  Currency currency = Currency::IDR;
  Money min_amount;  // the minimum ticket: a smaller recommendation is a refusal
  Money max_amount;
  TermLimits term;
  std::vector<InterestMethod> methods;
  RateGrid rates;
  Fees fees;
  std::optional<Insurance> insurance;
  std::optional<IofRule> iof;
  ProductRounding rounding;
  Affordability affordability;
  std::optional<AgePolicy> age;  // none: age is not used (US: ECOA)
  CollateralPolicy collateral;
  std::optional<double> savings_multiple;  // amount ≤ multiple × (savings + deposits)
  ScoringPolicy scoring;
};

// The points a measured value earns under `bands`.
[[nodiscard]] double band_points(const std::vector<Band>& bands, double value);

[[nodiscard]] bool allows_method(const Product& product, InterestMethod method) noexcept;

// The risk band a risk score falls in (the last band takes every score above the others).
[[nodiscard]] const RiskBand& risk_band_for(const Product& product, int risk_score);

// The grid's rate per month for a term, risk band and loan-to-value (ltv_pct ignored when the grid
// has no LTV buckets). Throws Error{OutOfRange} for a term or LTV beyond the grid's last bucket.
[[nodiscard]] PeriodicRate grid_rate(const Product& product, int term_months, const RiskBand& band, double ltv_pct);

// The collateral type a partner's code or name denotes (case-insensitive id or alias), if any.
[[nodiscard]] const CollateralType* find_collateral_type(const Product& product, std::string_view code_or_name);

// The maximum loan-to-value for collateral of this age: the first limit that covers the age, the
// strictest limit when the age is unknown, nullopt when no limit covers it (too old to lend against).
[[nodiscard]] std::optional<double> max_ltv_pct(const Product& product, std::optional<double> collateral_age_years);

}  // namespace loansim
