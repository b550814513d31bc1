// KOCEK CDE "Get Credit Recommendation" (seed 000): the request goes in as-is, with its quirks
// (income and expense ranges as text, decimal commas, percentages, numbers as strings, nulls, a
// collateral whose recognition_value contradicts its value × recognition), and the response has
// KOCEK's shape — data.5c (a short explanation per C), data.recommendation {plafon, tenure},
// message, status — plus our explained recommendation under data.loansim.
#include <array>
#include <cstdio>

#include "commands.hpp"
#include "json_build.hpp"
#include "loansim/date.hpp"
#include "loansim/error.hpp"
#include "loansim/json/product_json.hpp"
#include "loansim/recommendation.hpp"
#include "recommendation_json.hpp"
#include "text_scan.hpp"

namespace loansim::json {
namespace {

constexpr std::string_view kDefaultProduct = "id-koperasi-kocek";

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return result;
}

// A whole number sent as a number or text ("31", 12).
std::optional<int> whole(FieldReader& in, std::string_view key, int min, int max) {
  const auto text = in.optional_number_text(key);
  if (!text || is_missing_number_text(*text)) return std::nullopt;
  const std::int64_t value = rescale_exact(parse_text_quantity(*text, in.path_of(key)), 0, in.path_of(key));
  if (value < min || value > max) {
    fail(ErrorCode::OutOfRange, in.path_of(key), "must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return static_cast<int>(value);
}

std::optional<Money> amount_text(FieldReader& in, std::string_view key, Currency currency) {
  const auto text = in.optional_number_text(key);
  if (!text || is_missing_number_text(*text)) return std::nullopt;
  return parse_text_amount(*text, currency, in.path_of(key));
}

std::optional<double> percent_text(FieldReader& in, std::string_view key, double max) {
  const auto text = in.optional_number_text(key);
  if (!text || is_missing_number_text(*text)) return std::nullopt;
  const double pct = to_double(parse_text_percent(*text, in.path_of(key)));
  if (!(pct >= 0.0 && pct <= max)) {
    fail(ErrorCode::OutOfRange, in.path_of(key), "must be between 0 and " + number_text(max) + " %");
  }
  return pct;
}

// The sum of a list of {key, value} lines whose values are amounts or ranges ("100000-200000").
AmountRange sum_of_lines(FieldReader& in, std::string_view key, Currency currency, std::vector<std::string>& warnings) {
  AmountRange total{Money{0, currency}, Money{0, currency}};
  for (const auto& [item, path] : in.optional_array(key, 50)) {
    FieldReader line(*item, path, false);
    const auto text = line.optional_number_text("value");
    if (!text || is_missing_number_text(*text)) {
      warnings.push_back(path + ".value is empty: the line is not counted");
      continue;
    }
    const AmountRange range = parse_text_amount_range(*text, currency, line.path_of("value"));
    total.low += range.low;
    total.high += range.high;
  }
  return total;
}

Collectability collectability_of(const std::string& text, std::string_view field) {
  std::string key;
  for (const char c : lower(text)) {
    if (c != ' ' && c != '_' && c != '-') key.push_back(c);
  }
  struct Name {
    std::string_view key;
    Collectability value;
  };
  static constexpr std::array<Name, 16> kNames{{
      {"lancar", Collectability::Current}, {"kol1", Collectability::Current}, {"1", Collectability::Current},
      {"dalamperhatiankhusus", Collectability::SpecialMention}, {"dpk", Collectability::SpecialMention},
      {"kol2", Collectability::SpecialMention}, {"2", Collectability::SpecialMention},
      {"kuranglancar", Collectability::Substandard}, {"kol3", Collectability::Substandard}, {"3", Collectability::Substandard},
      {"diragukan", Collectability::Doubtful}, {"kol4", Collectability::Doubtful}, {"4", Collectability::Doubtful},
      {"macet", Collectability::Loss}, {"kol5", Collectability::Loss}, {"5", Collectability::Loss},
  }};
  for (const Name& name : kNames) {
    if (name.key == key) return name.value;
  }
  fail(ErrorCode::InvalidValue, field,
       "'" + text.substr(0, 40) + "' is not a collectability: Lancar, Dalam Perhatian Khusus, Kurang Lancar, Diragukan, Macet");
}

// Seed 000 documents only loan_interest_method 3 = "Bunga Anuitas"; any other code must come with
// a label that names one method (Flat / Tetap, Menurun / Sliding, Anuitas). "Efektif" alone is
// refused: Indonesian lenders use it for both declining-principal and annuity schedules.
InterestMethod interest_method(FieldReader& application) {
  const auto code = whole(application, "loan_interest_method", 0, 99);
  const auto label = application.optional_string("loan_interest_method_label");
  const std::string label_field = application.path_of("loan_interest_method_label");
  std::optional<InterestMethod> from_label;
  if (label) {
    const std::string text = lower(*label);
    if (text.find("anuitas") != std::string::npos) {
      from_label = InterestMethod::Annuity;
    } else if (text.find("flat") != std::string::npos || text.find("tetap") != std::string::npos) {
      from_label = InterestMethod::Flat;
    } else if (text.find("menurun") != std::string::npos || text.find("sliding") != std::string::npos) {
      from_label = InterestMethod::Declining;
    } else {
      fail(ErrorCode::InvalidValue, label_field,
           "'" + label->substr(0, 40) + "' names no single interest method (Flat, Menurun, Anuitas)");
    }
  }
  if (code == 3) {
    if (from_label && *from_label != InterestMethod::Annuity) {
      fail(ErrorCode::InvalidValue, label_field, "contradicts loan_interest_method 3 (Bunga Anuitas)");
    }
    return InterestMethod::Annuity;
  }
  if (!from_label) {
    fail(ErrorCode::MissingField, label_field,
         code ? "is required: loan_interest_method " + std::to_string(*code) + " is not a documented code (3 = Bunga Anuitas)"
              : std::string("or loan_interest_method is required"));
  }
  return *from_label;
}

// "Denpasar, 10 April 1984" → the date after the last comma; nullopt when it cannot be read.
std::optional<Date> birth_date(const std::string& text) {
  const std::size_t comma = text.rfind(',');
  const std::string date_part = lower(comma == std::string::npos ? text : text.substr(comma + 1));
  std::array<Scanned, 3> v;  // day, month name, year
  if (scan_text(date_part, " %2d %15s %4d", v) != 3) return std::nullopt;
  const std::string_view month_name = v[1].text;
  static constexpr std::array<std::array<std::string_view, 2>, 12> kMonths{{
      {"januari", "january"}, {"februari", "february"}, {"maret", "march"}, {"april", "april"},
      {"mei", "may"}, {"juni", "june"}, {"juli", "july"}, {"agustus", "august"},
      {"september", "september"}, {"oktober", "october"}, {"november", "november"}, {"desember", "december"},
  }};
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m][0] == month_name || kMonths[m][1] == month_name) {
      const Date date{std::chrono::year{static_cast<int>(v[2].number)}, std::chrono::month{static_cast<unsigned>(m + 1)},
                      std::chrono::day{static_cast<unsigned>(static_cast<int>(v[0].number))}};
      if (date.ok() && date >= kEarliestDate && date <= kLatestDate) return date;
    }
  }
  return std::nullopt;
}

