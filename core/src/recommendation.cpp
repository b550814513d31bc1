#include "loansim/recommendation.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "loansim/affordability.hpp"
#include "loansim/error.hpp"
#include "loansim/ordering.hpp"
#include "loansim/portable_math.hpp"

namespace loansim {
namespace {

// `items` in ascending order of key(item), equal keys in the order given: through ascending_order,
// the one sort every caller shares, rather than a std::stable_sort of its own.
template <class T, class Key>
std::vector<T> sorted_by(const std::vector<T>& items, Key key) {
  std::vector<double> keys;
  keys.reserve(items.size());
  for (const T& item : items) keys.push_back(key(item));
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const std::size_t i : ascending_order(keys)) sorted.push_back(items[i]);
  return sorted;
}

std::size_t index(Pillar pillar) { return static_cast<std::size_t>(pillar); }
std::size_t index(Criterion criterion) { return static_cast<std::size_t>(criterion); }

double pct_of(Money part, Money whole) {
  return static_cast<double>(part.minor()) / static_cast<double>(whole.minor()) * 100.0;
}

Money floor_to(Money amount, std::int64_t step) {
  return {round_to_increment(std::max<std::int64_t>(0, amount.minor()), {Rounding::Down, step}), amount.currency()};
}

std::string pct_text(double pct) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g %%", pct);
  return buffer;
}

void require_currency(Money amount, const Product& product, const char* field) {
  if (amount.currency() != product.currency) {
    throw Error(ErrorCode::InvalidValue, field,
                "is in " + std::string(code(amount.currency())) + "; product " + product.id + " lends in " +
                    std::string(code(product.currency)));
  }
}

void validate(const RecommendationRequest& request, const Product& product) {
  const Applicant& a = request.applicant;
  require_currency(request.loan.amount, product, "loan.amount");
  require_currency(a.monthly_income.low, product, "applicant.monthly_income");
  require_currency(a.monthly_expenses.low, product, "applicant.monthly_expenses");
  require_currency(a.existing_installments, product, "applicant.existing_installments");
  require_currency(a.savings, product, "applicant.savings");
  if (a.outstanding_debt) require_currency(*a.outstanding_debt, product, "applicant.outstanding_debt");
  for (const CollateralItem& item : request.collaterals) {
    require_currency(item.value, product, "collaterals.value");
    require_currency(item.lien, product, "collaterals.lien");
  }
  if (request.loan.amount.minor() <= 0) throw Error(ErrorCode::OutOfRange, "loan.amount", "must be above zero");
  if (request.loan.term_months < 1 || request.loan.term_months > 600) {
    throw Error(ErrorCode::OutOfRange, "loan.term_months", "must be between 1 and 600");
  }
  if (!allows_method(product, request.loan.method)) {
    throw Error(ErrorCode::InvalidValue, "loan.method",
                "product " + product.id + " does not lend by the " + std::string(method_key(request.loan.method)) + " method");
  }
  if (request.loan.rate && !(request.loan.rate->value >= 0.0 && request.loan.rate->value <= 1000.0 / 1200.0)) {
    throw Error(ErrorCode::OutOfRange, "loan.rate", "must be between 0 % and 1000 % a year");
  }
  for (const Money m : {a.monthly_income.low, a.monthly_expenses.low, a.existing_installments, a.savings}) {
    if (m.is_negative()) throw Error(ErrorCode::OutOfRange, "applicant", "amounts must not be negative");
  }
}

// ---- Collateral -------------------------------------------------------------------------------

// The amount `recognised` covers at `coverage_pct` % (recognised × 100 / coverage), rounded down,
// with the percentage exact as written.
Money covered_by(Money recognised, double coverage_pct) {
  const Decimal coverage = decimal_from_double(coverage_pct, "collateral.required_coverage_pct");
  Int128 numerator = static_cast<Int128>(recognised.minor()) * 100;
  for (int i = 0; i < coverage.scale; ++i) numerator *= 10;  // scale ≤ 18, recognised < 2^62: fits
  return {round_div(numerator, coverage.digits, Rounding::Down), recognised.currency()};
}

