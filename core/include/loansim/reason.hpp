// Reason codes of a recommendation or credit decision, each with its text in Indonesian,
// Portuguese and English. Rule reasons say which policy rule or cap decided; score reasons name a
// scored factor that cost points (never a generic "score too low": adverse-action notices must
// name specific factors that were actually scored).
#pragma once

#include <cstdint>
#include <string_view>

#include "loansim/product.hpp"

namespace loansim {

enum class ReasonCode : std::uint8_t {
  // Knock-out rules
  KoCollectability,      // loan quality at or below the product's limit
  KoBankruptcy,          // bankruptcy record or bankruptcy score at the cut
  KoNegativeDisposable,  // income does not cover expenses and existing installments
  KoMinIncome,           // income below the product's minimum
  KoActiveLoans,         // too many open loans or lending platforms
  KoAge,                 // below the product's minimum age
  KoKyc,                 // identity not verified
  KoBelowMinAmount,      // what the applicant can carry is below the minimum ticket
  KoNoTenure,            // no tenure of the product ends before the maximum age
  KoLowScore,            // composite below the referral cut-off (given with the factors that cost points)
  // What bounds the offer
  CapDsr,                // the debt-service ratio cap
  CapDisposable,         // the share of disposable income
  CapCollateral,         // collateral recognition or loan-to-value
  CapSavings,            // the multiple of savings
  CapProductMax,         // the product's maximum amount
  CapFixedScore,         // the fixed-score fallback's tighter cap
  OfferTenureChanged,    // the tenure differs from the one requested
  ChrNoBureau,           // no bureau score: a fixed score was used
  // Scored factors that cost points, one per criterion
  ChrCollectability,
  ChrActiveLoans,
  ChrWithdrawals,
  ChrShortMembership,
  ChrBureau,
  CapDsrHigh,
  CapLowResidual,
  CapDebtHigh,
  CapIncomeUnverified,
  CptLowSavings,
  CptLowEquity,
  ColLowCoverage,
  ColQuality,
  CndPurpose,
  CndAgeMaturity,
};

enum class Language : std::uint8_t { Indonesian, Portuguese, English };

[[nodiscard]] std::string_view reason_key(ReasonCode code) noexcept;  // "KO_COLLECTABILITY"
[[nodiscard]] std::string_view reason_text(ReasonCode code, Language language) noexcept;
// The score reason that names a criterion's shortfall.
[[nodiscard]] ReasonCode score_reason(Criterion criterion) noexcept;

}  // namespace loansim