struct KocekRequest {
  RecommendationRequest core;
  std::vector<std::string> warnings;
  std::string customer_id;
  std::string loan_id;
};

void read_character(FieldReader character, std::optional<Date> as_of, KocekRequest& out) {
  Applicant& a = out.core.applicant;
  if (const auto nik = character.optional_string("nik")) {
    const bool digits = !nik->empty() && nik->find_first_not_of("0123456789") == std::string::npos;
    if (!digits || nik->size() != 16) {
      out.warnings.push_back("character.nik '" + nik->substr(0, 20) + "' is not 16 digits (an NIK has 16)");
    }
  }
  a.kyc_verified = character.optional_boolean("kyc_status");
  a.age_years = whole(character, "age", 0, 120);
  if (const auto birth = character.optional_string("birth")) {
    const auto born = birth_date(*birth);
    if (!born) {
      out.warnings.push_back("character.birth '" + birth->substr(0, 40) + "' has no readable date; the declared age is used");
    } else if (as_of) {
      const int age = whole_months_between(*born, *as_of) / 12;
      if (a.age_years && *a.age_years != age) {
        out.warnings.push_back("character.age " + std::to_string(*a.age_years) + " contradicts character.birth: " +
                               std::to_string(age) + " on " + format_date(*as_of) + "; recomputed");
      }
      a.age_years = age;
    }
  }
  if (const auto member = character.optional_string("member_date")) {
    const Date joined = parse_date(*member, character.path_of("member_date"));
    if (as_of) {
      a.membership_months = std::max(0, whole_months_between(joined, *as_of));
    } else {
      out.warnings.push_back("character.member_date is not scored without as_of (the date of the assessment)");
    }
  }
  // Protected attributes (gender) and free text are never read.
}

