#include "loansim/product.hpp"

#include <doctest/doctest.h>

#include "loansim/error.hpp"
#include "loansim/json/product_json.hpp"

using namespace loansim;

TEST_CASE("band_points: the first band whose up_to covers the value; the open band takes the rest") {
  const std::vector<Band> dsr{{20.0, 100}, {30.0, 85}, {35.0, 65}, {std::nullopt, 0}};
  CHECK(band_points(dsr, 10.0) == 100);
  CHECK(band_points(dsr, 20.0) == 100);  // up_to is inclusive
  CHECK(band_points(dsr, 20.5) == 85);
  CHECK(band_points(dsr, 35.0) == 65);
  CHECK(band_points(dsr, 296.0) == 0);
}

TEST_CASE("grid_rate: term bucket × risk band × LTV bucket, read from the samples' grids") {
  const Product creditas = json::embedded_product("br-auto-refi-creditas", "x");
  const RiskBand& a = risk_band_for(creditas, 480);  // 480 ≤ 500: band A
  CHECK(a.id == "A");
  CHECK(risk_band_for(creditas, 501).id == "B");
  CHECK(risk_band_for(creditas, 1400).id == "D");
  // Band A, term 60 (bucket 36 < 60 ≤ 60), LTV 65 % (bucket 50 < 65 ≤ 70): 1.99 % a month.
  CHECK(grid_rate(creditas, 60, a, 65.0).value == doctest::Approx(0.0199).epsilon(1e-15));
  // Band A, term 12, LTV 40 %: 1.49 % a month (the advertised floor "a partir de 1,49 % a.m.").
  CHECK(grid_rate(creditas, 12, a, 40.0).value == doctest::Approx(0.0149).epsilon(1e-15));
  CHECK_THROWS_AS((void)grid_rate(creditas, 12, a, 85.0), Error);   // beyond the 80 % LTV bucket
  CHECK_THROWS_AS((void)grid_rate(creditas, 72, a, 40.0), Error);   // beyond 60 months

  const Product kocek = json::embedded_product("id-koperasi-kocek", "x");
  // Band C (risk 700), term 24 (bucket 12 < 24 ≤ 36): 19 % a year nominal, 19/12 % a month.
  CHECK(grid_rate(kocek, 24, risk_band_for(kocek, 700), 0.0).value == doctest::Approx(0.19 / 12).epsilon(1e-15));
}

TEST_CASE("find_collateral_type: ids and partners' aliases, case-insensitive") {
  const Product kocek = json::embedded_product("id-koperasi-kocek", "x");
  CHECK(find_collateral_type(kocek, "MBL")->id == "VEHICLE_FIDUSIA");      // KOCEK seed 000 code
  CHECK(find_collateral_type(kocek, "mobil")->id == "VEHICLE_FIDUSIA");
  CHECK(find_collateral_type(kocek, "LAND")->id == "LAND_CERTIFIED");     // KOCEK seed 000 code
  CHECK(find_collateral_type(kocek, "land_shm_ht")->id == "LAND_SHM_HT");
  CHECK(find_collateral_type(kocek, "Kapal") == nullptr);
}

TEST_CASE("max_ltv_pct: by collateral age; an unknown age gets the strictest limit") {
  const Product creditas = json::embedded_product("br-auto-refi-creditas", "x");
  CHECK(*max_ltv_pct(creditas, 3.0) == 80.0);
  CHECK(*max_ltv_pct(creditas, 5.0) == 80.0);
  CHECK(*max_ltv_pct(creditas, 7.0) == 70.0);
  CHECK(*max_ltv_pct(creditas, 15.0) == 60.0);
  CHECK_FALSE(max_ltv_pct(creditas, 16.0).has_value());  // too old to lend against
  CHECK(*max_ltv_pct(creditas, std::nullopt) == 60.0);
}

TEST_CASE("criteria and pillars: each criterion sits under one C") {
  CHECK(pillar_of(Criterion::Collectability) == Pillar::Character);
  CHECK(pillar_of(Criterion::Dsr) == Pillar::Capacity);
  CHECK(pillar_of(Criterion::SavingsRatio) == Pillar::Capital);
  CHECK(pillar_of(Criterion::Coverage) == Pillar::Collateral);
  CHECK(pillar_of(Criterion::AgeHeadroom) == Pillar::Condition);
  CHECK(criterion_key(Criterion::WithdrawalRatio) == "withdrawal_ratio");
  CHECK(collectability_key(Collectability::Substandard) == "kurang_lancar");
}
