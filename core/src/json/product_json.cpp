// Product definitions: JSON → Product, with every field validated and named in errors.
#include "loansim/json/product_json.hpp"

#include <algorithm>
#include <memory>

#include "embedded_products.hpp"
#include "loansim/decimal.hpp"
#include "loansim/error.hpp"

namespace loansim::json {
namespace {

using Item = std::pair<JsonSource, std::string>;

[[noreturn]] void invalid(std::string_view field, std::string_view message) {
  fail(ErrorCode::InvalidValue, field, message);
}

double item_number(const Item& item, double min, double max) {
  if (!item.first->is_number()) fail(ErrorCode::InvalidType, item.second, "must be a number");
  const double value = item.first->get<double>();
  if (!(value >= min && value <= max)) {
    fail(ErrorCode::OutOfRange, item.second, "must be between " + number_text(min) + " and " + number_text(max));
  }
  return value;
}

int item_integer(const Item& item, int min, int max) {
  const double value = item_number(item, min, max);
  if (value != static_cast<double>(static_cast<int>(value))) invalid(item.second, "must be a whole number");
  return static_cast<int>(value);
}

std::string item_string(const Item& item) {
  if (!item.first->is_string()) fail(ErrorCode::InvalidType, item.second, "must be a string");
  return item.first->get<std::string>();
}

std::string identifier(FieldReader& in, std::string_view key, std::size_t max_length) {
  const std::string value = in.string(key);
  const bool ok = !value.empty() && value.size() <= max_length &&
                  std::all_of(value.begin(), value.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '_' || c == '.';
                  });
  if (!ok) invalid(in.path_of(key), "must be 1 to " + std::to_string(max_length) + " letters, digits, '-', '_' or '.'");
  return value;
}

RoundingPolicy read_rounding(FieldReader in, Currency currency) {
  RoundingPolicy policy;
  policy.mode = static_cast<Rounding>(in.choice("mode", {"half_up", "half_even", "up", "down"}));
  const Money increment = in.money("increment", currency);
  if (increment.minor() <= 0) fail(ErrorCode::OutOfRange, in.path_of("increment"), "must be at least one minor unit");
  policy.increment = increment.minor();
  in.finish();
  return policy;
}

std::vector<Band> read_bands(FieldReader& in) {
  const auto items = in.array("bands", 32);
  if (items.empty()) invalid(in.path_of("bands"), "must have at least one band");
  std::vector<Band> bands;
  for (std::size_t i = 0; i < items.size(); ++i) {
    FieldReader row(*items[i].first, items[i].second);
    Band band;
    band.up_to = row.optional_number("up_to", -1e9, 1e9);
    band.points = row.number("points", 0.0, 100.0);
    row.finish();
    const bool last = i + 1 == items.size();
    if (last && band.up_to) invalid(row.path_of("up_to"), "the last band takes every value above the others: it has no up_to");
    if (!last && !band.up_to) fail(ErrorCode::MissingField, row.path_of("up_to"), "is required on every band but the last");
    if (i > 0 && band.up_to && *band.up_to <= *bands.back().up_to) {
      invalid(row.path_of("up_to"), "must be above the previous band's up_to");
    }
    bands.push_back(band);
  }
  return bands;
}

std::vector<std::string> read_strings(FieldReader& in, std::string_view key, bool lower_case) {
  std::vector<std::string> strings;
  for (const auto& item : in.array(key, 64)) {
    std::string text = item_string(item);
    if (text.empty() || text.size() > 64) invalid(item.second, "must be 1 to 64 characters");
    if (lower_case) {
      for (char& c : text) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    strings.push_back(std::move(text));
  }
  return strings;
}

void read_criterion(FieldReader& in, Criterion criterion, ScoringPolicy& scoring) {
  scoring.criteria[static_cast<std::size_t>(criterion)].weight = in.number("weight", 0.0, 100.0);
  switch (criterion) {
    case Criterion::Collectability: {
      FieldReader points = in.object("points");
      for (std::size_t k = 0; k < kCollectabilityCount; ++k) {
        scoring.collectability_points[k] = points.number(collectability_key(static_cast<Collectability>(k)), 0.0, 100.0);
      }
      points.finish();
      break;
    }
    case Criterion::Purpose: {
      for (const auto& item : in.array("categories", 32)) {
        FieldReader row(*item.first, item.second);
        PurposeCategory category;
        category.id = identifier(row, "id", 32);
        category.points = row.number("points", 0.0, 100.0);
        category.keywords = read_strings(row, "keywords", true);
        row.finish();
        scoring.purposes.push_back(std::move(category));
      }
      scoring.unknown_purpose_points = in.number("unknown_points", 0.0, 100.0);
      break;
    }
    case Criterion::Bureau:
    case Criterion::CollateralQuality:
      break;  // points come from the bureau scale and the collateral types
    default:
      scoring.criteria[static_cast<std::size_t>(criterion)].bands = read_bands(in);
  }
  in.finish();
}

PolicyAction read_action(FieldReader& in, std::string_view key) {
  return static_cast<PolicyAction>(in.choice(key, {"none", "refer", "refuse"}, 0));
}

ScoringPolicy read_scoring(FieldReader in, const TermLimits& term) {
  ScoringPolicy scoring;
  FieldReader weights = in.object("weights");
  double total = 0.0;
  for (std::size_t p = 0; p < kPillarCount; ++p) {
    scoring.pillar_weights[p] = weights.number(pillar_key(static_cast<Pillar>(p)), 0.0, 100.0);
    total += scoring.pillar_weights[p];
  }
  weights.finish();
  if (total <= 0.0) invalid(in.path_of("weights"), "at least one pillar must have a weight");

  FieldReader criteria = in.object("criteria");
  for (std::size_t i = 0; i < kCriterionCount; ++i) {
    const auto criterion = static_cast<Criterion>(i);
    if (auto reader = criteria.optional_object(criterion_key(criterion))) read_criterion(*reader, criterion, scoring);
  }
  criteria.finish();
  for (std::size_t p = 0; p < kPillarCount; ++p) {
    bool scored = false;
    for (std::size_t c = 0; c < kCriterionCount; ++c) {
      scored = scored || (pillar_of(static_cast<Criterion>(c)) == static_cast<Pillar>(p) && scoring.criteria[c].weight > 0.0);
    }
    if (scoring.pillar_weights[p] > 0.0 && !scored) {
      invalid(weights.path_of(pillar_key(static_cast<Pillar>(p))), "a weighted pillar needs at least one weighted criterion");
    }
  }

  FieldReader coverage = in.object("partial_coverage");
  scoring.min_coverage = coverage.number("min_coverage", 0.0, 1.0);
  scoring.partial_coverage_cap = coverage.number("cap", 0.0, 100.0);
  coverage.finish();

  FieldReader cutoffs = in.object("cutoffs");
  scoring.approve_at = cutoffs.number("approve", 0.0, 100.0);
  scoring.refer_at = cutoffs.number("refer", 0.0, 100.0);
  if (scoring.refer_at > scoring.approve_at) invalid(cutoffs.path_of("refer"), "must not be above cutoffs.approve");
  cutoffs.finish();

  FieldReader actions = in.object("collectability_actions");
  for (std::size_t k = 0; k < kCollectabilityCount; ++k) {
    scoring.collectability_actions[k] = read_action(actions, collectability_key(static_cast<Collectability>(k)));
  }
  actions.finish();

  scoring.refuse_bankruptcy_score_at = in.optional_number("refuse_bankruptcy_score_at", 1.0, 1400.0);
  if (const auto limit = in.optional_integer("refuse_active_loans_above", 0, 1000)) {
    scoring.refuse_active_loans_above = static_cast<int>(*limit);
  }
  scoring.require_kyc = in.boolean("require_kyc", false);
  if (auto fixed = in.optional_object("fixed_score")) {
    FixedScorePolicy policy;
    policy.amount_share_pct = fixed->number("amount_share_pct", 0.0, 100.0);
    policy.max_term_months = static_cast<int>(fixed->integer("max_term_months", term.min_months, term.max_months));
    if (auto score = fixed->optional_object("pricing_score")) {
      const auto scale = static_cast<BureauScale>(score->choice("scale", {"fico", "serasa", "cibil", "bankruptcy_plus"}));
      policy.pricing_score = BureauScore{scale, score->number("score", 0.0, 1400.0)};
      score->finish();
    }
    fixed->finish();
    scoring.fixed_score = policy;
  }

  FieldReader risk = in.object("risk");
  scoring.risk.anchor_composite = risk.number("anchor_composite", 0.0, 100.0);
  scoring.risk.anchor_risk = risk.number("anchor_risk", 1.0, 1400.0);
  scoring.risk.anchor_pd_pct = risk.number("anchor_pd_pct", 0.001, 99.999);
  scoring.risk.composite_points_per_halving = risk.number("composite_points_per_halving", 0.1, 100.0);
  scoring.risk.risk_points_per_halving = risk.number("risk_points_per_halving", 1.0, 1400.0);
  scoring.risk.refused_floor = risk.number("refused_floor", 1.0, 1400.0);
  risk.finish();
  in.finish();
  return scoring;
}

RateGrid read_rates(FieldReader in, const TermLimits& term) {
  RateGrid grid;
  grid.basis = static_cast<RateBasis>(in.choice("basis", {"annual", "monthly"}));
  for (const auto& item : in.array("term_buckets_months", 60)) {
    const int months = item_integer(item, 1, 600);
    if (!grid.term_buckets_months.empty() && months <= grid.term_buckets_months.back()) {
      invalid(item.second, "term buckets must ascend");
    }
    grid.term_buckets_months.push_back(months);
  }
  if (grid.term_buckets_months.empty() || grid.term_buckets_months.back() < term.max_months) {
    invalid(in.path_of("term_buckets_months"), "must reach term_months.max, so every term has a rate");
  }
  for (const auto& item : in.array("ltv_buckets_pct", 20)) {
    const double pct = item_number(item, 0.0, 1000.0);
    if (!grid.ltv_buckets_pct.empty() && pct <= grid.ltv_buckets_pct.back()) invalid(item.second, "LTV buckets must ascend");
    grid.ltv_buckets_pct.push_back(pct);
  }
  const std::size_t ltv_count = std::max<std::size_t>(1, grid.ltv_buckets_pct.size());
  const auto bands = in.array("bands", 20);
  if (bands.empty()) invalid(in.path_of("bands"), "must have at least one risk band");
  for (const auto& band_item : bands) {
    FieldReader band(*band_item.first, band_item.second);
    RiskBand risk_band{identifier(band, "id", 16), static_cast<int>(band.integer("max_risk_score", 1, 1400))};
    if (!grid.risk_bands.empty() && risk_band.max_risk_score <= grid.risk_bands.back().max_risk_score) {
      invalid(band.path_of("max_risk_score"), "risk bands must ascend");
    }
    const auto rows = band.array("rate_pct", 60);
    if (rows.size() != grid.term_buckets_months.size()) {
      invalid(band.path_of("rate_pct"), "must have one row per term bucket (" + std::to_string(grid.term_buckets_months.size()) + ")");
    }
    for (const auto& row : rows) {
      if (!row.first->is_array() || row.first->size() != ltv_count) {
        invalid(row.second, "must be an array of one rate per LTV bucket (" + std::to_string(ltv_count) + ")");
      }
      for (std::size_t k = 0; k < ltv_count; ++k) {
        grid.rate_pct.push_back(item_number({(*row.first)[k], row.second + "[" + std::to_string(k) + "]"}, 0.0,
                                            grid.basis == RateBasis::Monthly ? 1000.0 / 12.0 : 1000.0));
      }
    }
    band.finish();
    grid.risk_bands.push_back(std::move(risk_band));
  }
  in.finish();
  return grid;
}

CollateralPolicy read_collateral(FieldReader in) {
  CollateralPolicy policy;
  policy.rule = static_cast<CollateralRule>(in.choice("rule", {"none", "recognition", "ltv"}));
  policy.required_coverage_pct = in.number("required_coverage_pct", 1.0, 1000.0);
  for (const auto& item : in.array("types", 32)) {
    FieldReader row(*item.first, item.second);
    CollateralType type;
    type.id = identifier(row, "id", 32);
    type.recognition_pct = row.number("recognition_pct", 0.0, 100.0);
    type.quality_points = row.number("quality_points", 0.0, 100.0);
    type.vehicle = row.boolean("vehicle", false);
    type.aliases = read_strings(row, "aliases", false);
    row.finish();
    policy.types.push_back(std::move(type));
  }
  for (const auto& item : in.array("ltv_limits", 16)) {
    FieldReader row(*item.first, item.second);
    LtvLimit limit;
    limit.max_age_years = row.optional_number("max_age_years", 0.0, 100.0);
    limit.max_ltv_pct = row.number("max_ltv_pct", 0.0, 200.0);
    row.finish();
    if (!policy.ltv_limits.empty() && (!policy.ltv_limits.back().max_age_years ||
                                       (limit.max_age_years && *limit.max_age_years <= *policy.ltv_limits.back().max_age_years))) {
      invalid(row.path_of("max_age_years"), "LTV limits must ascend by age, with an open limit only last");
    }
    policy.ltv_limits.push_back(limit);
  }
  if (policy.rule == CollateralRule::LoanToValue && policy.ltv_limits.empty()) {
    invalid(in.path_of("ltv_limits"), "an LTV rule needs at least one limit");
  }
  if (policy.rule != CollateralRule::None && policy.types.empty()) invalid(in.path_of("types"), "secured products need collateral types");
  in.finish();
  return policy;
}

Fees read_fees(FieldReader in, Currency currency) {
  Fees fees;
  fees.origination_pct = in.number("origination_pct", 0.0, 100.0);
  fees.origination_fixed = in.money("origination_fixed", currency);
  fees.monthly = in.money("monthly", currency);
  fees.financed = in.boolean("financed", false);
  in.finish();
  return fees;
}

TermLimits read_term(FieldReader in) {
  TermLimits term;
  term.min_months = static_cast<int>(in.integer("min", 1, 600));
  term.max_months = static_cast<int>(in.integer("max", term.min_months, 600));
  for (const auto& item : in.array("grid", 60)) {
    const int months = item_integer(item, term.min_months, term.max_months);
    if (!term.grid_months.empty() && months <= term.grid_months.back()) invalid(item.second, "the grid must ascend");
    term.grid_months.push_back(months);
  }
  if (term.grid_months.empty()) invalid(in.path_of("grid"), "must offer at least one term");
  in.finish();
  return term;
}

}  // namespace

Product read_product(const Json& definition, const std::string& path) {
  FieldReader in(definition, path);
  if (in.string("schema") != kProductSchema) {
    invalid(in.path_of("schema"), "must be \"" + std::string(kProductSchema) + "\"");
  }
  Product product;
  product.id = identifier(in, "id", 64);
  product.version = identifier(in, "version", 32);
  product.name = in.string("name");
  product.market = static_cast<Market>(in.choice("market", {"ID_KOPERASI", "ID_P2P", "BR_AUTO_REFI", "US_CONSUMER", "IN_PERSONAL"}));
  product.currency = currency_from_code(in.string("currency"), in.path_of("currency"));

  FieldReader amount = in.object("amount");
  product.min_amount = amount.money("min", product.currency);
  product.max_amount = amount.money("max", product.currency);
  if (product.min_amount.is_zero()) fail(ErrorCode::OutOfRange, amount.path_of("min"), "must be above zero");
  if (product.max_amount < product.min_amount) fail(ErrorCode::OutOfRange, amount.path_of("max"), "must not be below min");
  amount.finish();

  product.term = read_term(in.object("term_months"));
  for (const auto& item : in.array("methods", 3)) {
    const std::string name = item_string(item);
    std::optional<InterestMethod> method;
    for (const auto candidate : {InterestMethod::Annuity, InterestMethod::Flat, InterestMethod::Declining}) {
      if (method_key(candidate) == name) method = candidate;
    }
    if (!method) invalid(item.second, "'" + name.substr(0, 20) + "' is not one of: annuity, flat, declining");
    if (allows_method(product, *method)) invalid(item.second, "is listed twice");
    product.methods.push_back(*method);
  }
  if (product.methods.empty()) invalid(in.path_of("methods"), "must allow at least one method");

  product.rates = read_rates(in.object("rates"), product.term);
  product.fees = read_fees(in.object("fees"), product.currency);
  if (auto insurance = in.optional_object("insurance")) {
    Insurance cover;
    cover.upfront_pct = insurance->number("upfront_pct", 0.0, 100.0);
    cover.monthly_pct_of_balance = insurance->number("monthly_pct_of_balance", 0.0, 100.0);
    cover.financed = insurance->boolean("financed", false);
    insurance->finish();
    product.insurance = cover;
  }
  if (auto iof = in.optional_object("iof")) {
    // Percentages as written ("0.0082") become exact fractions (0.000082), as loansim/iof.hpp takes them.
    const auto exact_fraction = [&](std::string_view key, double max_pct) {
      Decimal rate = decimal_from_double(iof->number(key, 0.0, max_pct), iof->path_of(key));
      rate.scale += 2;
      return rate;
    };
    IofRule rule;
    rule.rates.daily = exact_fraction("daily_pct", 1.0);
    rule.rates.additional = exact_fraction("additional_pct", 100.0);
    rule.financed = iof->boolean("financed", false);
    iof->finish();
    product.iof = rule;
  }

  FieldReader rounding = in.object("rounding");
  product.rounding.installment = read_rounding(rounding.object("installment"), product.currency);
  product.rounding.amount = read_rounding(rounding.object("amount"), product.currency);
  rounding.finish();

  FieldReader affordability = in.object("affordability");
  product.affordability.ratio = static_cast<DebtRatio>(affordability.choice("ratio", {"dsr", "dti", "foir"}));
  product.affordability.max_ratio_pct = affordability.number("max_pct", 1.0, 100.0);
  product.affordability.disposable_share_pct = affordability.optional_number("disposable_share_pct", 1.0, 100.0);
  product.affordability.min_income = affordability.optional_money("min_income", product.currency);
  affordability.finish();

  if (auto age = in.optional_object("age")) {
    AgePolicy policy;
    policy.min_years = static_cast<int>(age->integer("min_years", 0, 120));
    policy.max_at_maturity_years = static_cast<int>(age->integer("max_at_maturity_years", policy.min_years, 120));
    age->finish();
    product.age = policy;
  }
  product.collateral = read_collateral(in.object("collateral"));
  product.savings_multiple = in.optional_number("savings_multiple", 0.1, 100.0);
  product.scoring = read_scoring(in.object("scoring"), product.term);
  in.finish();
  return product;
}

std::vector<std::string_view> embedded_product_ids() {
  std::vector<std::string_view> ids;
  for (const EmbeddedProduct& product : embedded_products()) {
    ids.push_back(product.file_name.substr(0, product.file_name.size() - std::string_view(".json").size()));
  }
  return ids;
}

namespace {

// Products read once per thread, by their definition's exact text (a sample's compiled-in text or
// a --product text): reading one (parse and validation) was half of an offers call, and callers
// that price again and again (the widget, an offer grid, a batch job) pass the same few products.
// A product is immutable once read, so commands share it. Texts that fail are never kept.
constexpr std::size_t kCachedProducts = 8;
constexpr std::size_t kLargestCachedText = 64 * 1024;

struct CachedProduct {
  std::string text;
  std::shared_ptr<const Product> product;
};

// Most recently used first. One list for both kinds of text (a template's static would be one per
// instantiation).
thread_local std::vector<CachedProduct> cache;

template <typename Read>
std::shared_ptr<const Product> read_once(std::string_view text, Read read) {
  const auto hit = std::find_if(cache.begin(), cache.end(), [&](const CachedProduct& c) { return c.text == text; });
  if (hit != cache.end()) {
    std::rotate(cache.begin(), hit, hit + 1);
    return cache.front().product;
  }
  auto product = std::make_shared<const Product>(read());
  if (text.size() <= kLargestCachedText) {
    if (cache.size() == kCachedProducts) cache.pop_back();
    cache.insert(cache.begin(), {std::string(text), product});
  }
  return product;
}

const EmbeddedProduct& find_embedded(std::string_view id, std::string_view field) {
  const std::string file_name = std::string(id) + ".json";
  for (const EmbeddedProduct& product : embedded_products()) {
    if (product.file_name == file_name) return product;
  }
  std::string known;
  for (const auto name : embedded_product_ids()) known += (known.empty() ? "" : ", ") + std::string(name);
  invalid(std::string(field), "unknown product '" + std::string(id.substr(0, 64)) + "'; products: " + known);
}

// Compiled-in text, validated by the tests: no request bounds to enforce on it.
Product read_embedded(const EmbeddedProduct& product) {
  return read_product(Json::parse(product.json), "products/" + std::string(product.file_name));
}

}  // namespace

Product embedded_product(std::string_view id, std::string_view field) { return read_embedded(find_embedded(id, field)); }

std::shared_ptr<const Product> resolve_product(const ApiOptions& options, std::string_view requested_id, std::string_view default_id) {
  if (options.product_json.empty()) {
    const EmbeddedProduct& sample = find_embedded(requested_id.empty() ? default_id : requested_id, "product_id");
    return read_once(sample.json, [&] { return read_embedded(sample); });
  }
  auto product = read_once(options.product_json, [&] {
    Json definition;
    try {
      definition = parse_request(options.product_json);
    } catch (const Error& e) {
      fail(e.code(), "--product", e.what());
    }
    return read_product(definition, "--product");
  });
  if (!requested_id.empty() && requested_id != product->id) {
    invalid("product_id", "names '" + std::string(requested_id.substr(0, 64)) + "' but --product defines '" + product->id + "'");
  }
  return product;
}

}  // namespace loansim::json
