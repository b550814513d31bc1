// libFuzzer target: product definitions, which partners write themselves (the CLI's --product, the
// JS package's `product` option), with one application priced and scored under each. The seeds
// are the sample products (core/products/). Any response is fine; a crash, a sanitizer report, a
// hang or an error response that breaks the error contract is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "loansim/api.hpp"

namespace {

// Amounts without a currency take the product's: the same application fits every product.
constexpr std::string_view kApplication = R"({
  "start_date": "2026-03-02",
  "applicant": {"monthly_income": 9000, "existing_installments": 500, "age": 40,
                "bureau": {"scale": "serasa", "score": 700}},
  "loan": {"amount": 50000, "term_months": 24, "purpose": "business"},
  "collaterals": [{"type": "CAR", "value": 30000, "age_years": 4}]
})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view product(reinterpret_cast<const char*>(data), size);
  for (const std::string_view command : {"offers", "recommend"}) {
    const auto response = loansim::run_command(command, kApplication, {.format = {}, .product_json = product});
    const auto body = nlohmann::json::parse(response.json);
    if (!response.ok) {
      const auto& error = body.at("error");
      if (!error.at("code").is_string() || !error.at("field").is_string() || !error.at("message").is_string()) std::abort();
    }
  }
  return 0;
}
