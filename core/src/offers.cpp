#include "loansim/offers.hpp"

#include <algorithm>

#include "loansim/affordability.hpp"
#include "loansim/error.hpp"
#include "loansim/ordering.hpp"
#include "loansim/schedule.hpp"
#include "loansim/schedule_iof.hpp"

namespace loansim {
namespace {

// Steps an affordability search may take from its first estimate before it stops: the estimate
// is off by the rounding of a few charges, so one or two steps settle it.
constexpr int kMaxSearchSteps = 16;

Money floor_to(Money amount, std::int64_t step) {
  return {round_to_increment(std::max<std::int64_t>(0, amount.minor()), {Rounding::Down, step}), amount.currency()};
}

Method schedule_method(InterestMethod method) {
  switch (method) {
    case InterestMethod::Annuity: return Method::Annuity;
    case InterestMethod::Flat: return Method::Flat;
    case InterestMethod::Declining: return Method::EqualPrincipal;
  }
  return Method::Annuity;
}

// Everything about one loan amount: its charges, the schedule of what is financed, the IOF.
struct Financing {
  Money loan_amount;
  Money fees_financed;
  Money fees_upfront;
  Iof iof;
  Money financed;
  Money peak;
  Schedule schedule;
};

class Quoter {
 public:
  Quoter(const Product& product, const OfferTerms& terms) : product_(product) {
    const Currency currency = product.currency;
    request_.annual_rate = nominal_from_periodic(terms.rate, 12.0);
    request_.method = schedule_method(terms.method);
    request_.term = terms.term_months;
    request_.unit = TermUnit::Month;
    request_.start_date = terms.start_date;
    request_.rounding = product.rounding.installment;
    if (!product.fees.monthly.is_zero()) request_.installment_fees.push_back({product.fees.monthly, 0.0});
    if (product.insurance && product.insurance->monthly_pct_of_balance > 0.0) {
      request_.installment_fees.push_back({Money{0, currency}, product.insurance->monthly_pct_of_balance / 100.0});
    }
    request_.principal = Money{0, currency};
  }

  // The monthly charges not proportional to the balance: what an installment carries on top of
  // principal and interest whatever the amount.
  [[nodiscard]] Money fixed_monthly_fees() const { return product_.fees.monthly; }

  // The financing of `loan_amount`, into `f` (its schedule's storage reused).
  void quote(Money loan_amount, Financing& f) {
    const Currency currency = product_.currency;
    f.loan_amount = loan_amount;
    f.fees_financed = Money{0, currency};
    f.fees_upfront = Money{0, currency};
    const Money origination = product_.fees.origination_fixed + percent_of(loan_amount, product_.fees.origination_pct, Rounding::HalfUp);
    (product_.fees.financed ? f.fees_financed : f.fees_upfront) += origination;
    if (product_.insurance && product_.insurance->upfront_pct > 0.0) {
      const Money premium = percent_of(loan_amount, product_.insurance->upfront_pct, Rounding::HalfUp);
      (product_.insurance->financed ? f.fees_financed : f.fees_upfront) += premium;
    }
    request_.principal = loan_amount + f.fees_financed;
    if (product_.iof) {
      f.iof = build_schedule_with_iof(request_, *product_.iof, f.schedule);
    } else {
      f.iof = Iof{Money{0, currency}, Money{0, currency}, Money{0, currency}};
      build_schedule(request_, f.schedule);
    }
    f.financed = f.schedule.financed;
    f.peak = Money{*std::max_element(f.schedule.payment.begin(), f.schedule.payment.end()), currency};
  }

