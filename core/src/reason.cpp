#include "loansim/reason.hpp"

#include <array>

namespace loansim {
namespace {

struct ReasonInfo {
  std::string_view key;
  std::string_view id;
  std::string_view pt;
  std::string_view en;
};

// In ReasonCode order.
constexpr std::array<ReasonInfo, 33> kReasons{{
    {"KO_COLLECTABILITY", "Kolektibilitas pinjaman berada pada atau di bawah batas produk",
     "Qualidade dos empréstimos (colectabilidade) no limite do produto ou abaixo dele",
     "Loan quality (collectability) at or below the product's limit"},
    {"KO_BANKRUPTCY", "Catatan kepailitan atau skor kepailitan di atas batas",
     "Registro de falência ou score de falência acima do corte", "Bankruptcy record or bankruptcy score above the cut-off"},
    {"KO_NEGATIVE_DISPOSABLE", "Penghasilan tidak menutup pengeluaran dan angsuran yang berjalan",
     "A renda não cobre as despesas e as parcelas em curso", "Income does not cover expenses and existing installments"},
    {"KO_MIN_INCOME", "Penghasilan di bawah batas minimum produk", "Renda abaixo do mínimo do produto",
     "Income below the product's minimum"},
    {"KO_ACTIVE_LOANS", "Terlalu banyak pinjaman atau platform pinjaman yang aktif", "Empréstimos ou plataformas ativos demais",
     "Too many open loans or lending platforms"},
    {"KO_AGE", "Usia di bawah batas minimum produk", "Idade abaixo do mínimo do produto", "Age below the product's minimum"},
    {"KO_KYC", "Identitas (KYC) belum terverifikasi", "Identidade (KYC) não verificada", "Identity (KYC) not verified"},
    {"KO_BELOW_MIN_AMOUNT", "Plafon yang mampu dibayar di bawah plafon minimum produk",
     "O valor que cabe no orçamento é menor que o mínimo do produto",
     "The amount the applicant can carry is below the product's minimum"},
    {"KO_NO_TENURE", "Tidak ada jangka waktu yang selesai sebelum batas usia",
     "Nenhum prazo termina antes da idade máxima", "No tenure ends before the maximum age"},
    {"KO_LOW_SCORE", "Skor gabungan di bawah batas rujukan", "Pontuação composta abaixo do corte de análise",
     "Composite score below the referral cut-off"},
    {"CAP_DSR", "Plafon dibatasi oleh batas rasio angsuran terhadap penghasilan (DSR)",
     "Valor limitado pelo teto de comprometimento da renda", "Amount limited by the debt-to-income cap"},
    {"CAP_DISPOSABLE", "Plafon dibatasi oleh sisa penghasilan setelah pengeluaran",
     "Valor limitado pela renda disponível após despesas", "Amount limited by income left after expenses"},
    {"CAP_COLLATERAL", "Plafon dibatasi oleh nilai agunan yang diakui", "Valor limitado pela garantia (LTV)",
     "Amount limited by the recognised collateral value or loan-to-value"},
    {"CAP_SAVINGS", "Plafon dibatasi oleh kelipatan simpanan", "Valor limitado por múltiplo da poupança",
     "Amount limited by a multiple of savings"},
    {"CAP_PRODUCT_MAX", "Plafon dibatasi oleh plafon maksimum produk", "Valor limitado pelo máximo do produto",
     "Amount limited by the product's maximum"},
    {"CAP_FIXED_SCORE", "Tanpa skor biro kredit: plafon dan jangka waktu dibatasi",
     "Sem score de bureau: valor e prazo limitados", "No bureau score: amount and tenure capped"},
    {"OFFER_TENURE_CHANGED", "Jangka waktu berbeda dari yang diajukan", "Prazo diferente do solicitado",
     "Tenure differs from the one requested"},
    {"CHR_NO_BUREAU", "Tidak ada skor biro kredit; skor tetap digunakan", "Sem score de bureau; score fixo utilizado",
     "No bureau score; a fixed score was used"},
    {"CHR_COLLECTABILITY", "Riwayat kolektibilitas pinjaman", "Histórico de pagamento dos empréstimos (colectabilidade)",
     "Loan repayment quality (collectability)"},
    {"CHR_ACTIVE_LOANS", "Jumlah pinjaman aktif", "Número de empréstimos ativos", "Number of open loans"},
    {"CHR_WITHDRAWALS", "Penarikan simpanan melebihi setoran", "Saques da poupança superam os depósitos",
     "Savings withdrawals outpace deposits"},
    {"CHR_SHORT_MEMBERSHIP", "Masa keanggotaan singkat", "Relacionamento recente", "Short membership or relationship"},
    {"CHR_BUREAU", "Skor biro kredit", "Score de crédito do bureau", "Credit bureau score"},
    {"CAP_DSR_HIGH", "Total angsuran terlalu tinggi dibanding penghasilan", "Parcelas altas em relação à renda",
     "Total installments high relative to income"},
    {"CAP_LOW_RESIDUAL", "Sisa penghasilan setelah pengeluaran dan angsuran kecil",
     "Pouca renda sobra após despesas e parcelas", "Little income left after expenses and installments"},
    {"CAP_DEBT_HIGH", "Sisa pinjaman tinggi dibanding penghasilan", "Dívida em aberto alta em relação à renda",
     "Outstanding debt high relative to income"},
    {"CAP_INCOME_UNVERIFIED", "Penghasilan dinyatakan sebagai rentang yang lebar", "Renda declarada em faixa ampla",
     "Income stated as a wide range"},
    {"CPT_LOW_SAVINGS", "Simpanan rendah dibanding plafon", "Poupança baixa em relação ao valor",
     "Savings low relative to the amount"},
    {"CPT_LOW_EQUITY", "Porsi modal sendiri rendah (LTV tinggi)", "Pouco capital próprio (LTV alto)",
     "Low own equity (high loan-to-value)"},
    {"COL_LOW_COVERAGE", "Nilai agunan tidak mencukupi", "Garantia insuficiente", "Collateral value insufficient"},
    {"COL_QUALITY", "Kualitas atau pengikatan agunan rendah", "Garantia de baixa liquidez ou sem vínculo legal",
     "Collateral of low liquidity or not legally bound"},
    {"CND_PURPOSE", "Tujuan pinjaman konsumtif atau tidak jelas", "Finalidade de consumo ou não informada",
     "Loan purpose consumptive or unclear"},
    {"CND_AGE_MATURITY", "Usia saat pinjaman berakhir mendekati batas", "Idade ao fim do contrato próxima do limite",
     "Age at maturity close to the limit"},
}};

}  // namespace

std::string_view reason_key(ReasonCode code) noexcept { return kReasons[static_cast<std::size_t>(code)].key; }

std::string_view reason_text(ReasonCode code, Language language) noexcept {
  const ReasonInfo& info = kReasons[static_cast<std::size_t>(code)];
  switch (language) {
    case Language::Indonesian: return info.id;
    case Language::Portuguese: return info.pt;
    case Language::English: return info.en;
  }
  return info.en;
}

ReasonCode score_reason(Criterion criterion) noexcept {
  constexpr std::array<ReasonCode, kCriterionCount> kByCriterion{
      ReasonCode::ChrCollectability, ReasonCode::ChrActiveLoans,     ReasonCode::ChrWithdrawals,
      ReasonCode::ChrShortMembership, ReasonCode::ChrBureau,         ReasonCode::CapDsrHigh,
      ReasonCode::CapLowResidual,    ReasonCode::CapDebtHigh,        ReasonCode::CapIncomeUnverified,
      ReasonCode::CptLowSavings,     ReasonCode::CptLowEquity,       ReasonCode::ColLowCoverage,
      ReasonCode::ColQuality,        ReasonCode::CndPurpose,         ReasonCode::CndAgeMaturity,
  };
  return kByCriterion[static_cast<std::size_t>(criterion)];
}

}  // namespace loansim