struct CollateralSummary {
  Money recognised;          // Σ lendable value
  std::optional<Money> limit;
  std::optional<double> ltv_pct;
  std::optional<double> quality;  // value-weighted quality points
};

CollateralSummary assess_collateral(const RecommendationRequest& request, const Product& product,
                                    RecommendationTrace& trace, std::vector<std::string>& warnings) {
  const Currency currency = product.currency;
  CollateralSummary summary{Money{0, currency}, std::nullopt, std::nullopt, std::nullopt};
  const CollateralPolicy& policy = product.collateral;
  if (policy.rule == CollateralRule::None) {
    if (!request.collaterals.empty()) warnings.push_back("product " + product.id + " is unsecured: collateral is not counted");
    return summary;
  }
  Money total_limit{0, currency}, vehicle_value{0, currency}, liens{0, currency};
  double quality_weighted = 0.0;
  for (std::size_t i = 0; i < request.collaterals.size(); ++i) {
    const CollateralItem& item = request.collaterals[i];
    const std::string where = "collaterals[" + std::to_string(i) + "]";
    CollateralTrace row{"", item.value, 0.0, Money{0, currency}, Money{0, currency}, item.declared_recognised, false};
    if (item.estimate_low && *item.estimate_low < item.value) {
      row.value_used = *item.estimate_low;
      warnings.push_back(where + ": value " + to_string(item.value) + " is above its estimate's low bound; " +
                         to_string(row.value_used) + " is used");
    }
    if (item.declared_recognised && item.recognition_pct) {
      const Money partner = percent_of(item.value, *item.recognition_pct, Rounding::HalfUp);
      if (partner != *item.declared_recognised) {
        row.declared_mismatch = true;
        warnings.push_back(where + ": recognition_value " + to_string(*item.declared_recognised) + " is not value " +
                           to_string(item.value) + " × " + pct_text(*item.recognition_pct) + " = " + to_string(partner) +
                           "; recomputed, the declared figure is not used");
      }
    }
    const CollateralType* type = find_collateral_type(product, item.type);
    if (type == nullptr) {
      warnings.push_back(where + ": type '" + item.type.substr(0, 32) + "' is not one product " + product.id +
                         " recognises; not counted");
      trace.collaterals.push_back(row);
      continue;
    }
    row.type_id = type->id;
    if (policy.rule == CollateralRule::Recognition) {
      row.recognition_pct = type->recognition_pct;
      if (item.recognition_pct && *item.recognition_pct < type->recognition_pct) {
        row.recognition_pct = *item.recognition_pct;  // the partner's own appraisal is stricter
      } else if (item.recognition_pct && *item.recognition_pct > type->recognition_pct) {
        warnings.push_back(where + ": recognition " + pct_text(*item.recognition_pct) + " is above the product's " +
                           pct_text(type->recognition_pct) + " for " + type->id + "; the product's is used");
      }
    } else {
      const auto max_ltv = max_ltv_pct(product, item.age_years);
      if (!max_ltv) warnings.push_back(where + ": too old for any of the product's loan-to-value limits; not counted");
      row.recognition_pct = max_ltv.value_or(0.0);
    }
    const Money gross = percent_of(row.value_used, row.recognition_pct, Rounding::Down);
    row.recognised = gross > item.lien ? gross - item.lien : Money{0, currency};
    row.limit = covered_by(row.recognised, policy.required_coverage_pct);
    summary.recognised += row.recognised;
    total_limit += row.limit;
    quality_weighted += type->quality_points * static_cast<double>(row.recognised.minor());
    if (type->vehicle) vehicle_value += row.value_used;
    liens += item.lien;
    trace.collaterals.push_back(row);
  }
  summary.limit = floor_to(total_limit, product.rounding.amount.increment);
  if (summary.recognised.minor() > 0) summary.quality = quality_weighted / static_cast<double>(summary.recognised.minor());
  if (policy.rule == CollateralRule::LoanToValue && vehicle_value.minor() > 0) {
    summary.ltv_pct = pct_of(request.loan.amount + liens, vehicle_value);
  }
  return summary;
}