 private:
  const Product& product_;
  ScheduleRequest request_;
};

Offer offer_of(const Product& product, const OfferTerms& terms, const Financing& f, Binding binding) {
  const Currency currency = product.currency;
  Offer offer;
  offer.term_months = terms.term_months;
  offer.monthly_rate = terms.rate;
  offer.annual_effective_rate = effective_from_monthly(terms.rate);
  offer.loan_amount = f.loan_amount;
  offer.binding = binding;
  offer.fees = f.fees_financed + f.fees_upfront;
  offer.fees_upfront = f.fees_upfront;
  offer.iof = f.iof;
  offer.iof_financed = product.iof && product.iof->financed;
  offer.financed = f.financed;
  const Money iof_upfront = (product.iof && !offer.iof_financed) ? f.iof.total : Money{0, currency};
  offer.released = f.loan_amount - f.fees_upfront - iof_upfront;
  offer.installment = Money{f.schedule.payment.front(), currency};
  offer.peak_installment = f.peak;
  offer.total_payable = f.schedule.totals.payment + f.fees_upfront + iof_upfront;
  offer.cost = cost_of_credit(cost_standard(product.market), f.schedule, {TimeUnit::Month, 1}, f.fees_upfront + iof_upfront);
  return offer;
}

// The largest loan amount, a multiple of `step` and at most `ceiling`, whose peak installment fits
// the budget, its financing into `found`; false when none fits. Estimated from the largest financed
// amount the budget carries less what financing adds to the amount (fees, IOF), then checked
// forward step by step. `spare`'s storage serves the amounts tried.
bool capacity(Quoter& quoter, const Product& product, const OfferTerms& terms, Money budget, Money ceiling, Financing& found,
              Financing& spare) {
  const Currency currency = product.currency;
  const Money step{product.rounding.amount.increment, currency};
  const Money carried = budget - quoter.fixed_monthly_fees();
  if (carried.minor() <= 0) return false;
  const Money most_financed = max_principal(carried, terms.rate, terms.term_months, terms.method, product.rounding.installment, 1);
  if (most_financed.minor() <= 0) return false;
  quoter.quote(most_financed, spare);
  const Money added = spare.financed - most_financed;
  Money amount = std::min(floor_to(most_financed - added, step.minor()), ceiling);
  bool fits = false;
  for (int i = 0; i < kMaxSearchSteps && amount.minor() > 0 && !fits; ++i) {
    quoter.quote(amount, found);
    fits = found.peak <= budget;
    if (!fits) amount = floor_to(amount - step, step.minor());
  }
  if (!fits) return false;  // the estimate was far off: offer nothing rather than guess
  for (int i = 0; i < kMaxSearchSteps && found.loan_amount + step <= ceiling; ++i) {
    quoter.quote(found.loan_amount + step, spare);
    if (spare.peak > budget) break;
    std::swap(found, spare);
  }
  return true;
}

}  // namespace

CostStandard cost_standard(Market market) noexcept {
  switch (market) {
    case Market::BrAutoRefinance: return CostStandard::BrCet;
    case Market::UsConsumer: return CostStandard::RegZApr;
    case Market::IdCooperative:
    case Market::IdP2P:
    case Market::InPersonal: return CostStandard::IrrApr;
  }
  return CostStandard::IrrApr;
}

Offer price_offer(const Product& product, const OfferTerms& terms, const OfferLimits& limits) {
  const Currency currency = product.currency;
  const std::int64_t step = product.rounding.amount.increment;
  Quoter quoter(product, terms);

  // The least of the limits that do not depend on the rate; ties keep the earlier, as recommend().
  Money least = limits.product_max;
  Binding binding = Binding::ProductMax;
  if (limits.collateral && *limits.collateral < least) {
    least = *limits.collateral;
    binding = Binding::Collateral;
  }
  if (limits.savings && *limits.savings < least) {
    least = *limits.savings;
    binding = Binding::Savings;
  }
  // Two financings' storage, kept per thread from offer to offer: a grid quotes a few amounts for
  // each of its offers, and every schedule's columns would otherwise be allocated anew.
  thread_local Financing best, spare;
  // Affordability binds only if that amount's installment does not fit.
  bool quoted = least.minor() > 0;  // whether `best` is the financing of `least`
  if (quoted) quoter.quote(least, best);
  if (quoted && best.peak > limits.installment_budget) {
    quoted = capacity(quoter, product, terms, limits.installment_budget, least, best, spare);
    least = quoted ? best.loan_amount : Money{0, currency};
    binding = limits.capacity_binding;
  }
  if (limits.fixed_share_pct) {
    const Money share = floor_to(percent_of(least, *limits.fixed_share_pct, Rounding::Down), step);
    if (share < least) {
      least = share;
      binding = Binding::FixedScore;
      quoted = false;
    }
  }
  if (limits.requested <= least) {
    least = limits.requested;
    binding = Binding::Requested;
    quoted = false;
  }
  if (least.minor() <= 0) {
    Offer none;
    none.term_months = terms.term_months;
    none.monthly_rate = terms.rate;
    none.loan_amount = Money{0, currency};
    none.binding = binding;
    return none;
  }
  if (!quoted) quoter.quote(least, best);
  return offer_of(product, terms, best, binding);
}

OfferSet offers(const OfferRequest& request, const Product& product) {
  std::vector<int> terms = request.terms.empty() ? product.term.grid_months : request.terms;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (terms[i] < product.term.min_months || terms[i] > product.term.max_months) {
      fail(ErrorCode::OutOfRange, "terms[" + std::to_string(i) + "]",
           "must be between " + std::to_string(product.term.min_months) + " and " + std::to_string(product.term.max_months) +
               " months for product " + product.id);
    }
  }
  sort_unique(terms);

