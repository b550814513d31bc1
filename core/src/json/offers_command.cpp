// `offers`: priced offers across a product's tenures. Our own request format here (the
// recommendation's applicant, loan and collaterals, a start date and optional tenures); `--format
// creditas` reads Creditas' "Cria uma simulação de oferta" request (seed 002) as-is and answers in
// its response shape — id, scoreFixed, approvedStatus, offers[] {loanTerm, monthlyInterestRate,
// totalEffectiveCost, installmentAmount, loanAmount, iof} — with our own result under "loansim".
#include <array>
#include <cstdint>
#include <cstdio>

#include "commands.hpp"
#include "json_build.hpp"
#include "loansim/error.hpp"
#include "loansim/json/json_text.hpp"
#include "loansim/json/product_json.hpp"
#include "loansim/offers.hpp"
#include "recommendation_json.hpp"

namespace loansim::json {
namespace {

constexpr std::string_view kCreditasProduct = "br-auto-refi-creditas";
constexpr std::size_t kMaxTerms = 60;
constexpr std::size_t kMaxCollaterals = 20;

std::vector<int> read_terms(FieldReader& in, std::string_view key) {
  std::vector<int> terms;
  for (const auto& [value, path] : in.optional_array(key, kMaxTerms)) {
    const double months = number_value(*value, path, 1.0, 600.0);
    if (months != static_cast<double>(static_cast<int>(months))) fail(ErrorCode::InvalidValue, path, "must be a whole number of months");
    terms.push_back(static_cast<int>(months));
  }
  return terms;
}

Json iof_json(const Offer& offer, const Product& product) {
  if (!product.iof) return nullptr;
  return object({{"daily", amount(offer.iof.daily)},
                 {"additional", amount(offer.iof.additional)},
                 {"total", amount(offer.iof.total)},
                 {"financed", offer.iof_financed}});
}

Json offer_json(const Offer& offer, const Product& product) {
  const CostOfCredit& cost = offer.cost;
  return object({{"term_months", offer.term_months},
                 {"monthly_rate_pct", rounded(offer.monthly_rate.value * 100.0, 10)},
                 {"annual_effective_rate_pct", rounded(offer.annual_effective_rate * 100.0, 10)},
                 {"loan_amount", amount(offer.loan_amount)},
                 {"binding_constraint", binding_key(offer.binding)},
                 {"installment", amount(offer.installment)},
                 {"peak_installment", amount(offer.peak_installment)},
                 {"fees", amount(offer.fees)},
                 {"fees_upfront", amount(offer.fees_upfront)},
                 {"iof", iof_json(offer, product)},
                 {"financed", amount(offer.financed)},
                 {"released", amount(offer.released)},
                 {"total_payable", amount(offer.total_payable)},
                 {"cost_of_credit", {{"standard", cost_standard_key(cost.standard)},
                                     {"annual_pct", rounded(cost.annual * 100.0, 10)},
                                     {"monthly_pct", rounded(cost.periodic * 100.0, 10)},
                                     {"disclosed_annual_pct", cost.disclosed_annual_pct},
                                     {"disclosed_monthly_pct", cost.disclosed_periodic_pct}}}});
}

Json offer_set_json(const OfferSet& set, const Product& product, Date start, const std::vector<std::string>& input_warnings) {
  Json offers = Json::array();
  for (const Offer& offer : set.offers) offers.push_back(offer_json(offer, product));
  Json reasons = Json::array();
  for (const Reason& reason : set.reasons) {
    reasons.push_back(object({{"code", reason_key(reason.code)}, {"type", reason.rule ? "rule" : "score"}, {"text", reason_texts(reason.code)}}));
  }
  Json warnings = Json::array();
  for (const std::string& w : input_warnings) warnings.push_back(w);
  for (const std::string& w : set.warnings) warnings.push_back(w);
  return object({{"product", {{"id", set.product_id}, {"version", set.product_version}}},
                 {"currency", code(product.currency)},
                 {"start_date", format_date(start)},
                 {"decision", decision_key(set.decision)},
                 {"risk_score", set.risk_score},
                 {"pricing_risk_score", set.pricing_risk_score},
                 {"risk_band", set.risk_band.empty() ? Value(nullptr) : Value(set.risk_band)},
                 {"offers", std::move(offers)},
                 {"reasons", std::move(reasons)},
                 {"warnings", std::move(warnings)}});
}

Json own_offers(const Json& request, const ApiOptions& options) {
  FieldReader in(request, "");
  const auto product_id = in.optional_string("product_id");
  if (!product_id && options.product_json.empty()) {
    std::string ids;
    for (const auto id : embedded_product_ids()) ids += (ids.empty() ? "" : ", ") + std::string(id);
    fail(ErrorCode::MissingField, "product_id", "is required without --product; products: " + ids);
  }
  const auto shared = resolve_product(options, product_id.value_or(""), "");
  const Product& product = *shared;
  OfferRequest core;
  core.start_date = parse_date(in.string("start_date"), "start_date");
  core.terms = read_terms(in, "terms");
  core.application.applicant = read_applicant(in.object("applicant"), product.currency);
  core.application.loan = read_loan(in.object("loan"), product.currency);
  for (const auto& [item, path] : in.optional_array("collaterals", kMaxCollaterals)) {
    core.application.collaterals.push_back(read_collateral(FieldReader(*item, path), product.currency));
  }
  in.finish();
  return offer_set_json(offers(core, product), product, core.start_date, {});
}

// ---- Creditas (seed 002) ----------------------------------------------------------------------

// A deterministic proposal id in the shape of Creditas' ("OFR-DBC79D7F-E5D7-45B9-B9DD-A60C2561EA06"):
// two 64-bit FNV-1a hashes of the request as canonical JSON (keys sorted) and the product id and
// version. The core has no clock and no randomness: the same request gets the same id.
std::string proposal_id(const Json& request, const Product& product) {
  const std::string text = json_text(request) + "|" + product.id + "|" + product.version;
  const auto fnv = [&](std::uint64_t hash) {
    for (const unsigned char c : text) hash = (hash ^ c) * 0x100000001b3ULL;
    return hash;
  };
  const std::uint64_t high = fnv(0xcbf29ce484222325ULL), low = fnv(0x84222325cbf29ce4ULL);
  char id[48];
  std::snprintf(id, sizeof id, "OFR-%08X-%04X-%04X-%04X-%012llX", static_cast<unsigned>(high >> 32),
                static_cast<unsigned>((high >> 16) & 0xffff), static_cast<unsigned>(high & 0xffff),
                static_cast<unsigned>(low >> 48), static_cast<unsigned long long>(low & 0xffffffffffffULL));
  return id;
}

// A year sent as text ("2014") or a number.
std::optional<int> year_of(FieldReader& in, std::string_view key) {
  const auto text = in.optional_number_text(key);
  if (!text || is_missing_number_text(*text)) return std::nullopt;
  const std::int64_t year = rescale_exact(parse_text_quantity(*text, in.path_of(key)), 0, in.path_of(key));
  if (year < 1900 || year > 2200) fail(ErrorCode::OutOfRange, in.path_of(key), "must be a year between 1900 and 2200");
  return static_cast<int>(year);
}

std::string_view approved_status(Decision decision) {
  switch (decision) {
    case Decision::PreApproved: return "ANALYSIS_PRE_APPROVED";
    case Decision::FixedScore: return "ANALYSIS_FIXED_SCORE";
    case Decision::Refused: return "ANALYSIS_REFUSED";
    // Creditas has no "refer": the seed's own example status, an analysis opened and priced
    // without a pre-approval, is the honest reading of a case sent to manual review.
    case Decision::Refer: return "ANALYSIS_CREATED";
  }
  return "ANALYSIS_CREATED";
}

Json creditas_offers(const Json& request, const ApiOptions& options) {
  const auto shared = resolve_product(options, "", kCreditasProduct);
  const Product& product = *shared;
  const Currency currency = product.currency;
  FieldReader in(request, "", false);
  std::vector<std::string> warnings;
  if (const auto type = in.optional_string("productType"); type && *type != "AUTO_REFI") {
    fail(ErrorCode::InvalidValue, "productType", "'" + type->substr(0, 40) + "' is not AUTO_REFI, the only product type simulated");
  }
  // Our extension of the request (optional): the simulation date, a bureau score, the tenures.
  std::optional<Date> simulation_date;
  std::optional<BureauScore> bureau;
  std::vector<int> terms;
  if (auto ext = in.optional_object("loansim")) {
    if (const auto date = ext->optional_string("simulation_date")) simulation_date = parse_date(*date, ext->path_of("simulation_date"));
    if (auto score = ext->optional_object("bureau")) {
      const auto scale = static_cast<BureauScale>(score->choice("scale", {"fico", "serasa", "cibil", "bankruptcy_plus"}));
      bureau = BureauScore{scale, score->number("score", 0.0, 1400.0)};
      score->finish();
    }
    terms = read_terms(*ext, "terms");
    ext->finish();
  }

  OfferRequest core;
  RecommendationRequest& application = core.application;
  FieldReader credit = in.object("intendedCredit");
  const std::string credit_currency = credit.string("currency");
  if (credit_currency != code(currency)) {
    fail(ErrorCode::InvalidValue, "intendedCredit.currency",
         "'" + credit_currency.substr(0, 8) + "' is not " + std::string(code(currency)) + ", the currency of product " + product.id);
  }
  application.loan.amount = credit.money("amount", currency);
  application.loan.purpose = in.string("purpose");
  application.loan.method = product.methods.front();
  // Creditas names no tenure: the capacity scores measure the longest one the product offers.
  application.loan.term_months = product.term.grid_months.empty() ? product.term.max_months : product.term.grid_months.back();

  FieldReader borrower = in.object("borrower");
  const Money income = borrower.money("monthlyIncome", currency);
  application.applicant.monthly_income = {income, income};
  application.applicant.monthly_expenses = {Money{0, currency}, Money{0, currency}};
  application.applicant.existing_installments = Money{0, currency};
  application.applicant.savings = Money{0, currency};
  application.applicant.bureau = bureau;
  // The day of the simulation: ours if given, else the day the customer authorised the SCR
  // consultation, which Creditas' flow collects with the simulation itself.
  if (!simulation_date) {
    if (auto bacen = borrower.optional_object("bacenAuthorization"); bacen && bacen->has("bacenAuthorizedAt")) {
      simulation_date = parse_date(bacen->string("bacenAuthorizedAt"), bacen->path_of("bacenAuthorizedAt"));
    }
  }
  if (!simulation_date) {
    fail(ErrorCode::MissingField, "loansim.simulation_date",
         "is required when borrower.bacenAuthorization.bacenAuthorizedAt does not date the simulation");
  }
  core.start_date = *simulation_date;
  if (const auto birth = borrower.optional_string("birthDate")) {
    const int months = whole_months_between(parse_date(*birth, borrower.path_of("birthDate")), core.start_date);
    if (months < 0) fail(ErrorCode::InvalidValue, borrower.path_of("birthDate"), "is after the simulation date");
    application.applicant.age_years = months / 12;
  }

  FieldReader vehicle = in.object("collateral");
  CollateralItem car;
  car.type = "CAR";  // AUTO_REFI lends against cars
  car.name = vehicle.optional_string("model").value_or("");
  car.value = vehicle.money("value", currency);
  car.lien = vehicle.optional_money("debt", currency).value_or(Money{0, currency});
  auto year = year_of(vehicle, "modelYear");
  if (!year) year = year_of(vehicle, "manufacturingYear");
  if (year) car.age_years = std::max(0, static_cast<int>(core.start_date.year()) - *year);
  if (!vehicle.boolean("borrowerVehicleOwner", true)) {
    warnings.push_back("collateral.borrowerVehicleOwner is false: the vehicle is counted, but its owner must consent");
  }
  application.collaterals.push_back(car);
  core.terms = std::move(terms);

  const OfferSet set = [&] {
    try {
      return offers(core, product);
    } catch (const Error& e) {
      // The tenures came from our extension: name them where the request holds them.
      if (e.field().rfind("terms[", 0) == 0) fail(e.code(), "loansim." + std::string(e.field()), e.what());
      throw;
    }
  }();
  Json list = Json::array();
  for (const Offer& offer : set.offers) {
    // Creditas quotes rates as monthly fractions (0.05 = 5 % a.m.), so totalEffectiveCost is the
    // monthly CET as a fraction, to the 1/100 % the CET is disclosed at (0.0359 = 3.59 % a.m.).
    list.push_back(object({{"loanTerm", offer.term_months},
                           {"monthlyInterestRate", rounded(offer.monthly_rate.value, 10)},
                           {"totalEffectiveCost", rounded(offer.cost.disclosed_periodic_pct / 100.0, 4)},
                           {"installmentAmount", amount(offer.installment)},
                           {"loanAmount", amount(offer.loan_amount)},
                           {"iof", amount(offer.iof.total)}}));
  }
  return object({{"id", proposal_id(request, product)},
                 {"scoreFixed", set.decision == Decision::FixedScore},
                 {"approvedStatus", approved_status(set.decision)},
                 {"offers", std::move(list)},
                 {"loansim", offer_set_json(set, product, core.start_date, warnings)}});
}

}  // namespace

Json offers_command(const Json& request, const ApiOptions& options) {
  require_format(options, {"creditas"});
  if (options.format == "creditas") return creditas_offers(request, options);
  return own_offers(request, options);
}

}  // namespace loansim::json