// ---- Scores -----------------------------------------------------------------------------------

struct Measured {
  bool scored = false;
  std::optional<double> value;
  std::string label;
  double points = 0.0;
};

Measured banded(const Product& product, Criterion criterion, std::optional<double> value) {
  if (!value) return {};
  return {true, value, "", band_points(product.scoring.criteria[index(criterion)].bands, *value)};
}

// A ratio over income when there is no income: scored at the criterion's worst band.
Measured worst_band(const Product& product, Criterion criterion, const char* why) {
  const auto& bands = product.scoring.criteria[index(criterion)].bands;
  double worst = 100.0;
  for (const Band& band : bands) worst = std::min(worst, band.points);
  return {true, std::nullopt, why, worst};
}

struct ScoringInputs {
  Money income;
  Money expenses;
  Money requested_installment;
  CollateralSummary collateral;
};

Measured measure(Criterion criterion, const RecommendationRequest& request, const Product& product, const ScoringInputs& in) {
  const Applicant& a = request.applicant;
  const bool has_income = in.income.minor() > 0;
  switch (criterion) {
    case Criterion::Collectability:
      if (!a.collectability) return {};
      return {true, std::nullopt, std::string(collectability_key(*a.collectability)),
              product.scoring.collectability_points[static_cast<std::size_t>(*a.collectability)]};
    case Criterion::ActiveLoans:
      return banded(product, criterion, a.active_loans ? std::optional<double>(*a.active_loans) : std::nullopt);
    case Criterion::WithdrawalRatio:
      return banded(product, criterion, a.withdrawal_ratio_pct);
    case Criterion::MembershipMonths:
      return banded(product, criterion, a.membership_months ? std::optional<double>(*a.membership_months) : std::nullopt);
    case Criterion::Bureau: {
      if (!a.bureau) return {};
      const double points = bureau_points(*a.bureau);
      return {true, points, "", points};
    }
    case Criterion::Dsr:
      if (!has_income) return worst_band(product, criterion, "no income");
      return banded(product, criterion, pct_of(a.existing_installments + in.requested_installment, in.income));
    case Criterion::ResidualIncome:
      if (!has_income) return worst_band(product, criterion, "no income");
      return banded(product, criterion,
                    pct_of(in.income - in.expenses - a.existing_installments - in.requested_installment, in.income));
    case Criterion::DebtMonths:
      if (!a.outstanding_debt) return {};
      if (!has_income) return worst_band(product, criterion, "no income");
      return banded(product, criterion, static_cast<double>(a.outstanding_debt->minor()) / static_cast<double>(in.income.minor()));
    case Criterion::IncomeEvidence:
      if (!has_income) return worst_band(product, criterion, "no income");
      return banded(product, criterion, pct_of(a.monthly_income.high - a.monthly_income.low, a.monthly_income.low));
    case Criterion::SavingsRatio:
      return banded(product, criterion, pct_of(a.savings, request.loan.amount));
    case Criterion::Equity:
      return banded(product, criterion, in.collateral.ltv_pct ? std::optional<double>(100.0 - *in.collateral.ltv_pct) : std::nullopt);
    case Criterion::Coverage:
      if (product.collateral.rule == CollateralRule::None) return {};
      return banded(product, criterion, pct_of(in.collateral.recognised, request.loan.amount));
    case Criterion::CollateralQuality:
      if (!in.collateral.quality) return {};
      return {true, *in.collateral.quality, "", *in.collateral.quality};
    case Criterion::Purpose: {
      std::string text = request.loan.purpose;
      for (char& c : text) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      for (const PurposeCategory& category : product.scoring.purposes) {
        for (const std::string& keyword : category.keywords) {
          if (text.find(keyword) != std::string::npos) return {true, std::nullopt, category.id, category.points};
        }
      }
      return {true, std::nullopt, "unknown", product.scoring.unknown_purpose_points};
    }
    case Criterion::AgeHeadroom:
      if (!product.age || !a.age_years) return {};
      return banded(product, criterion,
                    product.age->max_at_maturity_years - (*a.age_years + request.loan.term_months / 12.0));
  }
  return {};
}

