// A seeded generator of JSON API requests over every command: mostly valid, some out of bounds,
// so both results and errors are compared. Used by the native/WASM parity test.

/** Mulberry32: a small deterministic PRNG, so every run compares the same corpus. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(random) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (items) => items[int(0, items.length - 1)];
  const cents = (lo, hi) => int(lo * 100, hi * 100) / 100;
  const rate = () => pick([0, cents(0, 30), cents(0, 400), int(0, 1000)]);
  const date = (fromYear = 2000, toYear = 2030) =>
    `${int(fromYear, toYear)}-${String(int(1, 12)).padStart(2, '0')}-${String(pick([1, 10, 15, 28, 29, 30, 31])).padStart(2, '0')}`;
  return { int, pick, cents, rate, date, random };
}

const generators = {
  payment({ int, pick, cents, rate }) {
    return {
      principal: pick([cents(1, 1e6), int(1, 1e9), cents(0, 10)]),
      currency: pick(['USD', 'BRL', 'INR', 'IDR', 'EUR']),
      annual_rate_pct: rate(),
      term: pick([int(1, 600), 601, 0]),
      when: pick(['end', 'begin']),
    };
  },
  tvm({ int, pick, cents, rate, date }) {
    const r = rate() / 1200;
    const values = () => [-cents(100, 1e5), ...Array.from({ length: int(1, 60) }, () => cents(-100, 5000))];
    switch (pick(['pmt', 'ipmt', 'nper', 'pv', 'fv', 'rate', 'npv', 'irr', 'xnpv', 'xirr', 'effect'])) {
      case 'pmt': return { fn: 'pmt', rate: r, nper: int(1, 600), pv: cents(1, 1e6), fv: 0, when: pick(['end', 'begin']) };
      case 'ipmt': { const nper = int(1, 360); return { fn: 'ipmt', rate: r, per: int(1, nper), nper, pv: cents(1, 1e6) }; }
      case 'nper': return { fn: 'nper', rate: r, pmt: -cents(10, 1e4), pv: cents(1, 1e5) };
      case 'pv': return { fn: 'pv', rate: r, nper: int(1, 600), pmt: -cents(1, 1e4) };
      case 'fv': return { fn: 'fv', rate: r, nper: int(1, 600), pmt: -cents(1, 1e3), pv: -cents(1, 1e4) };
      case 'rate': return { fn: 'rate', nper: int(1, 360), pmt: -cents(10, 1e4), pv: cents(100, 1e6), fv: 0 };
      case 'npv': return { fn: 'npv', rate: r, values: values() };
      case 'irr': return { fn: 'irr', values: values() };
      case 'xnpv': case 'xirr': {
        const v = values();
        const start = Date.UTC(int(2000, 2030), int(0, 11), int(1, 28));
        const dates = v.map((_, i) => new Date(start + i * int(1, 40) * 86400000).toISOString().slice(0, 10));
        return pick([{ fn: 'xnpv', rate: r, values: v, dates }, { fn: 'xirr', values: v, dates }]);
      }
      default: return { fn: 'effect', rate: rate() / 100, npery: pick([1, 2, 4, 12, 365]) };
    }
  },
  apr({ int, pick, cents, date, random }) {
    const amount = cents(100, 1e5);
    const count = int(1, 120);
    const installment = Math.max(0.01, Math.round((amount * (1 + random() * 0.8)) / count * 100) / 100);
    const dated = pick([true, false]);
    const standard = pick(['us_reg_z', 'br_cet', 'eu_ccd', 'in_rbi', 'irr']);
    const unit = pick(['month', 'week', 'fortnight', 'month', 'quarter']);
    if (dated) {
      const start = date(1990, 2150);
      return { standard, unit_period: unit, advances: [{ date: start.replace(/-(29|30|31)$/, '-28'), amount }],
        payments: [{ amount: installment, count, first_date: date(2151, 2160) }] };
    }
    return { standard, unit_period: unit, advances: [{ period: 0, amount }],
      payments: [{ amount: installment, count, period: 1, fraction: pick([0, 0.25, 0.6333]) }] };
  },
  schedule({ int, pick, cents, rate, date, random }) {
    const unit = pick(['month', 'month', 'week', 'fortnight', 'day']);
    const method = pick(['annuity', 'annuity_due', 'equal_principal', 'flat', 'interest_only', 'bullet']);
    const term = unit === 'day' ? pick([int(1, 3660), 3661]) : pick([int(1, 600), int(1, 24), 0]);
    const request = {
      principal: pick([cents(1, 1e6), int(1, 1e9), cents(0, 10)]),
      currency: pick(['USD', 'BRL', 'INR', 'IDR', 'EUR']),
      annual_rate_pct: rate(),
      method,
      term,
      term_unit: unit,
      start_date: date(),
    };
    const maybe = (p) => random() < p;
    if (maybe(0.2)) request.day_count = pick(['30/360', '30e/360', 'act/360', 'act/365f', 'act/act_isda']);
    if (maybe(0.2)) request.business_days = { convention: pick(['following', 'modified_following', 'preceding']), holidays: [date(), date()] };
    if (maybe(0.2)) request.grace = { periods: int(0, 6), interest: pick(['paid', 'capitalised']) };
    if (maybe(0.2)) request.upfront_fees = [{ pct: cents(0, 5), financed: pick([true, false]) }];
    if (maybe(0.2)) request.installment_fees = [{ amount: cents(0, 10), pct_of_balance: cents(0, 0.1) }];
    if (maybe(0.3)) request.rounding = { mode: pick(['half_up', 'half_even', 'up', 'down']), increment: pick([0.01, 1, 100]) };
    if (maybe(0.15)) request.prepayments = [{ installment: int(1, 12), amount: cents(1, 1000), then: pick(['shorter_term', 'lower_installment']) }];
    // Half with the cost of credit, some of those with Brazil's IOF (an error unless the loan is in BRL).
    if (maybe(0.5)) {
      request.cost_of_credit = { standard: pick(['br_cet', 'reg_z_apr', 'irr_apr', 'irr_apr', 'irr']) };
      if (maybe(0.4)) request.cost_of_credit.iof = { borrower: pick(['individual', 'company']), financed: pick([true, false]) };
    }
    return request;
  },
  iof({ int, pick, cents }) {
    const n = int(1, 24);
    const each = cents(10, 1e4);
    const amortizations = Array.from({ length: n }, (_, i) => ({ date: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`.replace(/^2025/, String(2025 + Math.floor(i / 12) + 1)), amount: each }));
    return { borrower: pick(['individual', 'company']), amount: Math.round(each * n * 100) / 100, disbursement_date: '2025-01-15', amortizations, financed: pick([true, false]) };
  },
  recommend({ int, pick, cents, random }) {
    const rarely = (bad, good) => (random() < 0.1 ? bad : good);
    if (pick([true, false])) {
      // KOCEK's request, with its text ranges, decimal commas and percentages.
      const range = (lo, hi) => { const a = int(lo, hi); return `${a}-${a + int(0, hi)}`; };
      return withFormat('kocek', {
        character: { name: 'fulan', nik: '5171021004840001', kyc_status: pick([true, false]), age: int(17, 70), gender: pick(['l', 'p']) },
        income: [{ key: 'penghasilan_1', value: range(0, 2e7) }, { key: 'penghasilan_2', value: pick([range(0, 5e6), null]) }],
        expenses: [{ key: 'pengeluaran_1', value: range(0, 1e7) }],
        collaterals: pick([[], [{ name: 'Avanza', type: 'Mobil', code: pick(['MBL', 'LAND', 'KAPAL']), value: int(1, 5e8),
          estimated_price: range(1, 5e8), recognition: `${int(0, 100)},${int(0, 99)}%`, recognition_value: int(0, 5e8) }]]),
        application: { plafon: `${int(1, 5e8)}.00`, tenure: rarely('dua', pick([int(1, 72), '12'])), purpose: pick(['Konsumtif', 'Modal usaha', '']),
          interest: pick([12, '8,5', int(0, 60)]), ...rarely({ loan_interest_method: 3, loan_interest_method_label: 'Bunga Flat' },
            pick([{ loan_interest_method: 3, loan_interest_method_label: 'Bunga Anuitas' }, { loan_interest_method: 1, loan_interest_method_label: 'Bunga Flat' }])) },
        internal_data: { total_loan_active: String(int(0, 20)), loan_remaining: `${int(0, 2e8)}.00`,
          collectability: pick(['Lancar', 'Dalam Perhatian Khusus', 'Kurang Lancar', 'Diragukan', 'Macet']),
          behaviour_pattern_withdrawal_ratio: `${int(0, 300)},${int(0, 99)}%`, total_balance_active: `${int(0, 5e7)}.00`,
          total_deposit_active_balance: pick([`${int(0, 5e7)}.00`, null]) },
      });
    }
    const product = pick([['id-koperasi-kocek', 1, ['annuity', 'flat', 'declining']], ['id-p2p-dompetkilat', 1, ['flat', 'annuity']],
      ['br-auto-refi-creditas', 0.01, ['annuity']], ['us-consumer-installment', 0.01, ['annuity']], ['in-personal-loan', 0.01, ['annuity']]]);
    const money = (lo, hi) => (product[1] === 1 ? int(lo, hi) : cents(lo, hi));
    const scale = product[0].startsWith('id-') ? 1000 : 1;
    return {
      product_id: product[0],
      applicant: { monthly_income: pick([money(0, 2e4 * scale), { low: money(0, 1e4 * scale), high: money(1e4 * scale, 3e4 * scale) }]),
        monthly_expenses: money(0, 1e4 * scale), existing_installments: money(0, 2e3 * scale), active_loans: int(0, 8), age: int(18, 75),
        collectability: pick(['lancar', 'dalam_perhatian_khusus', 'kurang_lancar', 'diragukan', 'macet']), savings: money(0, 5e4 * scale),
        kyc_verified: pick([true, false]), bureau: pick([undefined, { scale: 'fico', score: int(300, 850) }, { scale: 'serasa', score: int(0, 1000) }]) },
      loan: { amount: money(1, 2e5 * scale), term_months: rarely(0, int(1, 84)), method: rarely('balloon', pick(product[2])),
        annual_rate_pct: pick([undefined, cents(0, 40)]), purpose: pick(['modal usaha', 'debt consolidation', 'travel', '']) },
      collaterals: pick([[], [{ type: pick(['LAND_SHM_HT', 'CAR', 'MBL']), value: money(1, 3e5 * scale), lien: money(0, 1e3 * scale), age_years: int(0, 20), recognition_pct: random() < 0.5 ? int(0, 100) : undefined }]]),
    };
  },
  'policy-decision'({ int, pick, cents, random }) {
    const rarely = (bad, good) => (random() < 0.1 ? bad : good);
    return withFormat('creditpolicy', {
      Source: 'Web', ExternalIP: '10.120.0.0', APIVersion: rarely('1.0', '2.0'), ApplicationID: int(0, 9999999999),
      Applicant: { MonthlyGrossIncome: cents(0, 3e4), MonthlyDebtPayments: cents(0, 5e3), FICOScore: rarely(900, pick([undefined, int(300, 850)])),
        OpenTradelines: int(0, 9), Savings: cents(0, 5e4), Purpose: pick(['debt consolidation', 'vacation']), Bankruptcy: pick([false, false, true]) },
      CoApplicant: pick([undefined, { MonthlyGrossIncome: cents(0, 1e4), FICOScore: int(300, 850) }]),
      RequestedLoanAmt: cents(1, 6e4), RequestedTermMonths: int(1, 72),
    });
  },
  payload({ int, pick, cents, random }) {
    const rarely = (bad, good) => (random() < 0.1 ? bad : good);
    const day = () => `${int(1950, 2030)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    if (pick([true, false])) {
      return withFormat('creditpolicy', { partner: { Source: 'Web', ExternalIP: '10.120.0.0', ApplicationID: rarely(-1, int(0, 9999999999)) } });
    }
    return withFormat('credgenics', {
      applicant: { full_name: 'Shri Ram', phone: rarely('98052', '9805265926'), birth_date: day(), monthly_income: int(0, 2e5),
        national_id: rarely('2354', '235498671293') },
      loan: { amount: rarely(cents(1, 10) + 0.001, int(1, 5e6)), currency: 'INR', term: int(1, 84), annual_rate_pct: cents(0, 40), start_date: day() },
      partner: { loan_id: String(int(1, 1e6)), loan_type: 'Personal Loan', applicant_address: [{ applicant_address_type: pick(['Home', 'Office']),
        applicant_address_text: 'x', applicant_state: 'Rajasthan', applicant_city: 'Jodhpur', applicant_pincode: rarely(34200, 342001) }] },
    });
  },
  offers({ int, pick, cents, random, date }) {
    const rarely = (bad, good) => (random() < 0.1 ? bad : good);
    if (pick([true, false])) {
      // Creditas' offer simulation request (seed 002), as its partners send it.
      return withFormat('creditas', {
        purpose: pick(['DEBTS_PAYMENT', 'PERSONAL', 'BUSINESS']),
        intendedCredit: { currency: rarely('USD', 'BRL'), amount: pick([int(1000, 200000), cents(1, 2e5)]) },
        borrower: { birthDate: rarely('03/06/1996', `${int(1940, 2005)}-06-03`), monthlyIncome: pick([int(0, 30000), cents(0, 3e4)]), professionalStatus: 'CLT',
          bacenAuthorization: rarely(undefined, { bacenAuthorizedAt: `${int(2020, 2026)}-06-02` }) },
        collateral: { value: int(1, 200000), debt: pick([undefined, int(0, 50000)]), modelYear: pick([undefined, String(int(1990, 2026)), int(1990, 2026)]),
          borrowerVehicleOwner: pick([true, false]) },
        loansim: pick([undefined, { bureau: { scale: 'serasa', score: rarely(2000, int(0, 1000)) } }, { terms: [pick([12, 24, 36, rarely(72, 60)])] }]),
      });
    }
    const product = pick([['id-koperasi-kocek', 1, ['annuity', 'flat', 'declining']], ['id-p2p-dompetkilat', 1, ['flat', 'annuity']],
      ['br-auto-refi-creditas', 0.01, ['annuity']], ['us-consumer-installment', 0.01, ['annuity']], ['in-personal-loan', 0.01, ['annuity']]]);
    const money = (lo, hi) => (product[1] === 1 ? int(lo, hi) : cents(lo, hi));
    const scale = product[0].startsWith('id-') ? 1000 : 1;
    return {
      product_id: product[0], start_date: rarely('2026-02-30', date(2020, 2030)),
      applicant: { monthly_income: money(0, 2e4 * scale), monthly_expenses: money(0, 1e4 * scale), age: int(18, 75),
        savings: money(0, 5e4 * scale), kyc_verified: pick([true, false]), bureau: pick([undefined, { scale: 'fico', score: int(300, 850) }, { scale: 'serasa', score: int(0, 1000) }]) },
      loan: { amount: money(1, 2e5 * scale), term_months: int(1, 84), method: pick(product[2]), annual_rate_pct: pick([undefined, cents(0, 40)]), purpose: pick(['modal usaha', 'travel', '']) },
      collaterals: pick([[], [{ type: pick(['LAND_SHM_HT', 'CAR']), value: money(1, 3e5 * scale), lien: money(0, 1e3 * scale), age_years: int(0, 20) }]]),
    };
  },
  servicing({ int, pick, cents, random, date }) {
    const rarely = (bad, good) => (random() < 0.1 ? bad : good);
    const start = date(2018, 2026);
    const loan = { currency: pick(['IDR', 'INR', 'USD']), principal: int(1000, 5e7), annual_rate_pct: cents(0, 40), term: int(1, 36),
      term_unit: pick(['month', 'month', 'day']), start_date: start };
    const asOf = rarely(start, `${int(2019, 2031)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`);
    const payments = Array.from({ length: int(0, 12) }, () => ({ date: `${int(2018, 2030)}-${String(int(1, 12)).padStart(2, '0')}-15`, amount: rarely(0, int(1, 5e6)) }));
    if (pick([true, false])) {
      return withFormat('dompetkilat', { as_of: asOf, loan: { ...loan, currency: 'IDR' }, repayment: { status: pick(['active', 'completed']),
        loanAmount: loan.principal, loanAmountPaid: int(0, 5e6), numberOfPay: int(0, 5), tenorUnit: 'day',
        histories: payments.map((p) => ({ transactionTime: `${p.date}T${String(int(0, 23)).padStart(2, '0')}:20:16.921Z`, paymentAmount: p.amount })) } });
    }
    return withFormat(pick(['', 'credgenics']), { as_of: asOf, loan, payments });
  },
};

/** A request sent with the CLI's --format. */
function withFormat(format, request) {
  return { format, request };
}

/** `count` requests per command known to the module, as [command, requestText, format] triples. */
export function corpus(commands, count, seed = 20261122) {
  const random = prng(seed);
  const t = tools(random);
  return commands.filter((command) => generators[command]).flatMap((command) =>
    Array.from({ length: count }, () => {
      const generated = generators[command](t);
      const { format, request } = generated.format !== undefined && generated.request !== undefined ? generated : { format: '', request: generated };
      return [command, JSON.stringify(request), format];
    }));
}

export const generatedCommands = Object.keys(generators);