void read_collaterals(FieldReader& root, Currency currency, KocekRequest& out) {
  for (const auto& [item, path] : root.optional_array("collaterals", 20)) {
    FieldReader in(*item, path, false);
    CollateralItem collateral;
    const auto code = in.optional_string("code");
    const auto type = in.optional_string("type");
    if (!code && !type) fail(ErrorCode::MissingField, in.path_of("code"), "a collateral needs a code or a type");
    collateral.type = code ? *code : *type;
    collateral.name = in.optional_string("name").value_or("");
    const auto value = amount_text(in, "value", currency);
    if (!value) fail(ErrorCode::MissingField, in.path_of("value"), "is required");
    collateral.value = *value;
    if (const auto estimate = in.optional_number_text("estimated_price"); estimate && !is_missing_number_text(*estimate)) {
      collateral.estimate_low = parse_text_amount_range(*estimate, currency, in.path_of("estimated_price")).low;
    }
    collateral.recognition_pct = percent_text(in, "recognition", 100.0);
    collateral.declared_recognised = amount_text(in, "recognition_value", currency);
    collateral.lien = Money{0, currency};
    out.core.collaterals.push_back(std::move(collateral));
  }
}

void read_internal(FieldReader internal, Currency currency, KocekRequest& out) {
  Applicant& a = out.core.applicant;
  a.active_loans = whole(internal, "total_loan_active", 0, 100000);
  a.outstanding_debt = amount_text(internal, "loan_remaining", currency);
  if (const auto text = internal.optional_string("collectability")) {
    a.collectability = collectability_of(*text, internal.path_of("collectability"));
  }
  a.withdrawal_ratio_pct = percent_text(internal, "behaviour_pattern_withdrawal_ratio", 100000.0);
  const Money savings = amount_text(internal, "total_balance_active", currency).value_or(Money{0, currency});
  const Money deposits = amount_text(internal, "total_deposit_active_balance", currency).value_or(Money{0, currency});
  a.savings = savings + deposits;
}

KocekRequest read_kocek(const Json& request, const Product& product) {
  const Currency currency = product.currency;
  FieldReader root(request, "", false);
  KocekRequest out;
  out.customer_id = root.optional_string("customer_id").value_or("");
  out.loan_id = root.optional_string("loan_id").value_or("");
  std::optional<Date> as_of;
  if (const auto text = root.optional_string("as_of")) as_of = parse_date(*text, "as_of");

  Applicant& a = out.core.applicant;
  a.existing_installments = Money{0, currency};
  a.savings = Money{0, currency};
  if (auto character = root.optional_object("character")) read_character(*character, as_of, out);
  a.monthly_income = sum_of_lines(root, "income", currency, out.warnings);
  a.monthly_expenses = sum_of_lines(root, "expenses", currency, out.warnings);
  read_collaterals(root, currency, out);
  if (auto internal = root.optional_object("internal_data")) read_internal(*internal, currency, out);
  if (a.outstanding_debt && a.outstanding_debt->minor() > 0) {
    out.warnings.push_back("internal_data.loan_remaining " + to_string(*a.outstanding_debt) +
                           " comes without its installments: the DSR counts the new loan only, the debt is scored as months of income");
  }

  FieldReader application = root.object("application");
  const auto plafon = amount_text(application, "plafon", currency);
  if (!plafon) fail(ErrorCode::MissingField, application.path_of("plafon"), "is required");
  out.core.loan.amount = *plafon;
  const auto tenure = whole(application, "tenure", 1, 600);
  if (!tenure) fail(ErrorCode::MissingField, application.path_of("tenure"), "is required");
  out.core.loan.term_months = *tenure;
  // KOCEK's interest is a nominal annual percentage (12 → 1 % a month).
  if (const auto interest = percent_text(application, "interest", 1000.0)) out.core.loan.rate = periodic_from_nominal(*interest / 100.0, 12);
  out.core.loan.method = interest_method(application);
  out.core.loan.purpose = application.optional_string("purpose").value_or("");
  return out;
}

