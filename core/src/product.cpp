#include "loansim/product.hpp"

#include <algorithm>

#include "loansim/error.hpp"

namespace loansim {
namespace {

struct CriterionInfo {
  Criterion criterion;
  Pillar pillar;
  std::string_view key;
};

constexpr std::array<CriterionInfo, kCriterionCount> kCriteria{{
    {Criterion::Collectability, Pillar::Character, "collectability"},
    {Criterion::ActiveLoans, Pillar::Character, "active_loans"},
    {Criterion::WithdrawalRatio, Pillar::Character, "withdrawal_ratio"},
    {Criterion::MembershipMonths, Pillar::Character, "membership_months"},
    {Criterion::Bureau, Pillar::Character, "bureau"},
    {Criterion::Dsr, Pillar::Capacity, "dsr"},
    {Criterion::ResidualIncome, Pillar::Capacity, "residual_income"},
    {Criterion::DebtMonths, Pillar::Capacity, "debt_months"},
    {Criterion::IncomeEvidence, Pillar::Capacity, "income_evidence"},
    {Criterion::SavingsRatio, Pillar::Capital, "savings_ratio"},
    {Criterion::Equity, Pillar::Capital, "equity"},
    {Criterion::Coverage, Pillar::Collateral, "coverage"},
    {Criterion::CollateralQuality, Pillar::Collateral, "collateral_quality"},
    {Criterion::Purpose, Pillar::Condition, "purpose"},
    {Criterion::AgeHeadroom, Pillar::Condition, "age_headroom"},
}};

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return result;
}

}  // namespace

Pillar pillar_of(Criterion criterion) noexcept { return kCriteria[static_cast<std::size_t>(criterion)].pillar; }

std::string_view criterion_key(Criterion criterion) noexcept { return kCriteria[static_cast<std::size_t>(criterion)].key; }

std::string_view pillar_key(Pillar pillar) noexcept {
  constexpr std::array<std::string_view, kPillarCount> kKeys{"character", "capacity", "capital", "collateral", "condition"};
  return kKeys[static_cast<std::size_t>(pillar)];
}

std::string_view method_key(InterestMethod method) noexcept {
  constexpr std::array<std::string_view, 3> kKeys{"annuity", "flat", "declining"};
  return kKeys[static_cast<std::size_t>(method)];
}

std::string_view collectability_key(Collectability collectability) noexcept {
  constexpr std::array<std::string_view, kCollectabilityCount> kKeys{"lancar", "dalam_perhatian_khusus", "kurang_lancar",
                                                                      "diragukan", "macet"};
  return kKeys[static_cast<std::size_t>(collectability)];
}

double band_points(const std::vector<Band>& bands, double value) {
  for (const Band& band : bands) {
    if (!band.up_to || value <= *band.up_to) return band.points;
  }
  // Product validation guarantees a final open band; an empty table scores nothing.
  return 0.0;
}

bool allows_method(const Product& product, InterestMethod method) noexcept {
  return std::find(product.methods.begin(), product.methods.end(), method) != product.methods.end();
}

const RiskBand& risk_band_for(const Product& product, int risk_score) {
  const auto& bands = product.rates.risk_bands;
  if (bands.empty()) fail(ErrorCode::InvalidValue, "product.rates.risk_bands", "the product has no risk bands");
  for (const RiskBand& band : bands) {
    if (risk_score <= band.max_risk_score) return band;
  }
  return bands.back();
}

PeriodicRate grid_rate(const Product& product, int term_months, const RiskBand& band, double ltv_pct) {
  const RateGrid& grid = product.rates;
  const auto term_it = std::lower_bound(grid.term_buckets_months.begin(), grid.term_buckets_months.end(), term_months);
  if (term_it == grid.term_buckets_months.end()) {
    fail(ErrorCode::OutOfRange, "term", "no rate for a term of " + std::to_string(term_months) + " months");
  }
  std::size_t ltv_index = 0;
  if (!grid.ltv_buckets_pct.empty()) {
    const auto ltv_it = std::lower_bound(grid.ltv_buckets_pct.begin(), grid.ltv_buckets_pct.end(), ltv_pct);
    if (ltv_it == grid.ltv_buckets_pct.end()) fail(ErrorCode::OutOfRange, "ltv", "no rate for this loan-to-value");
    ltv_index = static_cast<std::size_t>(ltv_it - grid.ltv_buckets_pct.begin());
  }
  const auto band_it = std::find_if(grid.risk_bands.begin(), grid.risk_bands.end(),
                                    [&](const RiskBand& b) { return b.id == band.id; });
  if (band_it == grid.risk_bands.end()) fail(ErrorCode::InvalidValue, "risk_band", "unknown risk band " + band.id);
  const std::size_t ltv_count = std::max<std::size_t>(1, grid.ltv_buckets_pct.size());
  const std::size_t index =
      (static_cast<std::size_t>(band_it - grid.risk_bands.begin()) * grid.term_buckets_months.size() +
       static_cast<std::size_t>(term_it - grid.term_buckets_months.begin())) * ltv_count + ltv_index;
  const double pct = grid.rate_pct.at(index);
  return grid.basis == RateBasis::Monthly ? PeriodicRate{pct / 100.0} : periodic_from_nominal(pct / 100.0, 12);
}

const CollateralType* find_collateral_type(const Product& product, std::string_view code_or_name) {
  const std::string wanted = lower(code_or_name);
  for (const CollateralType& type : product.collateral.types) {
    if (lower(type.id) == wanted) return &type;
    for (const std::string& alias : type.aliases) {
      if (lower(alias) == wanted) return &type;
    }
  }
  return nullptr;
}

std::optional<double> max_ltv_pct(const Product& product, std::optional<double> collateral_age_years) {
  const auto& limits = product.collateral.ltv_limits;
  if (!collateral_age_years) {
    if (limits.empty()) return std::nullopt;
    return std::min_element(limits.begin(), limits.end(), [](const LtvLimit& a, const LtvLimit& b) {
             return a.max_ltv_pct < b.max_ltv_pct;
           })->max_ltv_pct;
  }
  for (const LtvLimit& limit : limits) {
    if (!limit.max_age_years || *collateral_age_years <= *limit.max_age_years) return limit.max_ltv_pct;
  }
  return std::nullopt;
}

}  // namespace loansim
