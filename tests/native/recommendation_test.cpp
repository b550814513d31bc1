#include "loansim/recommendation.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "loansim/error.hpp"
#include "loansim/json/product_json.hpp"

using namespace loansim;

namespace {

Money idr(std::int64_t rupiah) { return {rupiah, Currency::IDR}; }
Money brl(std::int64_t reais) { return {reais * 100, Currency::BRL}; }

// recommendation-scoring-research.md §B14: income "5.000.000-7.000.000", expenses "2 jt - 3 jt",
// existing installments Rp 500,000; Rp 50,000,000 over 24 months, flat 1 % a month, productive;
// land with HT worth 100M and a car with fidusia worth 60M; Kol-1; savings 3M + deposits 1.5M.
RecommendationRequest b14() {
  RecommendationRequest r;
  Applicant& a = r.applicant;
  a.monthly_income = {idr(5'000'000), idr(7'000'000)};
  a.monthly_expenses = {idr(2'000'000), idr(3'000'000)};
  a.existing_installments = idr(500'000);
  a.collectability = Collectability::Current;
  a.age_years = 40;
  a.savings = idr(4'500'000);
  a.kyc_verified = true;
  a.active_loans = 1;
  r.loan = {idr(50'000'000), 24, PeriodicRate{0.01}, InterestMethod::Flat, "modal usaha"};
  r.collaterals.push_back({"LAND_SHM_HT", "rumah", idr(100'000'000), std::nullopt, std::nullopt, std::nullopt, idr(0), std::nullopt});
  r.collaterals.push_back({"VEHICLE_FIDUSIA", "mobil", idr(60'000'000), std::nullopt, std::nullopt, std::nullopt, idr(0), std::nullopt});
  return r;
}

Product kocek() { return json::embedded_product("id-koperasi-kocek", "x"); }

Product kocek_without_savings_rule() {
  Product p = kocek();
  p.savings_multiple.reset();  // §B14 lends productively: the 3× savings rule is off
  return p;
}

bool has_knockout(const Recommendation& r, ReasonCode code, PolicyAction action) {
  return std::any_of(r.knockouts.begin(), r.knockouts.end(), [&](const Knockout& k) { return k.code == code && k.action == action; });
}

}  // namespace

TEST_CASE("recommend: §B14's worked example, bounded by disposable income, counter-offer at 60 months") {
  const Recommendation r = recommend(b14(), kocek_without_savings_rule());
  const RecommendationTrace& t = r.trace;
  CHECK(t.income_used == idr(5'000'000));    // the income range's low bound
  CHECK(t.expenses_used == idr(3'000'000));  // the expense range's high bound
  CHECK(t.dsr_budget == idr(1'250'000));     // 0.35 × 5,000,000 − 500,000
  CHECK(*t.disposable_budget == idr(900'000));  // 0.6 × (5,000,000 − 3,000,000 − 500,000)
  CHECK(t.installment_budget == idr(900'000));
  CHECK(t.capacity_binding == Binding::Disposable);
  // The requested loan: 50,000,000 × (1/24 + 0.01) = 2,583,333.33 → up to Rp 100: 2,583,400;
  // DSR (500,000 + 2,583,400) / 5,000,000 = 61.668 %.
  CHECK(t.requested_installment == idr(2'583'400));
  CHECK(*t.requested_dsr_pct == doctest::Approx(61.668));
  // Nothing carries 50M (the 60-month capacity is 900,000 / (1/60 + 0.01) = 33,750,000 → 33.7M).
  REQUIRE(r.tenure_months.has_value());
  CHECK(*r.tenure_months == 60);
  CHECK(r.plafon == idr(33'700'000));
  CHECK(r.binding == Binding::Disposable);
  CHECK(r.counter_offer);
  // 33,700,000 × (1/60 + 0.01) = 898,666.67 → up to Rp 100: 898,700; DSR (500,000 + 898,700) / 5M = 27.974 %.
  CHECK(r.installment == idr(898'700));
  CHECK(*r.dsr_pct == doctest::Approx(27.974));
  // Collateral: 100M × 80 % + 60M × 50 % = 110M recognised, all of it a limit at 100 % coverage.
  CHECK(*t.collateral_limit == idr(110'000'000));
  CHECK(r.reasons.front().code == ReasonCode::CapDisposable);
  CHECK(r.reasons[1].code == ReasonCode::OfferTenureChanged);
}

TEST_CASE("recommend: the cooperative's 3× savings rule binds the same applicant at the requested tenure") {
  const Recommendation r = recommend(b14(), kocek());
  CHECK(*r.trace.savings_limit == idr(13'500'000));  // 3 × 4,500,000
  CHECK(r.plafon == idr(13'500'000));
  CHECK(r.binding == Binding::Savings);
  // 24 months carries 17.4M ≥ 13.5M; 18 months (13.7M) also reaches 13.5M, but the requested
  // tenure wins a tie.
  CHECK(*r.tenure_months == 24);
  CHECK(r.max_amount == idr(13'500'000));
}

TEST_CASE("recommend: the requested tenure when it fits, else the shortest that fits") {
  RecommendationRequest request = b14();
  request.loan.amount = idr(10'000'000);
  Recommendation r = recommend(request, kocek_without_savings_rule());
  CHECK(*r.tenure_months == 24);  // 24 months carries 17.4M ≥ 10M
  CHECK(r.plafon == idr(10'000'000));
  CHECK(r.binding == Binding::Requested);
  CHECK_FALSE(r.counter_offer);

  request.loan.term_months = 6;  // 6 months carries 900,000 / (1/6 + 0.01) = 5,094,339 → 5.0M only
  r = recommend(request, kocek_without_savings_rule());
  // The shortest tenure carrying 10M: 12 months carries only 9.6M, 18 months 900,000 / (1/18 + 0.01)
  // = 13,728,813 → 13.7M.
  CHECK(*r.tenure_months == 18);
  CHECK(r.plafon == idr(10'000'000));
  CHECK(r.counter_offer);
  CHECK(r.reasons.front().code == ReasonCode::OfferTenureChanged);
}

TEST_CASE("recommend: collectability Kurang Lancar refers, Diragukan and Macet refuse (cooperative sample)") {
  RecommendationRequest request = b14();
  request.loan.amount = idr(10'000'000);  // affordable at 24 months, so only collectability decides
  Recommendation r = recommend(request, kocek());
  CHECK(r.decision == Decision::PreApproved);
  request.applicant.collectability = Collectability::Substandard;
  r = recommend(request, kocek());
  CHECK(r.decision == Decision::Refer);
  CHECK(has_knockout(r, ReasonCode::KoCollectability, PolicyAction::Refer));
  CHECK(r.plafon == idr(10'000'000));  // a referral still carries its recommended amount
  for (const auto worse : {Collectability::Doubtful, Collectability::Loss}) {
    request.applicant.collectability = worse;
    r = recommend(request, kocek());
    CHECK(r.decision == Decision::Refused);
    CHECK(has_knockout(r, ReasonCode::KoCollectability, PolicyAction::Refuse));
    CHECK(r.plafon == idr(0));
    CHECK_FALSE(r.tenure_months.has_value());
    CHECK(r.risk_score >= 1200);  // the product's refused floor
    CHECK(r.reasons.front().code == ReasonCode::KoCollectability);
  }
}

TEST_CASE("recommend: derived collateral figures are recomputed, compared and never trusted") {
  RecommendationRequest request = b14();
  // KOCEK seed 000's first collateral: value 10,000,000 at 50 %, recognition_value 500,000.
  request.collaterals = {{"MBL", "Avanza", idr(10'000'000), idr(10'000'000), 50.0, idr(500'000), idr(0), std::nullopt}};
  Recommendation r = recommend(request, kocek());
  REQUIRE(r.trace.collaterals.size() == 1);
  const CollateralTrace& c = r.trace.collaterals[0];
  CHECK(c.type_id == "VEHICLE_FIDUSIA");
  CHECK(c.declared_mismatch);
  CHECK(c.recognised == idr(5'000'000));  // 10,000,000 × 50 %, not the declared 500,000
  CHECK(r.warnings.size() == 1);

  // A recognition above the product's for the type is capped at the product's (warned).
  request.collaterals = {{"SHM", "", idr(100'000'000), std::nullopt, 95.0, std::nullopt, idr(0), std::nullopt}};
  r = recommend(request, kocek());
  CHECK(r.trace.collaterals[0].recognition_pct == 80.0);
  CHECK(r.trace.collaterals[0].recognised == idr(80'000'000));
  CHECK(r.warnings.size() == 1);
  // A lower one is the partner's stricter appraisal and is used.
  request.collaterals[0].recognition_pct = 60.0;
  CHECK(recommend(request, kocek()).trace.collaterals[0].recognised == idr(60'000'000));
  // A value above its estimate's low bound: the low bound is used.
  request.collaterals[0].estimate_low = idr(90'000'000);
  CHECK(recommend(request, kocek()).trace.collaterals[0].recognised == idr(54'000'000));  // 90M × 60 %
  // A lien comes off the recognised value; an unknown type counts for nothing.
  request.collaterals = {{"SHM", "", idr(100'000'000), std::nullopt, std::nullopt, std::nullopt, idr(30'000'000), std::nullopt},
                         {"KAPAL", "perahu", idr(50'000'000), std::nullopt, std::nullopt, std::nullopt, idr(0), std::nullopt}};
  r = recommend(request, kocek());
  CHECK(r.trace.collaterals[0].recognised == idr(50'000'000));  // 80M − 30M
  CHECK(r.trace.collaterals[1].recognised == idr(0));
  CHECK(*r.trace.collateral_limit == idr(50'000'000));
}

TEST_CASE("recommend: a vehicle refinancing without a bureau score gets the fixed-score caps (Creditas sample)") {
  const Product creditas = json::embedded_product("br-auto-refi-creditas", "x");
  RecommendationRequest request;
  Applicant& a = request.applicant;
  a.monthly_income = {brl(5'500), brl(5'500)};  // seed 002's borrower
  a.monthly_expenses = {brl(0), brl(0)};
  a.existing_installments = brl(0);
  a.savings = brl(0);
  a.age_years = 29;
  request.loan = {brl(50'000), 60, std::nullopt, InterestMethod::Annuity, "DEBTS_PAYMENT"};
  // Seed 002's car: a 2014 Prisma worth R$ 15,000 (12 years old in 2026), R$ 5,000 still owed on it.
  request.collaterals = {{"CAR", "PRISMA", brl(15'000), std::nullopt, std::nullopt, std::nullopt, brl(5'000), 12.0}};
  Recommendation r = recommend(request, creditas);
  // LTV limit for 11–15-year-old cars: 60 %. 15,000 × 60 % − 5,000 = 4,000; 70 % of that under the
  // fixed score = 2,800, below the R$ 5,000 minimum ticket: refused.
  CHECK(r.trace.collaterals[0].recognition_pct == 60.0);
  CHECK(r.trace.collaterals[0].recognised == brl(4'000));
  CHECK(r.max_amount == brl(2'800));
  CHECK(r.decision == Decision::Refused);
  CHECK(has_knockout(r, ReasonCode::KoBelowMinAmount, PolicyAction::Refuse));

  // Creditas' own Feb-2026 simulation: R$ 20,000 against a R$ 60,000 car, income R$ 5,500.
  request.loan.amount = brl(20'000);
  request.collaterals = {{"CAR", "", brl(60'000), std::nullopt, std::nullopt, std::nullopt, brl(0), 4.0}};
  r = recommend(request, creditas);
  CHECK(r.decision == Decision::FixedScore);  // priced and quoted, never pre-approved
  CHECK(*r.trace.fixed_score_tenure_cap_months == 36);
  CHECK(*r.trace.collateral_limit == brl(48'000));  // 60,000 × 80 % (cars up to 5 years)
  CHECK(*r.trace.ltv_pct == doctest::Approx(100.0 / 3));  // 20,000 / 60,000
  CHECK(r.plafon == brl(20'000));
  REQUIRE(r.tenure_months.has_value());
  CHECK(*r.tenure_months <= 36);  // 60 months is beyond the fixed-score cap
  CHECK(r.reasons.front().code == ReasonCode::ChrNoBureau);
  CHECK(r.trace.rate_from_grid);
  for (const TenureTrace& row : r.trace.tenures) {
    CHECK(row.amount <= brl(33'600));  // 70 % of the 48,000 collateral limit
  }
}

TEST_CASE("recommend: grid pricing by risk band, and a bureau score lifts the fixed-score status") {
  const Product us = json::embedded_product("us-consumer-installment", "x");
  RecommendationRequest request;
  Applicant& a = request.applicant;
  const auto usd = [](std::int64_t dollars) { return Money{dollars * 100, Currency::USD}; };
  a.monthly_income = {usd(6'500), usd(6'500)};
  a.monthly_expenses = {usd(2'500), usd(2'500)};
  a.existing_installments = usd(400);
  a.outstanding_debt = usd(9'000);
  a.active_loans = 2;
  a.savings = usd(8'000);
  a.bureau = BureauScore{BureauScale::Fico, 742};
  request.loan = {usd(15'000), 36, std::nullopt, InterestMethod::Annuity, "debt consolidation"};
  const Recommendation r = recommend(request, us);
  CHECK(r.decision == Decision::PreApproved);
  // The risk score is the linear map of the anchors: 700 − 100 × (S − 60) / 10 = 1300 − 10 S.
  CHECK(r.risk_score == static_cast<int>(std::round(1300.0 - 10.0 * r.composite)));
  const RiskBand& band = risk_band_for(us, r.risk_score);
  CHECK(r.trace.risk_band == band.id);
  CHECK(r.trace.rate.value == grid_rate(us, 36, band, 0.0).value);
  CHECK(r.plafon == usd(15'000));
  CHECK_FALSE(r.trace.age_tenure_cap_months.has_value());  // the US product does not use age

  request.applicant.bureau = BureauScore{BureauScale::BankruptcyPlus, 1150};  // at or above the 1100 cut
  CHECK(has_knockout(recommend(request, us), ReasonCode::KoBankruptcy, PolicyAction::Refuse));
}

TEST_CASE("recommend: requests the product cannot take are errors with the field") {
  RecommendationRequest request = b14();
  request.loan.amount = Money{5'000'000, Currency::USD};
  try {
    (void)recommend(request, kocek());
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.field() == "loan.amount");
  }
  request = b14();
  request.loan.method = InterestMethod::Declining;
  CHECK_NOTHROW((void)recommend(request, kocek()));
  try {
    (void)recommend(request, json::embedded_product("us-consumer-installment", "x"));
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.field() == "loan.amount");  // USD product, IDR request: the currency is checked first
  }
  request.loan.term_months = 0;
  CHECK_THROWS_AS((void)recommend(request, kocek()), Error);
}

TEST_CASE("recommend: a requested tenure beyond the product's is a counter-offer, not an error") {
  RecommendationRequest request = b14();
  request.loan.term_months = 72;
  const Recommendation r = recommend(request, kocek_without_savings_rule());
  CHECK(*r.tenure_months == 60);
  CHECK(r.warnings.size() == 1);
}

TEST_CASE("property: more income never lowers the plafon") {
  for (const bool savings_rule : {false, true}) {
    const Product product = savings_rule ? kocek() : kocek_without_savings_rule();
    RecommendationRequest request = b14();
    Money previous = idr(0);
    for (std::int64_t income = 2'000'000; income <= 40'000'000; income += 250'000) {
      request.applicant.monthly_income = {idr(income), idr(income + 2'000'000)};
      const Recommendation r = recommend(request, product);
      CAPTURE(income);
      CHECK(r.plafon >= previous);
      previous = r.plafon;
    }
    CHECK(previous == (savings_rule ? idr(13'500'000) : idr(50'000'000)));
  }
  // And under grid pricing, where more income also buys a better band.
  const Product us = json::embedded_product("us-consumer-installment", "x");
  RecommendationRequest request;
  const auto usd = [](std::int64_t dollars) { return Money{dollars * 100, Currency::USD}; };
  request.applicant.monthly_expenses = {usd(1'500), usd(1'500)};
  request.applicant.existing_installments = usd(300);
  request.applicant.savings = usd(2'000);
  request.applicant.bureau = BureauScore{BureauScale::Fico, 690};
  request.loan = {usd(30'000), 48, std::nullopt, InterestMethod::Annuity, "home improvement"};
  Money previous = usd(0);
  for (std::int64_t income = 1'000; income <= 20'000; income += 100) {
    request.applicant.monthly_income = {usd(income), usd(income)};
    const Recommendation r = recommend(request, us);
    CAPTURE(income);
    CHECK(r.plafon >= previous);
    previous = r.plafon;
  }
  CHECK(previous == usd(30'000));
}

TEST_CASE("property: worse collectability never raises the plafon") {
  const Collectability ladder[] = {Collectability::Current, Collectability::SpecialMention, Collectability::Substandard,
                                   Collectability::Doubtful, Collectability::Loss};
  for (const auto& product : {kocek(), kocek_without_savings_rule(), json::embedded_product("id-p2p-dompetkilat", "x")}) {
    RecommendationRequest request = b14();
    if (product.id == "id-p2p-dompetkilat") {
      request.loan = {idr(15'000'000), 12, std::nullopt, InterestMethod::Flat, "modal usaha"};
      request.collaterals.clear();
    }
    Money previous = idr(INT64_MAX);
    double previous_composite = 101.0;
    for (const auto collectability : ladder) {
      request.applicant.collectability = collectability;
      const Recommendation r = recommend(request, product);
      CAPTURE(product.id);
      CAPTURE(static_cast<int>(collectability));
      CHECK(r.plafon <= previous);
      CHECK(r.composite <= previous_composite);
      previous = r.plafon;
      previous_composite = r.composite;
    }
    CHECK(previous == idr(0));  // Macet refuses
  }
}
