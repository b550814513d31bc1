// `tvm`: one time-value-of-money function per request, with numpy-financial's argument names
// and semantics. Rates are fractions here (0.01 = 1 %), values are not rounded to a currency.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "loansim/date.hpp"
#include "loansim/error.hpp"
#include "loansim/rate.hpp"
#include "loansim/tvm.hpp"

namespace loansim::json {
namespace {

constexpr double kMaxRate = 1000.0;        // 100,000 % per period (or a year, for xnpv/xirr/effect/nominal)
constexpr double kMaxPeriods = 10000.0;
constexpr std::int64_t kMaxPeriodsPerYear = 10000;
constexpr std::size_t kMaxValues = 10000;

enum class Fn { Pmt, Ipmt, Ppmt, Nper, Pv, Fv, Rate, Npv, Irr, Xnpv, Xirr, Effect, Nominal };

// A rate: a fraction above -1 (-100 %) and at most kMaxRate.
std::optional<double> read_optional_rate(FieldReader& in, std::string_view key) {
  const auto rate = in.optional_number(key, -1.0, kMaxRate);
  if (rate && *rate == -1.0) throw Error(ErrorCode::OutOfRange, in.path_of(key), "must be above -1 (-100 %)");
  return rate;
}

double read_rate(FieldReader& in, std::string_view key) {
  const auto rate = read_optional_rate(in, key);
  if (!rate) throw Error(ErrorCode::MissingField, in.path_of(key), "is required");
  return *rate;
}

// Where Newton's iteration starts (rate, xirr): 10 % unless given, as numpy-financial and Excel.
double read_guess(FieldReader& in) { return read_optional_rate(in, "guess").value_or(0.1); }

double read_nper(FieldReader& in) { return in.number("nper", 0.0, kMaxPeriods); }

double read_amount(FieldReader& in, std::string_view key) { return in.number(key, -kMaxAmountMajor, kMaxAmountMajor); }

// fv defaults to 0 wherever numpy-financial gives it a default.
double read_fv_or_zero(FieldReader& in) { return in.optional_number("fv", -kMaxAmountMajor, kMaxAmountMajor).value_or(0.0); }

PaymentTiming read_when(FieldReader& in) { return static_cast<PaymentTiming>(in.choice("when", {"end", "begin"}, 0)); }

std::vector<double> read_values(FieldReader& in) {
  const auto items = in.array("values", kMaxValues);
  if (items.empty()) throw Error(ErrorCode::OutOfRange, in.path_of("values"), "must hold at least one value");
  std::vector<double> values;
  values.reserve(items.size());
  for (const auto& [item, path] : items) values.push_back(number_value(*item, path, -kMaxAmountMajor, kMaxAmountMajor));
  return values;
}

std::vector<Date> read_dates(FieldReader& in) {
  const auto items = in.array("dates", kMaxValues);
  std::vector<Date> dates;
  dates.reserve(items.size());
  for (const auto& [item, path] : items) dates.push_back(parse_date(string_value(*item, path), path));
  return dates;
}

Json value_result(double value) {
  if (!std::isfinite(value)) throw Error(ErrorCode::OutOfRange, "", "the result is beyond the range of a double");
  return Json{{"value", value == 0.0 ? 0.0 : value}};  // never "-0.0"
}

// A solved rate with Descartes' bound on how many rates solve the flows, and which one this is
// when there may be several.
Json solved_result(const SolvedRate& solved, std::string_view which) {
  Json result = value_result(solved.rate);
  result["roots_possible"] = solved.sign_changes;
  if (solved.sign_changes > 1) {
    const std::string k = std::to_string(solved.sign_changes);
    result["note"] = "the cash flows change sign " + k + " times, so up to " + k + " rates may solve them; this is " + std::string(which);
  }
  return result;
}

}  // namespace

Json tvm_command(const Json& request, const ApiOptions& options) {
  require_format(options, {});
  FieldReader in(request, "");
  const auto fn = static_cast<Fn>(
      in.choice("fn", {"pmt", "ipmt", "ppmt", "nper", "pv", "fv", "rate", "npv", "irr", "xnpv", "xirr", "effect", "nominal"}));

  switch (fn) {
    case Fn::Pmt: {
      const double rate = read_rate(in, "rate"), n = read_nper(in), present = read_amount(in, "pv"), future = read_fv_or_zero(in);
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(pmt({rate}, n, present, future, when));
    }
    case Fn::Ipmt:
    case Fn::Ppmt: {
      const double rate = read_rate(in, "rate");
      const auto per = static_cast<double>(in.integer("per", 1, static_cast<std::int64_t>(kMaxPeriods)));
      const double n = read_nper(in), present = read_amount(in, "pv"), future = read_fv_or_zero(in);
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(fn == Fn::Ipmt ? ipmt({rate}, per, n, present, future, when) : ppmt({rate}, per, n, present, future, when));
    }
    case Fn::Nper: {
      const double rate = read_rate(in, "rate"), payment = read_amount(in, "pmt"), present = read_amount(in, "pv");
      const double future = read_fv_or_zero(in);
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(nper({rate}, payment, present, future, when));
    }
    case Fn::Pv: {
      const double rate = read_rate(in, "rate"), n = read_nper(in), payment = read_amount(in, "pmt"), future = read_fv_or_zero(in);
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(pv({rate}, n, payment, future, when));
    }
    case Fn::Fv: {
      const double rate = read_rate(in, "rate"), n = read_nper(in), payment = read_amount(in, "pmt"), present = read_amount(in, "pv");
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(fv({rate}, n, payment, present, when));
    }
    case Fn::Rate: {
      const double n = read_nper(in), payment = read_amount(in, "pmt"), present = read_amount(in, "pv"), future = read_amount(in, "fv");
      const PaymentTiming when = read_when(in);
      const double guess = read_guess(in);
      in.finish();
      return solved_result(rate(n, payment, present, future, when, guess),
                           "the one Newton's iteration reaches from the guess, as numpy-financial's rate: another guess may give another");
    }
    case Fn::Npv: {
      const double rate = read_rate(in, "rate");
      const auto values = read_values(in);
      in.finish();
      return value_result(npv({rate}, values));
    }
    case Fn::Irr: {
      const auto values = read_values(in);
      in.finish();
      return solved_result(irr(values), "the one numpy-financial returns: the smallest rate at or above 0 %, else the negative rate nearest 0 %");
    }
    case Fn::Xnpv: {
      const double rate = read_rate(in, "rate");
      const auto values = read_values(in);
      const auto dates = read_dates(in);
      in.finish();
      return value_result(xnpv(rate, values, dates));
    }
    case Fn::Xirr: {
      const auto values = read_values(in);
      const auto dates = read_dates(in);
      const double guess = read_guess(in);
      in.finish();
      return solved_result(xirr(values, dates, guess),
                           "the one Newton's iteration reaches from the guess, as Excel's XIRR: another guess may give another");
    }
    case Fn::Effect:
    case Fn::Nominal: {
      const double rate = read_rate(in, "rate");
      const auto npery = static_cast<double>(in.integer("npery", 1, kMaxPeriodsPerYear));
      in.finish();
      return value_result(fn == Fn::Effect ? effective_from_nominal(rate, npery) : nominal_from_effective(rate, npery));
    }
  }
  throw Error(ErrorCode::InvalidValue, "fn", "is not a tvm function");  // unreachable: choice() checked it
}

}  // namespace loansim::json
