// `tvm`: one time-value-of-money function per request, with numpy-financial's argument names
// and semantics. Rates are fractions here (0.01 = 1 %), values are not rounded to a currency.
// One adapter for both transports (JSON and the tape): see fields.hpp and json_writer.hpp.
#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "format_option.hpp"
#include "loansim/date.hpp"
#include "loansim/error.hpp"
#include "loansim/json/fields.hpp"
#include "loansim/rate.hpp"
#include "loansim/tvm.hpp"

namespace loansim::json {
namespace tvm_adapter {

constexpr double kMaxRate = 1000.0;        // 100,000 % per period (or a year, for xnpv/xirr/effect/nominal)
constexpr double kMaxPeriods = 10000.0;
constexpr std::int64_t kMaxPeriodsPerYear = 10000;
constexpr std::size_t kMaxValues = 10000;

enum class Fn { Pmt, Ipmt, Ppmt, Nper, Pv, Fv, Rate, Npv, Irr, Xnpv, Xirr, Effect, Nominal };

// A rate: a fraction above -1 (-100 %) and at most kMaxRate.
template <class Reader>
std::optional<double> read_optional_rate(Reader& in, std::string_view key) {
  const auto rate = in.optional_number(key, -1.0, kMaxRate);
  if (rate && *rate == -1.0) fail(ErrorCode::OutOfRange, in.path_of(key), "must be above -1 (-100 %)");
  return rate;
}

template <class Reader>
double read_rate(Reader& in, std::string_view key) {
  const auto rate = read_optional_rate(in, key);
  if (!rate) fail(ErrorCode::MissingField, in.path_of(key), "is required");
  return *rate;
}

// Where Newton's iteration starts (rate, xirr): 10 % unless given, as numpy-financial and Excel.
template <class Reader>
double read_guess(Reader& in) { return read_optional_rate(in, "guess").value_or(0.1); }

template <class Reader>
double read_nper(Reader& in) { return in.number("nper", 0.0, kMaxPeriods); }

template <class Reader>
double read_amount(Reader& in, std::string_view key) { return in.number(key, -kMaxAmountMajor, kMaxAmountMajor); }

// fv defaults to 0 wherever numpy-financial gives it a default.
template <class Reader>
double read_fv_or_zero(Reader& in) { return in.optional_number("fv", -kMaxAmountMajor, kMaxAmountMajor).value_or(0.0); }

template <class Reader>
PaymentTiming read_when(Reader& in) { return static_cast<PaymentTiming>(in.choice("when", {"end", "begin"}, 0)); }

template <class Reader>
std::vector<double> read_values(Reader& in) {
  const auto items = in.items("values", kMaxValues);
  if (items.empty()) fail(ErrorCode::OutOfRange, in.path_of("values"), "must hold at least one value");
  std::vector<double> values;
  // Numbers the tape packs (json/tape.hpp) are copied in one go and checked as number_value checks
  // them; if any fails, the loop below reads them again and reports it.
  if constexpr (requires { items.array().numbers(values); }) {
    const auto valid = [](double value) { return std::isfinite(value) && value >= -kMaxAmountMajor && value <= kMaxAmountMajor; };
    if (items.array().numbers(values) && std::all_of(values.begin(), values.end(), valid)) return values;
    values.clear();
  }
  values.reserve(items.size());
  for (const auto& [item, path] : items) values.push_back(number_value(item, path, -kMaxAmountMajor, kMaxAmountMajor));
  return values;
}

template <class Reader>
std::vector<Date> read_dates(Reader& in) {
  const auto items = in.items("dates", kMaxValues);
  std::vector<Date> dates;
  dates.reserve(items.size());
  for (const auto& [item, path] : items) dates.push_back(date_value(item, path));
  return dates;
}

inline double finite_result(double value) {
  if (!std::isfinite(value)) fail(ErrorCode::OutOfRange, "", "the result is beyond the range of a double");
  return value == 0.0 ? 0.0 : value;  // never "-0.0"
}

template <class Writer>
void value_result(Writer& out, double value) {
  const double finite = finite_result(value);
  out.begin_object();
  out.number("value", finite);
  out.end_object();
}

// A solved rate with Descartes' bound on how many rates solve the flows, and which one this is
// when there may be several.
template <class Writer>
void solved_result(Writer& out, const SolvedRate& solved, std::string_view which) {
  const double finite = finite_result(solved.rate);
  out.begin_object();
  out.number("value", finite);
  out.integer("roots_possible", solved.sign_changes);
  if (solved.sign_changes > 1) {
    const std::string k = std::to_string(solved.sign_changes);
    out.string("note", "the cash flows change sign " + k + " times, so up to " + k + " rates may solve them; this is " + std::string(which));
  }
  out.end_object();
}

}  // namespace tvm_adapter

template <class Source, class Writer>
void tvm_command(const Source& request, Writer& out, const ApiOptions& options) {
  using namespace tvm_adapter;
  require_format(options, {});
  BasicFieldReader<Source> in(request, "");
  const auto fn = static_cast<Fn>(
      in.choice("fn", {"pmt", "ipmt", "ppmt", "nper", "pv", "fv", "rate", "npv", "irr", "xnpv", "xirr", "effect", "nominal"}));

  switch (fn) {
    case Fn::Pmt: {
      const double rate = read_rate(in, "rate"), n = read_nper(in), present = read_amount(in, "pv"), future = read_fv_or_zero(in);
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(out, pmt({rate}, n, present, future, when));
    }
    case Fn::Ipmt:
    case Fn::Ppmt: {
      const double rate = read_rate(in, "rate");
      const auto per = static_cast<double>(in.integer("per", 1, static_cast<std::int64_t>(kMaxPeriods)));
      const double n = read_nper(in), present = read_amount(in, "pv"), future = read_fv_or_zero(in);
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(out, fn == Fn::Ipmt ? ipmt({rate}, per, n, present, future, when) : ppmt({rate}, per, n, present, future, when));
    }
    case Fn::Nper: {
      const double rate = read_rate(in, "rate"), payment = read_amount(in, "pmt"), present = read_amount(in, "pv");
      const double future = read_fv_or_zero(in);
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(out, nper({rate}, payment, present, future, when));
    }
    case Fn::Pv: {
      const double rate = read_rate(in, "rate"), n = read_nper(in), payment = read_amount(in, "pmt"), future = read_fv_or_zero(in);
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(out, pv({rate}, n, payment, future, when));
    }
    case Fn::Fv: {
      const double rate = read_rate(in, "rate"), n = read_nper(in), payment = read_amount(in, "pmt"), present = read_amount(in, "pv");
      const PaymentTiming when = read_when(in);
      in.finish();
      return value_result(out, fv({rate}, n, payment, present, when));
    }
    case Fn::Rate: {
      const double n = read_nper(in), payment = read_amount(in, "pmt"), present = read_amount(in, "pv"), future = read_amount(in, "fv");
      const PaymentTiming when = read_when(in);
      const double guess = read_guess(in);
      in.finish();
      return solved_result(out, rate(n, payment, present, future, when, guess),
                           "the one Newton's iteration reaches from the guess, as numpy-financial's rate: another guess may give another");
    }
    case Fn::Npv: {
      const double rate = read_rate(in, "rate");
      const auto values = read_values(in);
      in.finish();
      return value_result(out, npv({rate}, values));
    }
    case Fn::Irr: {
      const auto values = read_values(in);
      in.finish();
      return solved_result(out, irr(values), "the one numpy-financial returns: the smallest rate at or above 0 %, else the negative rate nearest 0 %");
    }
    case Fn::Xnpv: {
      const double rate = read_rate(in, "rate");
      const auto values = read_values(in);
      const auto dates = read_dates(in);
      in.finish();
      return value_result(out, xnpv(rate, values, dates));
    }
    case Fn::Xirr: {
      const auto values = read_values(in);
      const auto dates = read_dates(in);
      const double guess = read_guess(in);
      in.finish();
      return solved_result(out, xirr(values, dates, guess),
                           "the one Newton's iteration reaches from the guess, as Excel's XIRR: another guess may give another");
    }
    case Fn::Effect:
    case Fn::Nominal: {
      const double rate = read_rate(in, "rate");
      const auto npery = static_cast<double>(in.integer("npery", 1, kMaxPeriodsPerYear));
      in.finish();
      return value_result(out, fn == Fn::Effect ? effective_from_nominal(rate, npery) : nominal_from_effective(rate, npery));
    }
  }
  fail(ErrorCode::InvalidValue, "fn", "is not a tvm function");  // unreachable: choice() checked it
}

}  // namespace loansim::json