// ---- The response -----------------------------------------------------------------------------

// Indonesian number style: 174,48 and 10.000.000.
std::string id_number(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text(buffer);
  const std::size_t dot = text.find('.');
  std::string whole_part = text.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  const bool negative = !whole_part.empty() && whole_part[0] == '-';
  if (negative) whole_part.erase(0, 1);
  for (int at = static_cast<int>(whole_part.size()) - 3; at > 0; at -= 3) whole_part.insert(static_cast<std::size_t>(at), 1, '.');
  return (negative ? "-" : "") + whole_part + (fraction.empty() ? "" : "," + fraction);
}

// An amount as KOCEK writes it: major units, no currency ("10000000").
std::string plain_amount(Money value) {
  const std::string text = to_string(value);  // "10000000 IDR"
  return text.substr(0, text.find(' '));
}

std::string_view criterion_label(Criterion criterion) {
  constexpr std::array<std::string_view, kCriterionCount> kLabels{
      "kolektibilitas", "pinjaman aktif", "rasio penarikan simpanan", "lama keanggotaan", "skor biro kredit",
      "DSR", "sisa penghasilan", "sisa pinjaman", "lebar rentang penghasilan", "simpanan terhadap plafon",
      "modal sendiri", "cakupan agunan", "kualitas agunan", "tujuan", "sisa usia saat lunas",
  };
  return kLabels[static_cast<std::size_t>(criterion)];
}

std::string measured_text(const CriterionScore& c) {
  if (!c.measured) return c.label;
  switch (c.criterion) {
    case Criterion::ActiveLoans: return id_number(*c.measured, 0);
    case Criterion::MembershipMonths: return id_number(*c.measured, 0) + " bulan";
    case Criterion::DebtMonths: return id_number(*c.measured, 1) + " bulan penghasilan";
    case Criterion::AgeHeadroom: return id_number(*c.measured, 1) + " tahun";
    case Criterion::Bureau:
    case Criterion::CollateralQuality: return id_number(*c.measured, 1) + " poin";
    default: return id_number(*c.measured, 2) + " %";
  }
}

std::string explanation(const PillarScore& pillar) {
  std::string text = "Skor " + id_number(pillar.score, 1) + "/100 (bobot " + id_number(pillar.weight, 0) + " %)";
  if (pillar.capped) text += ", dibatasi karena data kurang";
  std::string parts;
  for (const CriterionScore& c : pillar.criteria) {
    parts += parts.empty() ? ": " : "; ";
    parts += std::string(criterion_label(c.criterion)) + " ";
    parts += c.scored ? measured_text(c) + " (" + id_number(c.points, 0) + " poin)" : "tidak dinilai (tidak ada data)";
  }
  return text + parts + ".";
}

}  // namespace

Json kocek_recommend(const Json& request, const ApiOptions& options) {
  const auto shared = resolve_product(options, "", kDefaultProduct);
  const Product& product = *shared;
  KocekRequest in = read_kocek(request, product);
  Recommendation r;
  try {
    r = recommend(in.core, product);
  } catch (const Error& e) {
    // The engine names fields in our own format; say them as KOCEK does.
    static constexpr std::array<std::array<std::string_view, 2>, 4> kFields{{
        {"loan.amount", "application.plafon"}, {"loan.term_months", "application.tenure"},
        {"loan.method", "application.loan_interest_method"}, {"loan.rate", "application.interest"},
    }};
    for (const auto& [ours, theirs] : kFields) {
      if (e.field() == ours) fail(e.code(), std::string(theirs), e.what());
    }
    throw;
  }
  Json five_c = Json::object();
  for (const PillarScore& pillar : r.pillars) five_c[std::string(pillar_key(pillar.pillar))] = explanation(pillar);
  Json extension = recommendation_json(r, product, in.warnings);
  extension["customer_id"] = in.customer_id;
  extension["loan_id"] = in.loan_id;
  return object({
      {"data", {{"5c", std::move(five_c)},
                {"recommendation", {{"plafon", plain_amount(r.plafon)},
                                    {"tenure", r.tenure_months ? std::to_string(*r.tenure_months) : ""}}},
                {"loansim", std::move(extension)}}},
      {"message", "Berhasil mendapatkan rekomendasi kredit"},
      {"status", "success"},
  });
}

}  // namespace loansim::json
