// Recommendation → JSON, with the trace from which every figure can be rebuilt.
#include "recommendation_json.hpp"

#include <cmath>

#include "json_build.hpp"

namespace loansim::json {
namespace {

std::optional<double> optional_amount(const std::optional<Money>& value) {
  return value ? std::optional(amount(*value)) : std::nullopt;
}
std::optional<double> optional_number(const std::optional<double>& value, int decimals) {
  return value ? std::optional(rounded(*value, decimals)) : std::nullopt;
}

std::string_view action_key(PolicyAction action) {
  return action == PolicyAction::Refuse ? "refuse" : action == PolicyAction::Refer ? "refer" : "none";
}

Json pillar_json(const PillarScore& pillar) {
  Json criteria = Json::array();
  for (const CriterionScore& c : pillar.criteria) {
    criteria.push_back(object({{"criterion", criterion_key(c.criterion)},
                               {"weight", c.weight},
                               {"scored", c.scored},
                               {"measured", optional_number(c.measured, 4)},
                               {"label", c.label},
                               {"points", rounded(c.points, 4)},
                               {"points_lost", rounded(c.points_lost, 4)}}));
  }
  return object({{"score", rounded(pillar.score, 4)},
                 {"weight", pillar.weight},
                 {"coverage", rounded(pillar.coverage, 4)},
                 {"capped", pillar.capped},
                 {"criteria", std::move(criteria)}});
}

Json trace_json(const Recommendation& r, const Product& product) {
  const RecommendationTrace& t = r.trace;
  Json collaterals = Json::array();
  for (const CollateralTrace& c : t.collaterals) {
    collaterals.push_back(object({{"type", c.type_id.empty() ? Value(nullptr) : Value(c.type_id)},
                                  {"value_used", amount(c.value_used)},
                                  {"recognition_pct", c.recognition_pct},
                                  {"recognised", amount(c.recognised)},
                                  {"limit", amount(c.limit)},
                                  {"declared_recognised", optional_amount(c.declared_recognised)},
                                  {"declared_mismatch", c.declared_mismatch}}));
  }
  Json tenures = Json::array();
  for (const TenureTrace& row : t.tenures) {
    tenures.push_back(object({{"term_months", row.term_months},
                              {"monthly_rate_pct", rounded(row.rate.value * 100.0, 10)},
                              {"capacity", amount(row.capacity)},
                              {"amount", amount(row.amount)},
                              {"installment", amount(row.installment)},
                              {"binding", binding_key(row.binding)}}));
  }
  const RiskScale& scale = product.scoring.risk;
  return object({
      {"income_used", amount(t.income_used)},
      {"expenses_used", amount(t.expenses_used)},
      {"existing_installments", amount(t.existing_installments)},
      {"disposable", amount(t.disposable)},
      {"dsr_budget", amount(t.dsr_budget)},
      {"disposable_budget", optional_amount(t.disposable_budget)},
      {"installment_budget", amount(t.installment_budget)},
      {"capacity_binding", binding_key(t.capacity_binding)},
      {"rate", {{"monthly_pct", rounded(t.rate.value * 100.0, 10)},
                {"source", t.rate_from_grid ? "grid" : "requested"},
                {"risk_band", t.risk_band.empty() ? Value(nullptr) : Value(t.risk_band)}}},
      {"requested_installment", amount(t.requested_installment)},
      {"requested_dsr_pct", optional_number(t.requested_dsr_pct, 4)},
      {"ltv_pct", optional_number(t.ltv_pct, 4)},
      {"collaterals", std::move(collaterals)},
      {"collateral_limit", optional_amount(t.collateral_limit)},
      {"savings_limit", optional_amount(t.savings_limit)},
      {"product_max", amount(t.product_max)},
      {"age_tenure_cap_months", t.age_tenure_cap_months},
      {"fixed_score_tenure_cap_months", t.fixed_score_tenure_cap_months},
      {"tenures", std::move(tenures)},
      {"rules", {{"max_ratio_pct", product.affordability.max_ratio_pct},
                 {"disposable_share_pct", product.affordability.disposable_share_pct},
                 {"savings_multiple", product.savings_multiple},
                 {"required_coverage_pct", product.collateral.required_coverage_pct},
                 {"amount_step", amount(Money{product.rounding.amount.increment, product.currency})},
                 {"min_amount", amount(product.min_amount)},
                 {"approve_at", product.scoring.approve_at},
                 {"refer_at", product.scoring.refer_at}}},
      {"risk", {{"composite", rounded(r.composite, 6)},
                {"anchor_composite", scale.anchor_composite},
                {"anchor_risk", scale.anchor_risk},
                {"composite_points_per_halving", scale.composite_points_per_halving},
                {"risk_points_per_halving", scale.risk_points_per_halving},
                {"anchor_pd_pct", scale.anchor_pd_pct},
                {"refused_floor", scale.refused_floor},
                {"pd", rounded(t.pd, 6)}}},
  });
}

}  // namespace

double rounded(double value, int decimals) {
  double scale = 1.0;
  for (int i = 0; i < decimals; ++i) scale *= 10.0;  // exact up to 10^22: no pow, same bits everywhere
  return std::round(value * scale) / scale;
}

Json reason_texts(ReasonCode code) {
  return object({{"id", reason_text(code, Language::Indonesian)},
                 {"pt", reason_text(code, Language::Portuguese)},
                 {"en", reason_text(code, Language::English)}});
}

Json recommendation_json(const Recommendation& r, const Product& product, const std::vector<std::string>& input_warnings) {
  Json five_c = Json::object();
  for (const PillarScore& pillar : r.pillars) five_c[std::string(pillar_key(pillar.pillar))] = pillar_json(pillar);
  Json weights = Json::object();
  for (const PillarScore& pillar : r.pillars) weights[std::string(pillar_key(pillar.pillar))] = pillar.weight;
  Json reasons = Json::array();
  for (const Reason& reason : r.reasons) {
    reasons.push_back(object({{"code", reason_key(reason.code)},
                              {"type", reason.rule ? "rule" : "score"},
                              {"points_lost", reason.rule ? Value(nullptr) : Value(rounded(reason.points_lost, 4))},
                              {"text", reason_texts(reason.code)}}));
  }
  Json knockouts = Json::array();
  for (const Knockout& k : r.knockouts) knockouts.push_back(object({{"code", reason_key(k.code)}, {"action", action_key(k.action)}}));
  Json warnings = Json::array();
  for (const std::string& w : input_warnings) warnings.push_back(w);
  for (const std::string& w : r.warnings) warnings.push_back(w);
  return object({
      {"product", {{"id", r.product_id}, {"version", r.product_version}}},
      {"currency", code(product.currency)},
      {"decision", decision_key(r.decision)},
      {"recommendation", {{"plafon", amount(r.plafon)},
                          {"tenure_months", r.tenure_months},
                          {"installment", amount(r.installment)},
                          {"counter_offer", r.counter_offer},
                          {"dsr_pct", optional_number(r.dsr_pct, 4)},
                          {"max_amount", amount(r.max_amount)}}},
      {"binding_constraint", binding_key(r.binding)},
      {"five_c", std::move(five_c)},
      {"weights", std::move(weights)},
      {"composite", rounded(r.composite, 4)},
      {"risk_score", r.risk_score},
      {"reasons", std::move(reasons)},
      {"knockouts", std::move(knockouts)},
      {"warnings", std::move(warnings)},
      {"trace", trace_json(r, product)},
  });
}

}  // namespace loansim::json
