// Elementary functions computed with + − × ÷ and exact power-of-two scaling only, so that the
// native build and the WebAssembly build give the same bits.
//
// Why: the C libraries differ. glibc (native) and musl (Emscripten) each round exp, log, log1p,
// expm1 and pow within an ulp of the true value, but not always to the same double: measured on
// this project's toolchains, about 1 input in 1,600 (exp) to 1 in 500 (log1p) gives a different
// last bit. A rate solved to full precision then differs in its 16th digit between the CLI and
// the browser. These functions follow the classic fdlibm reductions (exp: x = k·ln 2 + r and a
// rational approximation of e^r; log: x = 2^k·(1 + f) and a polynomial in s = f / (2 + f)), with
// errors under 1 ulp; IEEE 754 basic operations are correctly rounded on every target, so the
// results are identical wherever the code is compiled without FMA contraction or -ffast-math
// (x86-64 baseline and wasm32 have no FMA instruction).
#pragma once

namespace loansim {

// e^x. 0 below about −745, +inf above about 709.78, NaN for NaN.
[[nodiscard]] double portable_exp(double x) noexcept;

// Natural logarithm. −inf at 0, NaN below 0 or for NaN, +inf at +inf.
[[nodiscard]] double portable_log(double x) noexcept;

// ln(1 + x), precise for small x (Kahan's correction of the rounding of 1 + x). −inf at −1.
[[nodiscard]] double portable_log1p(double x) noexcept;

// e^x − 1, precise for small x (Kahan: (u − 1) · x / ln u with u = e^x).
[[nodiscard]] double portable_expm1(double x) noexcept;

}  // namespace loansim
