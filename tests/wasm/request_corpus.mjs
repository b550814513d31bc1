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
    return request;
  },
  iof({ int, pick, cents }) {
    const n = int(1, 24);
    const each = cents(10, 1e4);
    const amortizations = Array.from({ length: n }, (_, i) => ({ date: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`.replace(/^2025/, String(2025 + Math.floor(i / 12) + 1)), amount: each }));
    return { borrower: pick(['individual', 'company']), amount: Math.round(each * n * 100) / 100, disbursement_date: '2025-01-15', amortizations, financed: pick([true, false]) };
  },
};

/** `count` requests per command known to the module, as [command, requestText] pairs. */
export function corpus(commands, count, seed = 20261122) {
  const random = prng(seed);
  const t = tools(random);
  return commands.filter((command) => generators[command]).flatMap((command) =>
    Array.from({ length: count }, () => [command, JSON.stringify(generators[command](t))]));
}

export const generatedCommands = Object.keys(generators);
