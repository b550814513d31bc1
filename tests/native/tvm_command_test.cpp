#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "loansim/api.hpp"

using namespace loansim;
using nlohmann::json;

namespace {

json result_of(const std::string& request) {
  const auto response = run_command("tvm", request);
  INFO(response.json);
  REQUIRE(response.ok);
  return json::parse(response.json);
}

json error_of(const std::string& request) {
  const auto response = run_command("tvm", request);
  INFO(response.json);
  REQUIRE_FALSE(response.ok);
  return json::parse(response.json).at("error");
}

}  // namespace

TEST_CASE("api tvm: the issue's contract example, byte for byte") {
  // Issue 3: {"fn":"pmt","rate":0.01,"nper":12,"pv":10000,"fv":0,"when":"end"} → {"value":-888.4878867834161}.
  const auto response = run_command("tvm", R"({"fn":"pmt","rate":0.01,"nper":12,"pv":10000,"fv":0,"when":"end"})");
  REQUIRE(response.ok);
  CHECK(response.json == R"({"value":-888.4878867834161})");
  // fv and when take numpy-financial's defaults (0, end).
  CHECK(run_command("tvm", R"({"fn":"pmt","rate":0.01,"nper":12,"pv":10000})").json == R"({"value":-888.4878867834161})");
}

TEST_CASE("api tvm: every function answers with its value") {
  // numpy_financial.fv docstring: 15692.92889433575.
  CHECK(result_of(R"({"fn":"fv","rate":0.004166666666666667,"nper":120,"pmt":-100,"pv":-100})").at("value").get<double>() ==
        doctest::Approx(15692.92889433575).epsilon(1e-14));
  // numpy_financial.pv docstring: -100.00067131625819.
  CHECK(result_of(R"({"fn":"pv","rate":0.004166666666666667,"nper":120,"pmt":-100,"fv":15692.93})").at("value").get<double>() ==
        doctest::Approx(-100.00067131625819).epsilon(1e-13));
  // numpy_financial.nper docstring: 64.07335.
  CHECK(result_of(R"({"fn":"nper","rate":0.005833333333333333,"pmt":-150,"pv":8000})").at("value").get<double>() ==
        doctest::Approx(64.07334877).epsilon(1e-9));
  // numpy-financial test_ipmt / test_ppmt: -16.67 and -710.25 to the cent.
  CHECK(result_of(R"({"fn":"ipmt","rate":0.008333333333333333,"per":1,"nper":24,"pv":2000})").at("value").get<double>() ==
        doctest::Approx(-16.666666666666668).epsilon(1e-14));
  CHECK(result_of(R"({"fn":"ppmt","rate":0.008333333333333333,"per":1,"nper":60,"pv":55000})").at("value").get<double>() ==
        doctest::Approx(-710.2541257864218).epsilon(1e-13));
  // numpy_financial.npv docstring: 3065.22267.
  CHECK(result_of(R"({"fn":"npv","rate":0.08,"values":[-40000,5000,8000,12000,30000]})").at("value").get<double>() ==
        doctest::Approx(3065.22267).epsilon(1e-9));
  // Excel EFFECT(0.0525, 4) = 0.0535427 and NOMINAL(0.053543, 4) = 0.05250032.
  CHECK(result_of(R"({"fn":"effect","rate":0.0525,"npery":4})").at("value").get<double>() == doctest::Approx(0.0535427).epsilon(1e-7));
  CHECK(result_of(R"({"fn":"nominal","rate":0.053543,"npery":4})").at("value").get<double>() == doctest::Approx(0.05250032).epsilon(1e-8));
  // Excel XNPV documentation: 2086.6476.
  CHECK(result_of(R"({"fn":"xnpv","rate":0.09,"values":[-10000,2750,4250,3250,2750],)"
                  R"("dates":["2008-01-01","2008-03-01","2008-10-30","2009-02-15","2009-04-01"]})")
            .at("value")
            .get<double>() == doctest::Approx(2086.6476).epsilon(1e-8));
}