std::array<PillarScore, kPillarCount> score_pillars(const RecommendationRequest& request, const Product& product,
                                                    const ScoringInputs& inputs, double& composite) {
  const ScoringPolicy& policy = product.scoring;
  double weight_total = 0.0;
  for (const double w : policy.pillar_weights) weight_total += w;
  std::array<PillarScore, kPillarCount> pillars;
  for (std::size_t p = 0; p < kPillarCount; ++p) {
    pillars[p].pillar = static_cast<Pillar>(p);
    pillars[p].weight = policy.pillar_weights[p];
  }
  for (std::size_t c = 0; c < kCriterionCount; ++c) {
    const auto criterion = static_cast<Criterion>(c);
    const double weight = policy.criteria[c].weight;
    if (weight <= 0.0) continue;
    const Measured m = measure(criterion, request, product, inputs);
    pillars[index(pillar_of(criterion))].criteria.push_back({criterion, weight, m.scored, m.value, m.label, m.points, 0.0});
  }
  composite = 0.0;
  for (PillarScore& pillar : pillars) {
    double configured = 0.0, scored = 0.0, sum = 0.0;
    for (const CriterionScore& c : pillar.criteria) {
      configured += c.weight;
      if (c.scored) {
        scored += c.weight;
        sum += c.weight * c.points;
      }
    }
    pillar.coverage = configured > 0.0 ? scored / configured : 0.0;
    pillar.score = scored > 0.0 ? sum / scored : 0.0;
    if (pillar.coverage < policy.min_coverage && pillar.score > policy.partial_coverage_cap) {
      pillar.score = policy.partial_coverage_cap;
      pillar.capped = true;
    }
    const double share = pillar.weight / weight_total;
    for (CriterionScore& c : pillar.criteria) {
      if (c.scored) c.points_lost = share * (c.weight / scored) * (100.0 - c.points);
    }
    composite += share * pillar.score;
  }
  return pillars;
}

// ---- Risk -------------------------------------------------------------------------------------

int risk_score_of(double composite, const RiskScale& scale) {
  const double raw = scale.anchor_risk - scale.risk_points_per_halving * (composite - scale.anchor_composite) /
                                             scale.composite_points_per_halving;
  return static_cast<int>(std::clamp(std::round(raw), 1.0, 1400.0));
}

double pd_of(double composite, const RiskScale& scale) {
  const double anchor_odds = scale.anchor_pd_pct / (100.0 - scale.anchor_pd_pct);
  const double odds = anchor_odds * portable::pow(2.0, -(composite - scale.anchor_composite) / scale.composite_points_per_halving);
  return odds / (1.0 + odds);
}

// ---- Knock-outs -------------------------------------------------------------------------------

void add_knockout(std::vector<Knockout>& knockouts, ReasonCode code, PolicyAction action) {
  if (action != PolicyAction::None) knockouts.push_back({code, action});
}

