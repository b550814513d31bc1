#include "loansim/json/product_json.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "loansim/error.hpp"

using namespace loansim;
using loansim::json::Json;

namespace {

Json product_file(const std::string& id) {
  std::ifstream in(std::string(LOANSIM_SOURCE_DIR) + "/core/products/" + id + ".json");
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

// The error read_product raises for the cooperative sample with one field replaced.
Error error_with(const std::string& pointer, const Json& value) {
  Json definition = product_file("id-koperasi-kocek");
  definition[Json::json_pointer(pointer)] = value;
  try {
    (void)json::read_product(definition, "--product");
  } catch (const Error& e) {
    return e;
  }
  FAIL("expected an error for " << pointer);
  return Error(ErrorCode::InvalidJson, "", "");
}

}  // namespace

TEST_CASE("embedded products: every sample in core/products is compiled in, valid, and named by its file") {
  const auto ids = json::embedded_product_ids();
  CHECK(ids.size() == 5);
  for (const auto id : ids) {
    CAPTURE(id);
    const Product product = json::embedded_product(id, "product_id");
    CHECK(product.id == id);
    CHECK(product.version == "2026.1");
    // The compiled-in text is the file's text.
    CHECK(json::read_product(product_file(std::string(id)), "file").name == product.name);
  }
}

TEST_CASE("embedded products: one sample per market") {
  CHECK(json::embedded_product("id-koperasi-kocek", "x").market == Market::IdCooperative);
  CHECK(json::embedded_product("id-p2p-dompetkilat", "x").market == Market::IdP2P);
  CHECK(json::embedded_product("br-auto-refi-creditas", "x").market == Market::BrAutoRefinance);
  CHECK(json::embedded_product("us-consumer-installment", "x").market == Market::UsConsumer);
  CHECK(json::embedded_product("in-personal-loan", "x").market == Market::InPersonal);
}

TEST_CASE("read_product: the cooperative sample's figures") {
  const Product kocek = json::embedded_product("id-koperasi-kocek", "x");
  CHECK(kocek.currency == Currency::IDR);
  CHECK(kocek.min_amount == Money(1'000'000, Currency::IDR));
  CHECK(kocek.term.grid_months == std::vector<int>{3, 6, 12, 18, 24, 36, 48, 60});
  CHECK(kocek.rounding.installment.mode == Rounding::Up);
  CHECK(kocek.rounding.installment.increment == 100);
  CHECK(kocek.rounding.amount.increment == 100'000);
  CHECK(kocek.affordability.max_ratio_pct == 35.0);
  CHECK(*kocek.affordability.disposable_share_pct == 60.0);
  CHECK(*kocek.savings_multiple == 3.0);
  CHECK(kocek.scoring.pillar_weights[static_cast<std::size_t>(Pillar::Capacity)] == 35.0);
  CHECK(kocek.scoring.collectability_actions[static_cast<std::size_t>(Collectability::Substandard)] == PolicyAction::Refer);
  CHECK(kocek.scoring.collectability_actions[static_cast<std::size_t>(Collectability::Doubtful)] == PolicyAction::Refuse);
  CHECK(kocek.collateral.types.size() == 7);
  const Product creditas = json::embedded_product("br-auto-refi-creditas", "x");
  // 0.0082 % a day and 0.38 %, exact: 82 × 10^-6 and 38 × 10^-4 (Decreto 6.306/2007 art. 7).
  CHECK(creditas.iof->rates.daily.digits == 82);
  CHECK(creditas.iof->rates.daily.scale == 6);
  CHECK(creditas.iof->rates.additional.digits == 38);
  CHECK(creditas.iof->rates.additional.scale == 4);
  CHECK(creditas.iof->financed);
  CHECK(creditas.rounding.installment.increment == 1);  // R$ 0.01
  CHECK(creditas.scoring.fixed_score->amount_share_pct == 70.0);
}

TEST_CASE("read_product: every invalid field is named by its path") {
  struct Case {
    const char* pointer;
    Json value;
    ErrorCode code;
    const char* field;
  };
  const Case cases[] = {
      {"/schema", "loansim.product/2", ErrorCode::InvalidValue, "--product.schema"},
      {"/id", "has space", ErrorCode::InvalidValue, "--product.id"},
      {"/currency", "XXX", ErrorCode::InvalidValue, "--product.currency"},
      {"/amount/max", 10, ErrorCode::OutOfRange, "--product.amount.max"},
      {"/amount/min", 0, ErrorCode::OutOfRange, "--product.amount.min"},
      {"/term_months/grid", Json::array({12, 6}), ErrorCode::InvalidValue, "--product.term_months.grid[1]"},
      {"/term_months/grid/0", 700, ErrorCode::OutOfRange, "--product.term_months.grid[0]"},
      {"/methods", Json::array({"annuity", "annuity"}), ErrorCode::InvalidValue, "--product.methods[1]"},
      {"/methods/0", "balloon", ErrorCode::InvalidValue, "--product.methods[0]"},
      {"/rates/term_buckets_months", Json::array({12, 36}), ErrorCode::InvalidValue, "--product.rates.term_buckets_months"},
      {"/rates/bands/1/rate_pct", Json::array({Json::array({15}), Json::array({16})}), ErrorCode::InvalidValue,
       "--product.rates.bands[1].rate_pct"},
      {"/rates/bands/2/rate_pct/1", Json::array({19, 20}), ErrorCode::InvalidValue, "--product.rates.bands[2].rate_pct[1]"},
      {"/rates/bands/0/rate_pct/0/0", "12", ErrorCode::InvalidType, "--product.rates.bands[0].rate_pct[0][0]"},
      {"/rates/bands/1/max_risk_score", 400, ErrorCode::InvalidValue, "--product.rates.bands[1].max_risk_score"},
      {"/rounding/installment/mode", "ceiling", ErrorCode::InvalidValue, "--product.rounding.installment.mode"},
      {"/rounding/amount/increment", 0, ErrorCode::OutOfRange, "--product.rounding.amount.increment"},
      {"/affordability/max_pct", 0, ErrorCode::OutOfRange, "--product.affordability.max_pct"},
      {"/collateral/types/0/recognition_pct", 120, ErrorCode::OutOfRange, "--product.collateral.types[0].recognition_pct"},
      {"/collateral/rule", "ltv", ErrorCode::InvalidValue, "--product.collateral.ltv_limits"},
      {"/scoring/weights/capacity", -1, ErrorCode::OutOfRange, "--product.scoring.weights.capacity"},
      {"/scoring/criteria/dsr/bands/5/up_to", 90, ErrorCode::InvalidValue, "--product.scoring.criteria.dsr.bands[5].up_to"},
      {"/scoring/criteria/dsr/bands/2/up_to", 25, ErrorCode::InvalidValue, "--product.scoring.criteria.dsr.bands[2].up_to"},
      {"/scoring/criteria/collectability/points/macet", 101, ErrorCode::OutOfRange,
       "--product.scoring.criteria.collectability.points.macet"},
      {"/scoring/criteria/typo", Json::object({{"weight", 1}}), ErrorCode::UnknownField, "--product.scoring.criteria.typo"},
      {"/scoring/cutoffs/refer", 70, ErrorCode::InvalidValue, "--product.scoring.cutoffs.refer"},
      {"/scoring/collectability_actions/macet", "ignore", ErrorCode::InvalidValue,
       "--product.scoring.collectability_actions.macet"},
      {"/scoring/risk/anchor_risk", 2000, ErrorCode::OutOfRange, "--product.scoring.risk.anchor_risk"},
      {"/extra", 1, ErrorCode::UnknownField, "--product.extra"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.pointer);
    const Error e = error_with(c.pointer, c.value);
    CHECK(e.code() == c.code);
    CHECK(e.field() == c.field);
  }
  // A band list without an open last band.
  Json definition = product_file("id-koperasi-kocek");
  definition["scoring"]["criteria"]["dsr"]["bands"].erase(5);
  CHECK_THROWS_AS((void)json::read_product(definition, "--product"), Error);
}

TEST_CASE("resolve_product: --product text overrides the default, and must match a named product") {
  const std::string text = product_file("us-consumer-installment").dump();
  CHECK(json::resolve_product({.format = {}, .product_json = text}, "", "id-koperasi-kocek")->id == "us-consumer-installment");
  CHECK(json::resolve_product({}, "", "id-koperasi-kocek")->id == "id-koperasi-kocek");
  CHECK(json::resolve_product({}, "in-personal-loan", "id-koperasi-kocek")->id == "in-personal-loan");
  try {
    (void)json::resolve_product({.format = {}, .product_json = text}, "in-personal-loan", "x");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.field() == "product_id");
  }
  try {
    (void)json::resolve_product({.format = {}, .product_json = "{"}, "", "x");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::InvalidJson);
    CHECK(e.field() == "--product");
  }
  try {
    (void)json::embedded_product("nope", "product_id");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::InvalidValue);
    CHECK(e.field() == "product_id");
  }
}