TEST_CASE("api tvm: solved rates say how many rates may solve the flows, and which one this is") {
  // numpy_financial.irr docstring: 0.28095, one sign change: no note.
  const auto single = result_of(R"({"fn":"irr","values":[-100,39,59,55,20]})");
  CHECK(single.at("value").get<double>() == doctest::Approx(0.28095).epsilon(2e-5));
  CHECK(single.at("roots_possible") == 1);
  CHECK_FALSE(single.contains("note"));
  // numpy_financial.irr docstring: irr([-5, 10.5, 1, -8, 1]) = 0.0886, three sign changes.
  const auto several = result_of(R"({"fn":"irr","values":[-5,10.5,1,-8,1]})");
  CHECK(several.at("value").get<double>() == doctest::Approx(0.0886).epsilon(1e-4));
  CHECK(several.at("roots_possible") == 3);
  CHECK(several.at("note").get<std::string>().find("numpy-financial") != std::string::npos);
  // Excel XIRR documentation: 0.373362535.
  const auto dated = result_of(R"({"fn":"xirr","values":[-10000,2750,4250,3250,2750],)"
                               R"("dates":["2008-01-01","2008-03-01","2008-10-30","2009-02-15","2009-04-01"],"guess":0.2})");
  CHECK(dated.at("value").get<double>() == doctest::Approx(0.373362535).epsilon(1e-8));
  CHECK(dated.at("roots_possible") == 1);
  // numpy-financial test_rate: 0.1107; hand derivation (20/7)^(1/10) - 1.
  const auto solved = result_of(R"({"fn":"rate","nper":10,"pmt":0,"pv":-3500,"fv":10000})");
  CHECK(solved.at("value").get<double>() == doctest::Approx(0.1106908537107528).epsilon(1e-15));
  // Two rates (10 % and 20 %, hand derivation in tvm_test): the guess picks, the note says so.
  const auto guessed = result_of(R"({"fn":"rate","nper":2,"pmt":230,"pv":-100,"fv":-362,"guess":0.3})");
  CHECK(guessed.at("value").get<double>() == doctest::Approx(0.2).epsilon(1e-11));
  CHECK(guessed.at("roots_possible") == 2);
  CHECK(guessed.at("note").get<std::string>().find("guess") != std::string::npos);
}

TEST_CASE("api tvm: a zero result is 0.0, never -0.0") {
  // numpy: ipmt of the first payment in advance is 0; at a zero rate every ipmt is -0.0 in IEEE terms.
  CHECK(run_command("tvm", R"({"fn":"ipmt","rate":0,"per":3,"nper":12,"pv":1200})").json == R"({"value":0.0})");
}

TEST_CASE("api tvm: fields another function would use are unknown to this one") {
  const auto guess = error_of(R"({"fn":"pmt","rate":0.01,"nper":12,"pv":10000,"guess":0.1})");
  CHECK(guess.at("code") == "unknown_field");
  CHECK(guess.at("field") == "guess");
  CHECK(error_of(R"({"fn":"irr","values":[-1,2],"rate":0.1})").at("field") == "rate");
  CHECK(error_of(R"({"fn":"npv","rate":0.1,"values":[-1,2],"dates":["2024-01-01","2025-01-01"]})").at("field") == "dates");
  CHECK(error_of(R"({"fn":"fv","rate":0.1,"nper":2,"pmt":-1,"pv":0,"fv":3})").at("field") == "fv");
}

