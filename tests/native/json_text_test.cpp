#include "loansim/json/json_text.hpp"

#include <doctest/doctest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

using loansim::json::Json;
using loansim::json::json_text;

namespace {

// The reference: nlohmann's own serializer with the options the API printed with before.
std::string nlohmann_text(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

// Strings built from the bytes that matter to a serializer: ASCII, the escaped ones, every
// control byte, valid sequences of 2-4 bytes, and bytes that break them (continuation bytes
// alone, overlong and surrogate leads, leads > 0xF4, sequences cut short or by ASCII).
std::string random_bytes(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a", "Z", " ", "\"", "\\", "/", "\x7f", "\b", "\f", "\n", "\r", "\t", std::string(1, '\0'), "\x01", "\x1f",
      "é", "€", "😀", "\xC3", "\x80", "\xBF", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\x80", "\xE0\xA0\x80", "\xED\xA0\x80",
      "\xED\x9F\xBF", "\xF0\x80\x80\x80", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5", "\xFF",
      "\xE2\x82", "\xF0\x9F\x98", "\xE2", "\xF0"};
  std::string s;
  const int count = std::uniform_int_distribution<int>(0, 12)(rng);
  for (int i = 0; i < count; ++i) s += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
  return s;
}

double random_double(std::mt19937& rng) {
  std::uniform_int_distribution<std::uint64_t> bits;
  switch (std::uniform_int_distribution<int>(0, 4)(rng)) {
    case 0: {  // any bit pattern: subnormals, huge, NaN, infinities
      const std::uint64_t b = bits(rng);
      double d;
      std::memcpy(&d, &b, sizeof d);
      return d;
    }
    case 1: return std::uniform_int_distribution<int>(-100000, 100000)(rng) / 100.0;  // amounts
    case 2: return std::uniform_real_distribution<double>(-1e-6, 1e-6)(rng);
    case 3: return static_cast<double>(std::uniform_int_distribution<std::int64_t>(-1000000, 1000000)(rng));
    default: return std::uniform_real_distribution<double>(-1e22, 1e22)(rng);
  }
}

Json random_json(std::mt19937& rng, int depth) {
  switch (std::uniform_int_distribution<int>(0, depth > 3 ? 6 : 8)(rng)) {
    case 0: return nullptr;
    case 1: return std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    case 2: return std::uniform_int_distribution<std::int64_t>(std::numeric_limits<std::int64_t>::min())(rng);
    case 3: return std::uniform_int_distribution<std::uint64_t>()(rng);
    case 4: return random_double(rng);
    case 5:
    case 6: return random_bytes(rng);
    case 7: {
      Json array = Json::array();
      for (int n = std::uniform_int_distribution<int>(0, 5)(rng); n > 0; --n) array.push_back(random_json(rng, depth + 1));
      return array;
    }
    default: {
      Json object = Json::object();
      for (int n = std::uniform_int_distribution<int>(0, 5)(rng); n > 0; --n) object[random_bytes(rng)] = random_json(rng, depth + 1);
      return object;
    }
  }
}

}  // namespace

TEST_CASE("json_text: byte for byte nlohmann's dump on 20,000 generated values") {
  std::mt19937 rng(20261207);
  for (int i = 0; i < 20000; ++i) {
    const Json value = random_json(rng, 0);
    const std::string ours = json_text(value);
    if (ours != nlohmann_text(value)) {
      CAPTURE(i);
      CHECK(ours == nlohmann_text(value));
      break;
    }
  }
}

TEST_CASE("json_text: the cases that decide it, written out") {
  CHECK(json_text(Json::parse(R"({"b":[1,-2,3.5,1e-05,350.0,true,null],"a":"x\u0001\"\\/\u007f"})")) ==
        R"({"a":"x\u0001\"\\/)" "\x7f" R"(","b":[1,-2,3.5,1e-05,350.0,true,null]})");
  // An invalid sequence becomes one U+FFFD; the byte that broke it is read again.
  CHECK(json_text(Json(std::string("\xE2\x82" "A\xFF\xF0\x9F\x98"))) == "\"\xEF\xBF\xBD" "A\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(json_text(Json(std::numeric_limits<double>::infinity())) == "null");
  CHECK(json_text(Json(-0.0)) == "-0.0");
}

TEST_CASE("json_text: every request fixture and sample product prints as nlohmann prints it") {
  for (const char* folder : {"/tests/fixtures", "/core/products"}) {
    for (const auto& file : std::filesystem::directory_iterator(std::string(LOANSIM_SOURCE_DIR) + folder)) {
      std::ifstream in(file.path());
      std::stringstream text;
      text << in.rdbuf();
      const Json value = Json::parse(text.str());
      CAPTURE(file.path().string());
      CHECK(json_text(value) == nlohmann_text(value));
    }
  }
}