  const RecommendationRequest& application = request.application;
  // The application is scored at the amount the collateral, the savings and the product can lend
  // (what the offers quote), not at a request beyond them: scored as asked, every customer asking
  // more than the car carries would be refused on a loan nobody offers.
  Recommendation rec = recommend(application, product);
  const auto lendable = [&](const RecommendationTrace& t) {
    Money amount = std::min(application.loan.amount, product.max_amount);
    if (t.collateral_limit) amount = std::min(amount, *t.collateral_limit);
    if (t.savings_limit) amount = std::min(amount, *t.savings_limit);
    return amount;
  };
  const Money priced_amount = lendable(rec.trace);
  if (priced_amount < application.loan.amount && priced_amount.minor() > 0) {
    RecommendationRequest scored = application;
    scored.loan.amount = priced_amount;
    rec = recommend(scored, product);
  }
  const RecommendationTrace& trace = rec.trace;
  OfferSet set;
  set.product_id = product.id;
  set.product_version = product.version;
  set.decision = rec.decision;
  set.risk_band = trace.risk_band;
  set.risk_score = rec.risk_score;
  set.pricing_risk_score = trace.pricing_risk_score;
  // The tenure the scores measured is not one the customer asked for: offers span every tenure.
  for (const Reason& reason : rec.reasons) {
    if (reason.code != ReasonCode::OfferTenureChanged) set.reasons.push_back(reason);
  }
  set.warnings = rec.warnings;
  if (rec.decision == Decision::Refused) return set;

  const bool fixed_score = rec.decision == Decision::FixedScore;
  const OfferLimits limits{application.loan.amount, trace.collateral_limit, trace.savings_limit, product.max_amount,
                           trace.installment_budget, trace.capacity_binding,
                           fixed_score ? std::optional<double>(product.scoring.fixed_score->amount_share_pct) : std::nullopt};

  // The loan-to-value the grid prices: of the amount the collateral and the product allow (a lower
  // amount set by income is not repriced: conservative, and no circularity between rate and amount).
  const Currency currency = product.currency;
  Money vehicle_value{0, currency}, liens{0, currency};
  for (std::size_t i = 0; i < trace.collaterals.size() && i < application.collaterals.size(); ++i) {
    const CollateralType* type = find_collateral_type(product, trace.collaterals[i].type_id);
    if (type == nullptr || !type->vehicle) continue;
    vehicle_value += trace.collaterals[i].value_used;
    liens += application.collaterals[i].lien;
  }
  double ltv_pct = 0.0;
  if (product.collateral.rule == CollateralRule::LoanToValue && vehicle_value.minor() > 0 && !product.rates.ltv_buckets_pct.empty()) {
    ltv_pct = std::min(static_cast<double>((priced_amount + liens).minor()) / static_cast<double>(vehicle_value.minor()) * 100.0,
                       product.rates.ltv_buckets_pct.back());
  }
  const RiskBand* band = nullptr;
  for (const RiskBand& b : product.rates.risk_bands) {
    if (b.id == trace.risk_band) band = &b;
  }

  for (const int months : terms) {
    if ((trace.age_tenure_cap_months && months > *trace.age_tenure_cap_months) ||
        (trace.fixed_score_tenure_cap_months && months > *trace.fixed_score_tenure_cap_months)) {
      continue;
    }
    const PeriodicRate rate = application.loan.rate ? *application.loan.rate : grid_rate(product, months, *band, ltv_pct);
    Offer offer = price_offer(product, {months, rate, application.loan.method, request.start_date}, limits);
    if (offer.loan_amount >= product.min_amount && offer.loan_amount.minor() > 0) set.offers.push_back(std::move(offer));
  }
  if (set.offers.empty()) {
    set.decision = Decision::Refused;
    set.reasons.insert(set.reasons.begin(), Reason{ReasonCode::KoBelowMinAmount, true, 0.0});
    if (set.reasons.size() > kMaxReasons) set.reasons.resize(kMaxReasons);
  }
  return set;
}

}  // namespace loansim