TEST_CASE("api tvm: every argument is validated, with its path") {
  const auto missing = error_of(R"({"fn":"pmt","rate":0.01,"nper":12})");
  CHECK(missing.at("code") == "missing_field");
  CHECK(missing.at("field") == "pv");
  CHECK(error_of(R"({"rate":0.01})").at("field") == "fn");
  CHECK(error_of(R"({"fn":"PMT","rate":0.01,"nper":12,"pv":1})").at("code") == "invalid_value");
  const auto rate = error_of(R"({"fn":"pmt","rate":-1,"nper":12,"pv":10000})");
  CHECK(rate.at("code") == "out_of_range");
  CHECK(rate.at("field") == "rate");
  CHECK(error_of(R"({"fn":"pmt","rate":"0.01","nper":12,"pv":10000})").at("code") == "invalid_type");
  CHECK(error_of(R"({"fn":"pmt","rate":0.01,"nper":10001,"pv":10000})").at("field") == "nper");
  CHECK(error_of(R"({"fn":"pmt","rate":0.01,"nper":0,"pv":10000})").at("field") == "nper");
  CHECK(error_of(R"({"fn":"pmt","rate":0.01,"nper":12,"pv":1e14})").at("field") == "pv");
  CHECK(error_of(R"({"fn":"pmt","rate":0.01,"nper":12,"pv":1,"when":"later"})").at("field") == "when");
  const auto per = error_of(R"({"fn":"ipmt","rate":0.01,"per":13,"nper":12,"pv":1})");
  CHECK(per.at("code") == "out_of_range");
  CHECK(per.at("field") == "per");
  CHECK(error_of(R"({"fn":"ppmt","rate":0.01,"per":1.5,"nper":12,"pv":1})").at("code") == "invalid_value");
  const auto item = error_of(R"({"fn":"irr","values":[-100,"110"]})");
  CHECK(item.at("code") == "invalid_type");
  CHECK(item.at("field") == "values[1]");
  CHECK(error_of(R"({"fn":"npv","rate":0.1,"values":[-100,2e13]})").at("field") == "values[1]");
  CHECK(error_of(R"({"fn":"npv","rate":0.1,"values":[]})").at("field") == "values");
  CHECK(error_of(R"({"fn":"irr","values":{"a":1}})").at("code") == "invalid_type");
  const auto date = error_of(R"({"fn":"xirr","values":[-100,110],"dates":["2024-01-01","2024-02-30"]})");
  CHECK(date.at("code") == "invalid_value");
  CHECK(date.at("field") == "dates[1]");
  CHECK(error_of(R"({"fn":"xirr","values":[-100,110],"dates":["2024-01-01",20240101]})").at("field") == "dates[1]");
  CHECK(error_of(R"({"fn":"xnpv","rate":0.1,"values":[-100,110],"dates":["2024-01-01","2023-01-01"]})").at("field") == "dates[1]");
  CHECK(error_of(R"({"fn":"xnpv","rate":0.1,"values":[-100,110],"dates":["2024-01-01"]})").at("field") == "dates");
  CHECK(error_of(R"({"fn":"effect","rate":0.05,"npery":0})").at("field") == "npery");
  CHECK(error_of(R"({"fn":"xirr","values":[-100,110],"dates":["2024-01-01","2025-01-01"],"guess":-2})").at("field") == "guess");
}

TEST_CASE("api tvm: at most 10,000 values") {
  std::string values = "[-1";
  for (int i = 0; i < 10000; ++i) values += ",1";
  const auto error = error_of(R"({"fn":"irr","values":)" + values + "]}");
  CHECK(error.at("code") == "out_of_range");
  CHECK(error.at("field") == "values");
}

TEST_CASE("api tvm: no solution and results beyond a double are errors, not nan or null") {
  const auto none = error_of(R"({"fn":"irr","values":[-1,-2,-3]})");
  CHECK(none.at("code") == "no_solution");
  CHECK(none.at("field") == "values");
  CHECK(error_of(R"({"fn":"nper","rate":0.01,"pmt":-100,"pv":10000})").at("code") == "no_solution");
  CHECK(error_of(R"({"fn":"rate","nper":12,"pmt":100,"pv":1000,"fv":0})").at("code") == "no_solution");
  // Hand derivation: 2^10000 is about 10^3010, beyond a double's 1.8·10^308.
  const auto huge = error_of(R"({"fn":"fv","rate":1,"nper":10000,"pmt":0,"pv":1})");
  CHECK(huge.at("code") == "out_of_range");
  CHECK(huge.at("field") == "");
}
