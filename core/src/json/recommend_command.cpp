// `recommend`: the explained credit recommendation. Our own request format here; `--format kocek`
// reads KOCEK's "Get Credit Recommendation" request as-is and answers in its shape (kocek_format.cpp).
#include "commands.hpp"
#include "loansim/error.hpp"
#include "loansim/json/product_json.hpp"
#include "loansim/recommendation.hpp"
#include "recommendation_json.hpp"

namespace loansim::json {

Applicant read_applicant(FieldReader in, Currency currency) {
  Applicant a;
  const Money zero{0, currency};
  const auto income = in.optional_money_range("monthly_income", currency);
  if (!income) fail(ErrorCode::MissingField, in.path_of("monthly_income"), "is required");
  a.monthly_income = *income;
  a.monthly_expenses = in.optional_money_range("monthly_expenses", currency).value_or(AmountRange{zero, zero});
  a.existing_installments = in.optional_money("existing_installments", currency).value_or(zero);
  a.outstanding_debt = in.optional_money("outstanding_debt", currency);
  if (const auto n = in.optional_integer("active_loans", 0, 1000)) a.active_loans = static_cast<int>(*n);
  const std::size_t collectability =
      in.choice("collectability", {"lancar", "dalam_perhatian_khusus", "kurang_lancar", "diragukan", "macet"}, kCollectabilityCount);
  if (collectability < kCollectabilityCount) a.collectability = static_cast<Collectability>(collectability);
  a.withdrawal_ratio_pct = in.optional_number("withdrawal_ratio_pct", 0.0, 100000.0);
  if (const auto n = in.optional_integer("membership_months", 0, 1200)) a.membership_months = static_cast<int>(*n);
  if (const auto n = in.optional_integer("age", 0, 120)) a.age_years = static_cast<int>(*n);
  a.savings = in.optional_money("savings", currency).value_or(zero);
  if (auto bureau = in.optional_object("bureau")) {
    const auto scale = static_cast<BureauScale>(bureau->choice("scale", {"fico", "serasa", "cibil", "bankruptcy_plus"}));
    a.bureau = BureauScore{scale, bureau->number("score", 0.0, 1400.0)};
    bureau->finish();
  }
  a.bankruptcy = in.boolean("bankruptcy", false);
  a.kyc_verified = in.optional_boolean("kyc_verified");
  // Protected attributes are accepted, so forms can send what they hold, and never read.
  for (const char* key : {"gender", "religion", "marital_status"}) (void)in.optional_string(key);
  in.finish();
  return a;
}

LoanRequest read_loan(FieldReader in, Currency currency) {
  LoanRequest loan;
  loan.amount = in.money("amount", currency);
  loan.term_months = static_cast<int>(in.integer("term_months", 1, 600));
  if (const auto pct = in.optional_number("annual_rate_pct", 0.0, 1000.0)) loan.rate = periodic_from_nominal(*pct / 100.0, 12);
  loan.method = static_cast<InterestMethod>(in.choice("method", {"annuity", "flat", "declining"}, 0));
  loan.purpose = in.optional_string("purpose").value_or("");
  in.finish();
  return loan;
}

CollateralItem read_collateral(FieldReader in, Currency currency) {
  CollateralItem item;
  item.type = in.string("type");
  item.name = in.optional_string("name").value_or("");
  item.value = in.money("value", currency);
  item.estimate_low = in.optional_money("estimate_low", currency);
  item.recognition_pct = in.optional_number("recognition_pct", 0.0, 100.0);
  item.declared_recognised = in.optional_money("declared_recognised", currency);
  item.lien = in.optional_money("lien", currency).value_or(Money{0, currency});
  item.age_years = in.optional_number("age_years", 0.0, 100.0);
  in.finish();
  return item;
}

Json recommend_command(const Json& request, const ApiOptions& options) {
  require_format(options, {"kocek"});
  if (options.format == "kocek") return kocek_recommend(request, options);
  FieldReader in(request, "");
  const auto product_id = in.optional_string("product_id");
  if (!product_id && options.product_json.empty()) {
    fail(ErrorCode::MissingField, "product_id", "is required without --product; products: " + [] {
      std::string ids;
      for (const auto id : embedded_product_ids()) ids += (ids.empty() ? "" : ", ") + std::string(id);
      return ids;
    }());
  }
  const auto shared = resolve_product(options, product_id.value_or(""), "");
  const Product& product = *shared;
  RecommendationRequest core;
  core.applicant = read_applicant(in.object("applicant"), product.currency);
  core.loan = read_loan(in.object("loan"), product.currency);
  for (const auto& [item, path] : in.optional_array("collaterals", 20)) {
    core.collaterals.push_back(read_collateral(FieldReader(*item, path), product.currency));
  }
  in.finish();
  return recommendation_json(recommend(core, product), product, {});
}

}  // namespace loansim::json
