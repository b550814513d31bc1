// The offer engine: one offer's caps and charges, and the rate grids it prices from.
#include <doctest/doctest.h>

#include "loansim/json/product_json.hpp"
#include "loansim/offers.hpp"

using namespace loansim;

namespace {

Money brl(std::int64_t reais) { return {reais * 100, Currency::BRL}; }

}  // namespace

TEST_CASE("price_offer: the least cap binds and is named") {
  const Product creditas = json::embedded_product("br-auto-refi-creditas", "x");
  const OfferTerms terms{24, {0.0199}, InterestMethod::Annuity, parse_date("2026-03-02", "x")};
  OfferLimits limits{brl(30000), brl(12000), std::nullopt, creditas.max_amount, brl(5000), Binding::Dsr, std::nullopt};
  Offer offer = price_offer(creditas, terms, limits);
  CHECK(offer.loan_amount == brl(12000));
  CHECK(offer.binding == Binding::Collateral);
  // Fee and IOF financed: the customer receives the whole loan amount.
  CHECK(offer.released == brl(12000));
  CHECK(offer.financed == brl(12000) + brl(350) + offer.iof.total);
  CHECK(offer.total_payable.minor() > offer.financed.minor());

  limits.installment_budget = brl(400);  // R$ 400 a month carries less than R$ 12,000 over 24 months
  offer = price_offer(creditas, terms, limits);
  CHECK(offer.binding == Binding::Dsr);
  CHECK(offer.peak_installment <= brl(400));
  CHECK(offer.loan_amount.minor() % 10000 == 0);  // a multiple of the R$ 100 amount step
  // The largest such multiple: one step more no longer fits.
  limits.requested = offer.loan_amount + brl(100);
  limits.installment_budget = brl(1000000);
  CHECK(price_offer(creditas, terms, limits).peak_installment > brl(400));

  limits = {brl(30000), brl(12000), std::nullopt, creditas.max_amount, brl(5000), Binding::Dsr, 70.0};
  offer = price_offer(creditas, terms, limits);
  CHECK(offer.loan_amount == brl(8400));  // 12,000 × 70 %
  CHECK(offer.binding == Binding::FixedScore);
  limits.installment_budget = brl(0);
  CHECK(price_offer(creditas, terms, limits).loan_amount == brl(0));
}

TEST_CASE("rate grids: a worse risk band never lowers the rate") {
  for (const std::string_view id : json::embedded_product_ids()) {
    const Product product = json::embedded_product(id, "x");
    const std::vector<double> ltvs = product.rates.ltv_buckets_pct.empty() ? std::vector<double>{0.0} : product.rates.ltv_buckets_pct;
    for (const int term : product.term.grid_months) {
      for (const double ltv : ltvs) {
        for (std::size_t b = 1; b < product.rates.risk_bands.size(); ++b) {
          INFO(id, " term ", term, " ltv ", ltv, " band ", product.rates.risk_bands[b].id);
          CHECK(grid_rate(product, term, product.rates.risk_bands[b], ltv).value >=
                grid_rate(product, term, product.rates.risk_bands[b - 1], ltv).value);
        }
      }
    }
  }
}

TEST_CASE("cost of credit by market") {
  CHECK(cost_standard(Market::BrAutoRefinance) == CostStandard::BrCet);
  CHECK(cost_standard(Market::UsConsumer) == CostStandard::RegZApr);
  CHECK(cost_standard(Market::InPersonal) == CostStandard::IrrApr);
}