std::vector<Knockout> knockouts_of(const RecommendationRequest& request, const Product& product, Money income, Money disposable) {
  const Applicant& a = request.applicant;
  const ScoringPolicy& policy = product.scoring;
  std::vector<Knockout> knockouts;
  if (a.collectability) {
    add_knockout(knockouts, ReasonCode::KoCollectability, policy.collectability_actions[static_cast<std::size_t>(*a.collectability)]);
  }
  const bool bankrupt_score = a.bureau && a.bureau->scale == BureauScale::BankruptcyPlus && policy.refuse_bankruptcy_score_at &&
                              a.bureau->value >= *policy.refuse_bankruptcy_score_at;
  if (a.bankruptcy || bankrupt_score) add_knockout(knockouts, ReasonCode::KoBankruptcy, PolicyAction::Refuse);
  if (disposable.minor() <= 0) add_knockout(knockouts, ReasonCode::KoNegativeDisposable, PolicyAction::Refuse);
  if (product.affordability.min_income && income < *product.affordability.min_income) {
    add_knockout(knockouts, ReasonCode::KoMinIncome, PolicyAction::Refuse);
  }
  if (policy.refuse_active_loans_above && a.active_loans && *a.active_loans > *policy.refuse_active_loans_above) {
    add_knockout(knockouts, ReasonCode::KoActiveLoans, PolicyAction::Refuse);
  }
  if (product.age && a.age_years && *a.age_years < product.age->min_years) {
    add_knockout(knockouts, ReasonCode::KoAge, PolicyAction::Refuse);
  }
  if (policy.require_kyc && a.kyc_verified != true) add_knockout(knockouts, ReasonCode::KoKyc, PolicyAction::Refer);
  return knockouts;
}

std::optional<ReasonCode> cap_reason(Binding binding) {
  switch (binding) {
    case Binding::Dsr: return ReasonCode::CapDsr;
    case Binding::Disposable: return ReasonCode::CapDisposable;
    case Binding::Collateral: return ReasonCode::CapCollateral;
    case Binding::Savings: return ReasonCode::CapSavings;
    case Binding::ProductMax: return ReasonCode::CapProductMax;
    case Binding::FixedScore: return ReasonCode::CapFixedScore;
    case Binding::Requested:
    case Binding::Nothing: return std::nullopt;
  }
  return std::nullopt;
}

bool refuses(const std::vector<Knockout>& knockouts) {
  return std::any_of(knockouts.begin(), knockouts.end(), [](const Knockout& k) { return k.action == PolicyAction::Refuse; });
}

// ---- Tenures ----------------------------------------------------------------------------------

std::vector<int> tenures_to_try(const RecommendationRequest& request, const Product& product, const RecommendationTrace& trace) {
  std::vector<int> tenures = product.term.grid_months;
  const int requested = request.loan.term_months;
  if (requested >= product.term.min_months && requested <= product.term.max_months) tenures.push_back(requested);
  std::sort(tenures.begin(), tenures.end());
  tenures.erase(std::unique(tenures.begin(), tenures.end()), tenures.end());
  const auto beyond = [&](int months) {
    return (trace.age_tenure_cap_months && months > *trace.age_tenure_cap_months) ||
           (trace.fixed_score_tenure_cap_months && months > *trace.fixed_score_tenure_cap_months);
  };
  tenures.erase(std::remove_if(tenures.begin(), tenures.end(), beyond), tenures.end());
  return tenures;
}

struct Caps {
  Money requested;
  std::optional<Money> collateral;
  std::optional<Money> savings;
  Money product_max;
  bool fixed_score = false;
  double fixed_share_pct = 100.0;
};

TenureTrace evaluate_tenure(int months, PeriodicRate rate, const RecommendationRequest& request, const Product& product,
                            const RecommendationTrace& trace, const Caps& caps, Money& uncapped) {
  const std::int64_t step = product.rounding.amount.increment;
  TenureTrace row;
  row.term_months = months;
  row.rate = rate;
  row.capacity = max_principal(trace.installment_budget, rate, months, request.loan.method, product.rounding.installment, step);
  // The least of every cap; ties keep the earlier (capacity, collateral, savings, product maximum).
  // Absent caps stand in as the product maximum, which never binds before the real one.
  const std::pair<Money, Binding> limits[] = {
      {row.capacity, trace.capacity_binding},
      {caps.collateral.value_or(caps.product_max), caps.collateral ? Binding::Collateral : Binding::ProductMax},
      {caps.savings.value_or(caps.product_max), caps.savings ? Binding::Savings : Binding::ProductMax},
      {caps.product_max, Binding::ProductMax},
  };
  Money best = limits[0].first;
  Binding binding = limits[0].second;
  for (const auto& [limit, why] : limits) {
    if (limit < best) {
      best = limit;
      binding = why;
    }
  }
  if (caps.fixed_score) {
    const Money share = floor_to(percent_of(best, caps.fixed_share_pct, Rounding::Down), step);
    if (share < best) {
      best = share;
      binding = Binding::FixedScore;
    }
  }
  uncapped = best;
  row.amount = best;
  row.binding = binding;
  if (caps.requested <= best) {
    row.amount = caps.requested;
    row.binding = Binding::Requested;
  }
  row.installment = peak_installment(row.amount, rate, months, request.loan.method, product.rounding.installment);
  return row;
}

}  // namespace

