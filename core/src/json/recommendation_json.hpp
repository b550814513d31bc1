// A Recommendation as JSON: the body of `recommend`'s own format, and the extension the seed
// formats (KOCEK, the credit-policy decision) carry next to their own fields.
#pragma once

#include <string>
#include <vector>

#include "loansim/json/json_source.hpp"
#include "loansim/recommendation.hpp"

namespace loansim::json {

// Ratios and scores rounded for output; the trace keeps enough digits to rebuild each figure.
[[nodiscard]] double rounded(double value, int decimals);

// `input_warnings` (what the request adapter corrected) come before the engine's own.
[[nodiscard]] Json recommendation_json(const Recommendation& recommendation, const Product& product,
                                       const std::vector<std::string>& input_warnings);

// Our own format's request parts, shared by `recommend` and `offers`: applicant, loan, collateral.
[[nodiscard]] Applicant read_applicant(FieldReader in, Currency currency);
[[nodiscard]] LoanRequest read_loan(FieldReader in, Currency currency);
[[nodiscard]] CollateralItem read_collateral(FieldReader in, Currency currency);

// {"id": ..., "pt": ..., "en": ...} for a reason.
[[nodiscard]] Json reason_texts(ReasonCode code);

}  // namespace loansim::json
