#include "loansim/json/fields.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace loansim::json;

TEST_CASE("number_text: numbers as a person writes them in a message") {
  CHECK(number_text(600.0) == "600");
  CHECK(number_text(0.35) == "0.35");
  CHECK(number_text(-1000.0) == "-1000");
  CHECK(number_text(1e300) == "1e+300");        // beyond 10^18: a power of ten, as printf's %g
  CHECK(number_text(-2.5e-30) == "-2.5e-30");  // beyond 22 places
  CHECK(number_text(0.1 + 0.2) == "0.3");          // 0.30000000000000004, to twelve digits
  CHECK(number_text(std::numeric_limits<double>::infinity()) == "Infinity");
  CHECK(number_text(std::numeric_limits<double>::quiet_NaN()) == "NaN");
}