double bureau_points(const BureauScore& score) {
  const auto on_scale = [&](double low, double high) {
    if (!(score.value >= low && score.value <= high)) {
      throw Error(ErrorCode::OutOfRange, "applicant.bureau.score", "must be between " + std::to_string(static_cast<int>(low)) +
                                                                     " and " + std::to_string(static_cast<int>(high)) + " on its scale");
    }
  };
  switch (score.scale) {
    case BureauScale::Fico: on_scale(300, 850); return (score.value - 300.0) / 550.0 * 100.0;
    case BureauScale::Serasa: on_scale(0, 1000); return score.value / 10.0;
    case BureauScale::Cibil: on_scale(300, 900); return (score.value - 300.0) / 600.0 * 100.0;
    case BureauScale::BankruptcyPlus: on_scale(1, 1400); return (1400.0 - score.value) / 1399.0 * 100.0;
  }
  return 0.0;
}

Recommendation recommend(const RecommendationRequest& request, const Product& product) {
  validate(request, product);
  const Applicant& a = request.applicant;
  const Currency currency = product.currency;
  Recommendation result;
  result.product_id = product.id;
  result.product_version = product.version;
  RecommendationTrace& trace = result.trace;

  // Conservative figures and the installment budget.
  trace.income_used = a.monthly_income.low;
  trace.expenses_used = a.monthly_expenses.high;
  trace.existing_installments = a.existing_installments;
  trace.disposable = trace.income_used - trace.expenses_used - trace.existing_installments;
  trace.dsr_budget = percent_of(trace.income_used, product.affordability.max_ratio_pct, Rounding::Down) - trace.existing_installments;
  Money budget = trace.dsr_budget;
  trace.capacity_binding = Binding::Dsr;
  if (product.affordability.disposable_share_pct) {
    trace.disposable_budget = percent_of(trace.disposable, *product.affordability.disposable_share_pct, Rounding::Down);
    if (*trace.disposable_budget < budget) {
      budget = *trace.disposable_budget;
      trace.capacity_binding = Binding::Disposable;
    }
  }
  trace.installment_budget = budget.is_negative() ? Money{0, currency} : budget;

  const CollateralSummary collateral = assess_collateral(request, product, trace, result.warnings);
  trace.collateral_limit = collateral.limit;
  trace.ltv_pct = collateral.ltv_pct;
  if (product.savings_multiple) {
    trace.savings_limit = floor_to(multiply(a.savings, decimal_from_double(*product.savings_multiple, "savings_multiple"), Rounding::Down),
                                   product.rounding.amount.increment);
  }
  trace.product_max = product.max_amount;

  // The requested loan's installment, for the capacity scores. A grid-priced loan is measured at
  // the worst band's rate: its price depends on the score being computed.
  const int requested_term = std::clamp(request.loan.term_months, product.term.min_months, product.term.max_months);
  if (requested_term != request.loan.term_months) {
    result.warnings.push_back("requested tenure " + std::to_string(request.loan.term_months) + " months is outside the product's " +
                              std::to_string(product.term.min_months) + "–" + std::to_string(product.term.max_months) +
                              " months");
  }
  const double grid_ltv = std::min(collateral.ltv_pct.value_or(0.0),
                                   product.rates.ltv_buckets_pct.empty() ? 0.0 : product.rates.ltv_buckets_pct.back());
  trace.rate_from_grid = !request.loan.rate;
  const PeriodicRate scoring_rate =
      request.loan.rate ? *request.loan.rate : grid_rate(product, requested_term, product.rates.risk_bands.back(), grid_ltv);
  trace.requested_installment = peak_installment(request.loan.amount, scoring_rate, request.loan.term_months,
                                                 request.loan.method, product.rounding.installment);
  if (trace.income_used.minor() > 0) {
    trace.requested_dsr_pct = pct_of(trace.existing_installments + trace.requested_installment, trace.income_used);
  }

  // Knock-outs, scores, risk.
  result.knockouts = knockouts_of(request, product, trace.income_used, trace.disposable);
  const ScoringInputs inputs{trace.income_used, trace.expenses_used, trace.requested_installment, collateral};
  result.pillars = score_pillars(request, product, inputs, result.composite);
  const RiskScale& scale = product.scoring.risk;
  result.risk_score = risk_score_of(result.composite, scale);
  trace.pd = pd_of(result.composite, scale);
  const bool fixed_score = product.scoring.fixed_score && !a.bureau &&
                           product.scoring.criteria[index(Criterion::Bureau)].weight > 0.0;
  // A fixed score prices as if the bureau had returned it; the decision and the caps stay FIXED_SCORE.
  trace.pricing_risk_score = result.risk_score;
  if (fixed_score && product.scoring.fixed_score->pricing_score) {
    RecommendationRequest priced = request;
    priced.applicant.bureau = *product.scoring.fixed_score->pricing_score;
    double priced_composite = 0.0;
    (void)score_pillars(priced, product, inputs, priced_composite);
    trace.pricing_risk_score = risk_score_of(priced_composite, scale);
  }
  const RiskBand& band = risk_band_for(product, trace.pricing_risk_score);
  if (trace.rate_from_grid) trace.risk_band = band.id;
  trace.rate = request.loan.rate ? *request.loan.rate : grid_rate(product, requested_term, band, grid_ltv);

  // Tenures, each with its own rate when the grid prices it.
  if (product.age && a.age_years) trace.age_tenure_cap_months = (product.age->max_at_maturity_years - *a.age_years) * 12;
  if (fixed_score) trace.fixed_score_tenure_cap_months = product.scoring.fixed_score->max_term_months;
  const Caps caps{request.loan.amount, trace.collateral_limit, trace.savings_limit, product.max_amount,
                  fixed_score, fixed_score ? product.scoring.fixed_score->amount_share_pct : 100.0};
  result.max_amount = Money{0, currency};
  for (const int months : tenures_to_try(request, product, trace)) {
    const PeriodicRate rate = request.loan.rate ? *request.loan.rate : grid_rate(product, months, band, grid_ltv);
    Money uncapped{0, currency};
    trace.tenures.push_back(evaluate_tenure(months, rate, request, product, trace, caps, uncapped));
    result.max_amount = std::max(result.max_amount, uncapped);
  }

  // The tenure: the requested one if it carries the amount, else the shortest that does, else
  // the one carrying the most (on ties the requested one, else the shortest).
  const TenureTrace* chosen = nullptr;
  for (const TenureTrace& row : trace.tenures) {
    if (row.term_months == request.loan.term_months && row.binding == Binding::Requested) chosen = &row;
  }
  for (const TenureTrace& row : trace.tenures) {
    if (chosen == nullptr && row.binding == Binding::Requested) chosen = &row;
  }
  for (const TenureTrace& row : trace.tenures) {
    const bool more = chosen != nullptr && row.amount > chosen->amount;
    const bool as_much_as_requested = chosen != nullptr && row.amount == chosen->amount && row.term_months == request.loan.term_months;
    if (chosen == nullptr || (chosen->binding != Binding::Requested && (more || as_much_as_requested))) chosen = &row;
  }

  // These follow from the caps: said only when no rule has refused already.
  if (!refuses(result.knockouts) && chosen == nullptr) {
    add_knockout(result.knockouts, ReasonCode::KoNoTenure, PolicyAction::Refuse);
  } else if (!refuses(result.knockouts) && chosen->amount < product.min_amount) {
    add_knockout(result.knockouts, ReasonCode::KoBelowMinAmount, PolicyAction::Refuse);
  }
  if (!refuses(result.knockouts) && result.composite < product.scoring.refer_at) {
    add_knockout(result.knockouts, ReasonCode::KoLowScore, PolicyAction::Refuse);
  }
  // Refusals first.
  result.knockouts = sorted_by(result.knockouts, [](const Knockout& k) { return k.action == PolicyAction::Refuse ? 0.0 : 1.0; });

  const bool refer = std::any_of(result.knockouts.begin(), result.knockouts.end(),
                                 [](const Knockout& k) { return k.action == PolicyAction::Refer; });
  if (refuses(result.knockouts)) {
    result.decision = Decision::Refused;
  } else if (fixed_score) {
    result.decision = Decision::FixedScore;
  } else if (refer || result.composite < product.scoring.approve_at) {
    result.decision = Decision::Refer;
  } else {
    result.decision = Decision::PreApproved;
  }
  if (result.decision == Decision::Refused) {
    result.risk_score = std::max(result.risk_score, static_cast<int>(scale.refused_floor));
  }

  result.plafon = Money{0, currency};
  result.installment = Money{0, currency};
  if (chosen != nullptr) result.binding = chosen->binding;
  if (chosen != nullptr && result.decision != Decision::Refused) {
    result.plafon = chosen->amount;
    result.tenure_months = chosen->term_months;
    result.installment = chosen->installment;
    result.counter_offer = chosen->amount < request.loan.amount || chosen->term_months != request.loan.term_months;
    if (trace.income_used.minor() > 0) result.dsr_pct = pct_of(trace.existing_installments + chosen->installment, trace.income_used);
  }

  // Reasons: the rules that fired, what bounds the offer, then the scored factors that cost most.
  const auto add_reason = [&](Reason reason) {
    const bool seen = std::any_of(result.reasons.begin(), result.reasons.end(), [&](const Reason& r) { return r.code == reason.code; });
    if (!seen && result.reasons.size() < kMaxReasons) result.reasons.push_back(reason);
  };
  for (const Knockout& k : result.knockouts) add_reason({k.code, true, 0.0});
  if (fixed_score) add_reason({ReasonCode::ChrNoBureau, true, 0.0});
  if (const auto cap = cap_reason(result.binding)) add_reason({*cap, true, 0.0});
  if (result.tenure_months && *result.tenure_months != request.loan.term_months) add_reason({ReasonCode::OfferTenureChanged, true, 0.0});
  std::vector<const CriterionScore*> losses;
  for (const PillarScore& pillar : result.pillars) {
    for (const CriterionScore& c : pillar.criteria) {
      if (c.scored && c.points_lost >= 1.0) losses.push_back(&c);
    }
  }
  // The largest losses first.
  for (const CriterionScore* c : sorted_by(losses, [](const CriterionScore* loss) { return -loss->points_lost; })) {
    add_reason({score_reason(c->criterion), false, c->points_lost});
  }
  return result;
}

std::string_view decision_key(Decision decision) noexcept {
  constexpr std::array<std::string_view, 4> kKeys{"PRE_APPROVED", "REFER", "REFUSED", "FIXED_SCORE"};
  return kKeys[static_cast<std::size_t>(decision)];
}

std::string_view binding_key(Binding binding) noexcept {
  constexpr std::array<std::string_view, 8> kKeys{"REQUESTED", "CAP_DSR", "CAP_DISPOSABLE", "CAP_COLLATERAL", "CAP_SAVINGS",
                                                  "CAP_PRODUCT_MAX", "CAP_FIXED_SCORE", "NONE"};
  return kKeys[static_cast<std::size_t>(binding)];
}

}  // namespace loansim