TEST_CASE("resolve_product: a definition text is read once and shared; a changed text is read anew") {
  Json definition = product_file("us-consumer-installment");
  const std::string text = definition.dump();
  const auto first = json::resolve_product({.format = {}, .product_json = text}, "", "x");
  CHECK(json::resolve_product({.format = {}, .product_json = text}, "", "x") == first);
  CHECK(json::resolve_product({}, "us-consumer-installment", "x") != first);  // the sample's own text differs
  definition["version"] = "changed";
  const auto changed = json::resolve_product({.format = {}, .product_json = definition.dump()}, "", "x");
  CHECK(changed->version == "changed");
  CHECK(first->version != "changed");
  // A text that failed is read (and fails) again, never kept.
  definition["currency"] = "ZZZ";  // no ISO 4217 code: the reader refuses it
  for (int i = 0; i < 2; ++i) CHECK_THROWS_AS((void)json::resolve_product({.format = {}, .product_json = definition.dump()}, "", "x"), Error);
  // Nine other texts later, the first is read again: an equal product, not a stale one.
  for (int i = 0; i < 9; ++i) {
    definition["version"] = "v" + std::to_string(i);
    definition["currency"] = "USD";
    (void)json::resolve_product({.format = {}, .product_json = definition.dump()}, "", "x");
  }
  const auto again = json::resolve_product({.format = {}, .product_json = text}, "", "x");
  CHECK(again != first);
  CHECK(again->id == first->id);
  CHECK(again->version == first->version);
}
