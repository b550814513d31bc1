// <loan-simulator>: the simulator as a custom element with its own shadow root. The simulator
// page, the partner demo and every embed use this one element. It holds no loan logic: it reads
// the form, asks the core (simulation.js), and presents the answer.
import { LitElement, html, nothing } from 'lit';
import { loadCore, loadFull } from './core.js';
import { downloadText, scheduleCsv } from './csv.js';
import { draftStore } from './draft.js';
import {
  compactMoneyFormatter, dateFormatter, disclosedRateFormatter, groupedNumberFormatter, moneyFormatter, numberParser,
  percentFormatter, wholeNumberFormatter,
} from './format.js';
import { loanForm } from './loan-form.js';
import { DEFAULT_LOCALE, LOCALES, loadStrings, supportedLocale, translator } from './locales.js';
import { methodComparison } from './method-comparison.js';
import { resolveProduct } from './product.js';
import { recommend, recommendationRequest } from './recommendation.js';
import { offersRequest, priceOffers } from './offers.js';
import { offersPanel } from './offers-panel.js';
import { profileForm, recommendationPanel } from './recommendation-panel.js';
import { service, servicingRequest } from './servicing.js';
import { servicingPanel } from './servicing-panel.js';
import { scheduleTable } from './schedule-table.js';
import { METHODS, TERM_UNITS, applicationLoan, compareMethods, coreError, scheduleRequest, simulate } from './simulation.js';
import { styles } from './styles.js';
import { AMOUNT_FIELDS, COMMON_FIELDS, submitPanel } from './submit-panel.js';
import { TARGETS, outcome } from './targets.js';
import { summaryPanel } from './summary-panel.js';

const DEFAULT_PANELS = 'summary,chart,comparison,schedule';

// One key per application, sent with every attempt to send it (crypto.randomUUID needs a secure
// context; partner pages may be plain http).
function newApplicationKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// The local calendar date: the default start of a loan simulated today.
function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

export class LoanSimulator extends LitElement {
  static properties = {
    locale: { reflect: true },
    currency: {},
    product: {},
    theme: {},
    panels: {},
    draftKey: { attribute: 'draft-key' },
    submitMode: { attribute: 'submit-mode' },
    submitFormat: { attribute: 'submit-format' },
    submitUrl: { attribute: 'submit-url' },
    _t: { state: true },
    _product: { state: true },
    _inputs: { state: true },
    _view: { state: true },
    _details: { state: true },
    _fault: { state: true },
    _applicant: { state: true },
    _applicantErrors: { state: true },
    _servicing: { state: true },
    _submission: { state: true },
  };

  static styles = styles;

  constructor() {
    super();
    this.locale = DEFAULT_LOCALE;
    this.panels = DEFAULT_PANELS;
    this.draftKey = 'default';
    this.submitMode = 'event';
    /** Host callback: `async ({format}) => token` for the target's authentication. Never bundled. */
    this.getToken = undefined;
    /** The target's own fields (the payload's `partner`): an object, or `async ({format, application}) => object`. */
    this.submitPartner = undefined;
    /** Extra request headers the target wants (Credgenics' `role`, KOCEK's `User-ID` …). */
    this.submitHeaders = {};
    this._t = translator({});
    this._applicantErrors = {};
    this._configuring = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    loadCore().then(
      (core) => {
        this._core = core;
        this._simulate();
      },
      (error) => this._failed('load', error),
    );
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._chart?.destroy();
    this._chart = undefined;
  }

  willUpdate(changed) {
    if (changed.has('locale') || changed.has('product') || changed.has('currency') || changed.has('draftKey')) this._configure();
    if (changed.has('theme')) this._applyTheme();
  }

  // Strings and product for the current locale; a newer call supersedes an older one in flight.
  async _configure() {
    const ticket = ++this._configuring;
    // A market the customer picked (the market panel) outlives a reload, like the rest of the draft.
    if (!this._drafts && this._panels.has('market')) {
      const picked = draftStore(this.draftKey).load()?.locale;
      if (picked && LOCALES.includes(picked)) this.locale = picked;
    }
    const locale = supportedLocale(this.locale);
    try {
      const [strings, product] = await Promise.all([loadStrings(locale), resolveProduct(this.product, locale)]);
      if (ticket !== this._configuring) return;
      this._locale = locale;
      this._t = translator(strings);
      this._currency = this.currency || product.currency;
      this._product = product;
      this._formats = {
        money: moneyFormatter(locale, this._currency),
        compactMoney: compactMoneyFormatter(locale, this._currency),
        percent: percentFormatter(locale),
        rate: disclosedRateFormatter(locale),
        date: dateFormatter(locale),
        grouped: groupedNumberFormatter(locale),
        whole: wholeNumberFormatter(locale),
        parse: numberParser(locale),
      };
      this._drafts = draftStore(this.draftKey);
      this._restoreDraft(product);
      this._fault = undefined;
      this._simulate();
      // For the host page: its own title and language may follow the market the customer picked.
      this._shownLocale = Object.freeze({ locale, title: this._t('title') });
      this._emit('locale', this._shownLocale);
    } catch (error) {
      if (ticket === this._configuring) this._failed('product', error);
    }
  }

  // The saved draft over the product's defaults when it was typed for this currency (an amount
  // means nothing in another one). The applicant and the application's key survive either way.
  _restoreDraft(product) {
    const draft = this._drafts.load();
    this._applicant = draft?.applicant ?? {};
    this._servicing = draft?.servicing ?? { as_of: today(), payments: [] };
    this._applicationKey = draft?.applicationKey;
    this._applicationText = draft?.applicationText;
    this._inputs = { ...this._defaultInputs(product), ...(draft?.currency === this._currency ? draft.inputs : {}) };
  }

  _saveDraft() {
    this._drafts.save({
      locale: this._locale, currency: this._currency, inputs: this._inputs, applicant: this._applicant, applicationKey: this._applicationKey, applicationText: this._applicationText,
      servicing: this._servicing,
    });
  }

  _defaultInputs(product) {
    return {
      amount: this._formats.grouped(product.amount.default),
      term: String(product.term.default),
      term_unit: TERM_UNITS.includes(product.term.unit) ? product.term.unit : TERM_UNITS[0],
      rate: String(product.annual_rate_pct.default),
      method: METHODS.includes(product.method) ? product.method : METHODS[0],
      start_date: today(),
      fee: '',
      fee_financed: false,
    };
  }

  _applyTheme() {
    let theme = this.theme ?? {};
    try {
      if (typeof theme === 'string') theme = JSON.parse(theme || '{}');
    } catch (error) {
      this._emit('error', { source: 'theme', message: error.message });
      return;
    }
    for (const [name, value] of Object.entries(theme)) this.style.setProperty(`--ls-${name}`, String(value));
  }

  _simulate() {
    if (!this._core || !this._product) return;
    const policy = this._product.cost_of_credit;
    const request = scheduleRequest(this._inputs, { currency: this._currency, parse: this._formats.parse, policy });
    this._view = simulate(this._core, request, { shown: policy?.shown });
    this._fullFailure = undefined;
    this._detailSoon();
    if (this._view.error) {
      this._emit('error', { source: 'core', ...this._view.error });
    } else {
      this._emit('change', { request, schedule: this._view.schedule, cost: this._view.cost });
    }
  }

  // The chart, the comparison and the full table follow in the next task, once the summary has been
  // painted: at 360 rows they cost several times the summary, and while someone types, only the
  // latest figures are worth drawing. The panels the JSON module serves (recommendation, offers,
  // servicing) wait for it: it is loaded the first time one of them is shown.
  _detailSoon() {
    this._detailTimer ||= setTimeout(() => {
      this._detailTimer = 0;
      const view = this._view;
      const full = this._needsFull ? this._full : undefined;
      if (this._needsFull && !full && !this._fullFailure) this._loadFull();
      // Until the JSON module is there, its panels show nothing, or why it could not be loaded.
      const pending = this._fullFailure && { error: this._fullFailure };
      this._details = view?.schedule
        ? {
            view,
            comparison: this._panels.has('comparison') ? compareMethods(this._core, view, { shown: this._product.cost_of_credit?.shown }) : undefined,
            recommendation: this._recommendationShown ? (full ? this._recommend(full, view) : pending) : undefined,
            offers: this._offersShown ? (full ? this._offers(full, view) : pending) : undefined,
            servicing: this._panels.has('servicing')
              ? (full ? service(full, servicingRequest(view.request, this._servicing, this._formats.parse)) : pending)
              : undefined,
          }
        : undefined;
    }, 0);
  }

  // Every command, the JSON module loaded once (loadFull keeps one load in flight); a failure is
  // shown in the panels that needed it and tried again when the loan next changes.
  _loadFull() {
    loadFull().then(
      (full) => {
        this._full = full;
        this._fullFailure = undefined;
        this._detailSoon();
      },
      (error) => {
        this._fullFailure = { code: 'load', field: 'loansim.wasm', detail: error.message };
        this._emit('error', { source: 'load', message: error.message });
        this._detailSoon();
      },
    );
  }

  /** `{locale, title}` of the strings shown (`title`: the widget's heading); undefined until loaded. */
  get shownLocale() {
    return this._shownLocale;
  }

  get _needsFull() {
    return this._recommendationShown || this._offersShown || this._panels.has('servicing');
  }

  get _recommendationShown() {
    return this._panels.has('recommendation') && Boolean(this._product?.recommendation);
  }

  get _offersShown() {
    return this._panels.has('offers') && Boolean(this._product?.recommendation);
  }

  _offers(full, view) {
    const built = offersRequest(view.request, this._applicant, this._product.recommendation, this._formats.parse);
    return built.request ? priceOffers(full, built.request) : built;
  }

  _onServicingInput(event) {
    const { name, value } = event.target;
    if (!name) return;
    const payment = /^payment-(\d+)-(date|amount)$/.exec(name);
    if (payment) {
      const payments = this._servicing.payments.map((row, index) => (index === Number(payment[1]) ? { ...row, [payment[2]]: value } : row));
      this._servicing = { ...this._servicing, payments };
    } else if (name === 'as_of') {
      this._servicing = { ...this._servicing, as_of: value };
    } else {
      return;
    }
    this._saveDraft();
    this._detailSoon();
  }

  async _editPayments(payments, focus) {
    this._servicing = { ...this._servicing, payments };
    this._saveDraft();
    this._detailSoon();
    await this.updateComplete;
    this.renderRoot.querySelector(focus)?.focus();
  }

  _recommend(full, view) {
    const built = recommendationRequest(view.request, this._applicant, this._product.recommendation, this._formats.parse);
    return built.request ? recommend(full, built.request) : built;
  }

  // A burst of input (a dragged slider) costs one simulation per frame, not one per event.
  _simulateSoon() {
    this._frame ||= requestAnimationFrame(() => {
      this._frame = 0;
      this._simulate();
    });
  }

  _failed(kind, error) {
    this._fault = kind;
    this._emit('error', { source: kind, message: error.message });
  }

  /** Dispatches `loan-simulator:<name>`; false when a listener cancelled a cancelable event. */
  _emit(name, detail, cancelable = false) {
    return this.dispatchEvent(new CustomEvent(`loan-simulator:${name}`, { detail, bubbles: true, composed: true, cancelable }));
  }

  _onApplicantInput(event) {
    const { name, type } = event.target;
    if (!name) return;
    this._applicant = { ...this._applicant, [name]: type === 'checkbox' ? event.target.checked : event.target.value };
    if (this._applicantErrors[name]) {
      const { [name]: fixed, ...rest } = this._applicantErrors;
      this._applicantErrors = rest;
    }
    this._saveDraft();
    if ((this._recommendationShown || this._offersShown) && event.currentTarget.id === 'profile') this._detailSoon();
  }

  get _target() {
    const format = this.submitFormat || this._product?.submission?.format;
    return this.submitMode === 'api' && TARGETS[format] ? { format, ...TARGETS[format] } : undefined;
  }

  // The applicant fields to ask for: the common ones, and what the target needs besides.
  _applicantFields() {
    const target = this._target;
    if (!target) return COMMON_FIELDS;
    return target.applicant ? [...COMMON_FIELDS, ...target.applicant] : [];
  }

  // Filled in, and an email the browser reads as one; each problem goes next to its field.
  _applicantProblems() {
    const problems = {};
    for (const name of this._applicantFields()) {
      const input = this.renderRoot.querySelector(`#applicant-${name}`);
      if (!String(this._applicant[name] ?? '').trim()) problems[name] = this._t('apply.required');
      else if (input?.validity.typeMismatch || input?.validity.badInput) problems[name] = this._t('apply.malformed');
    }
    if (!this._applicant.consent) problems.consent = this._t('apply.consent_required');
    return problems;
  }

  // The applicant as the core's payload reads it: the fields asked for, amounts as numbers.
  _applicantRequest() {
    const fields = this._applicantFields();
    return Object.fromEntries(fields.map((name) => [name, AMOUNT_FIELDS.includes(name) ? this._formats.parse(this._applicant[name]) : this._applicant[name]]));
  }

  async _onSubmit(event) {
    event.preventDefault();
    if (this._submission?.state === 'sending' || !this._view?.schedule) return;  // never twice at once
    this._applicantErrors = this._applicantProblems();
    if (Object.keys(this._applicantErrors).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector('#apply [aria-invalid="true"]')?.focus();
      return;
    }
    const application = { loan: applicationLoan(this._view.request), applicant: this._applicantRequest() };
    // The same application sent again (after a timeout, offline, a 5xx) keeps its key, so a lender
    // honouring it never books it twice; an edited one is a new application with a new key, which
    // a lender cannot answer with the first one.
    const applicationText = JSON.stringify(application);
    if (this._applicationKey === undefined || this._applicationText !== applicationText) {
      this._applicationKey = newApplicationKey();
      this._applicationText = applicationText;
    }
    this._saveDraft();
    this._submission = { state: 'sending' };
    const target = this._target;
    let result;
    try {
      result = target ? await this._sendToTarget(target, application, this._applicationKey) : await this._handOver(application, this._applicationKey);
    } catch (error) {
      // A host callback (submitPartner) that failed: the page's setup, not the customer's input.
      result = { ok: false, kind: 'configuration', message: error.message };
    }
    if (!result) {
      this._submission = { state: 'idle' };
    } else if (result.ok) {
      this._drafts.clear();
      this._applicant = {};
      this._applicationKey = this._applicationText = undefined;
      this._submission = { state: 'done', kind: 'accepted', message: result.message };
      this._emit('submitted', { application, ok: true, message: result.message, body: result.body });
    } else {
      this._submission = { state: 'failed', kind: result.kind, message: result.message };
      this._emit('error', { source: 'submission', kind: result.kind, message: result.message });
    }
  }

  // submit-mode="api": the core builds the target's requests from the application (its `payload`
  // command, which checks every field as the target's document says); they go out one by one,
  // each with its own idempotency key derived from the application's.
  async _sendToTarget(target, application, idempotencyKey) {
    const { format } = target;
    const partner = typeof this.submitPartner === 'function' ? await this.submitPartner({ format, application, idempotencyKey }) : this.submitPartner;
    const request = target.applicant ? { ...application, partner } : { partner };
    let full;
    try {
      full = await loadFull();  // `payload` is the JSON module's
    } catch (error) {
      return { ok: false, kind: 'network', message: error.message };
    }
    let payload;
    try {
      payload = full.api.payload(request, { format });
    } catch (error) {
      if (!(error instanceof full.LoansimError)) throw error;
      const problem = coreError(error);
      const [, scope, name] = /^(applicant|loan|partner)\.?(\w*)/.exec(problem.field) ?? [];
      if (scope === 'applicant' && this._applicantFields().includes(name)) {
        this._applicantErrors = { [name]: html`${this._t(`errors.${problem.code}`)} <span lang="en">(${problem.detail})</span>` };
        return { ok: false, kind: 'invalid', message: '' };
      }
      return { ok: false, kind: scope === 'partner' ? 'configuration' : 'invalid', message: `${problem.field}: ${problem.detail}` };
    }
    if (!this._emit('submit', { format, requests: payload.requests, application, idempotencyKey }, true)) return undefined;
    // No token from the host (signed out, its call failed): the target's 401 says so to the customer.
    const [{ postWithRetries }, token] = await Promise.all([
      import('./submission.js'), Promise.resolve(this.getToken?.({ format })).catch(() => undefined),
    ]);
    // By default the sandbox of the server the widget came from (web/sandbox/).
    const base = (this.submitUrl || `${new URL(import.meta.url).origin}/sandbox/${format}`).replace(/\/$/, '');
    let result;
    for (const [index, { path, body }] of payload.requests.entries()) {
      const answer = await postWithRetries({
        url: `${base}${path}`,
        headers: { ...target.headers(token), ...this.submitHeaders },
        body,
        idempotencyKey: `${idempotencyKey}-${index + 1}`,
      });
      result = outcome(format, answer);
      if (!result.ok) return result;
    }
    return result;
  }

  // submit-mode="event": the host page sends the application and reports back through
  // `event.detail.respondWith(promise of {ok, message?, kind?})`. Undefined when it did not.
  async _handOver(application, idempotencyKey) {
    let response;
    const detail = { application, idempotencyKey, respondWith: (promise) => { response = promise; } };
    if (!this._emit('submit', detail, true) || !response) return undefined;
    try {
      const answer = await response;
      return answer?.ok ? { ok: true, message: answer.message } : { ok: false, kind: answer?.kind ?? 'rejected', message: answer?.message };
    } catch {
      return { ok: false, kind: 'network' };  // the host's request failed; its error is not the lender's words
    }
  }

  _onInput(event) {
    const { name, type } = event.target;
    if (!name) return;
    // The slider and the typed amount are one input: the slider writes the typed text.
    const key = name === 'amount-slider' ? 'amount' : name;
    let value = type === 'checkbox' ? event.target.checked : event.target.value;
    if (name === 'amount-slider') value = this._formats.grouped(Number(value));
    if (this._inputs[key] === value) return;
    this._inputs = { ...this._inputs, [key]: value };
    this._saveDraft();
    this._simulateSoon();
  }

  _onAmountBlur(event) {
    const amount = this._formats.parse(event.target.value);
    if (Number.isFinite(amount)) this._inputs = { ...this._inputs, amount: this._formats.grouped(amount) };
  }

  _onLocaleChange(event) {
    this.locale = event.target.value;
    this._drafts.save({ ...this._drafts.load(), locale: supportedLocale(this.locale) });
  }

  _downloadCsv() {
    downloadText(scheduleCsv(this._details.view.schedule, this._t), `${this._t('csv_filename')}.csv`);
  }

  get _panels() {
    return new Set(String(this.panels).split(',').map((panel) => panel.trim()));
  }

  // A User Timing mark the first time a figure is on screen, for partners' (and our) measurements;
  // and the chart, which draws outside Lit's templates.
  updated(changed) {
    if (this._view?.schedule && !this._marked) {
      this._marked = true;
      performance.mark('loan-simulator:first-installment');
    }
    const schedule = this._details?.view.schedule;
    if (changed.has('_details') && schedule && this._panels.has('chart')) this._drawChart(schedule);
  }

  async _drawChart(schedule) {
    const container = this.renderRoot.querySelector('.chart');
    if (!container) return;
    this._chartModule ??= import('./schedule-chart.js');
    const { ScheduleChart } = await this._chartModule;
    if (!container.isConnected || this._details?.view.schedule !== schedule) return;
    if (this._chart?.container !== container) {
      this._chart?.destroy();
      this._chart = new ScheduleChart(this.renderRoot, container);
    }
    const style = getComputedStyle(this.renderRoot.querySelector('.root'));
    const color = (name, fallback) => style.getPropertyValue(`--ls-${name}`).trim() || fallback;
    this._chart.draw(schedule, {
      labels: {
        number: this._t('columns.number'),
        principal: this._t('columns.principal'),
        interest: this._t('columns.interest'),
        balance: this._t('columns.balance'),
      },
      money: this._formats.money,
      compactMoney: this._formats.compactMoney,
      colors: {
        principal: color('principal', '#0b5cad'),
        interest: color('interest', '#b45309'),
        balance: color('balance', '#4b5563'),
        text: color('text', '#1b1f24'),
        grid: color('grid', '#e5e7eb'),
      },
      font: `12px ${style.fontFamily}`,
    });
  }

  render() {
    const t = this._t;
    if (this._fault) return html`<div class="root"><p class="error" role="alert">${t(`errors.${this._fault}`)}</p></div>`;
    if (!this._product) return html`<div class="root"><p class="status">${t('loading')}</p></div>`;
    const panels = this._panels;
    const view = this._view;
    const shown = this._details?.view.schedule;
    return html`
      <div class="root" lang=${this._locale}>
        <header>
          ${panels.has('title') ? html`<h1>${t('title')}</h1>` : nothing}
          <h2>${this._product.name}</h2>
          ${panels.has('market') ? this._renderMarket() : nothing}
        </header>
        ${loanForm({
          t,
          inputs: this._inputs,
          product: this._product,
          currency: this._currency,
          formats: this._formats,
          error: view?.error,
          onInput: (event) => this._onInput(event),
          onAmountBlur: (event) => this._onAmountBlur(event),
        })}
        ${view ? nothing : html`<p class="status">${t('loading')}</p>`}
        ${panels.has('summary') ? summaryPanel({ t, view, formats: this._formats, unit: this._inputs.term_unit }) : nothing}
        ${shown && panels.has('chart') ? this._renderChart(shown, panels) : nothing}
        ${shown && this._details.comparison && panels.has('comparison')
          ? html`<section>${methodComparison(this._details.comparison, { t, formats: this._formats })}</section>`
          : nothing}
        ${shown && panels.has('schedule') ? this._renderSchedule(shown) : nothing}
        ${this._recommendationShown ? recommendationPanel({
          t,
          language: this._locale.split('-')[0],
          policy: this._product.recommendation,
          profile: this._applicant,
          currency: this._currency,
          outcome: this._details?.recommendation,
          formats: this._formats,
          onInput: (event) => this._onApplicantInput(event),
        }) : nothing}
        ${this._offersShown ? offersPanel({
          t,
          language: this._locale.split('-')[0],
          outcome: this._details?.offers,
          formats: this._formats,
          profile: this._recommendationShown ? nothing : profileForm({
            t, policy: this._product.recommendation, profile: this._applicant, currency: this._currency, onInput: (event) => this._onApplicantInput(event),
          }),
        }) : nothing}
        ${panels.has('servicing') ? servicingPanel({
          t,
          servicing: this._servicing,
          outcome: this._details?.servicing,
          currency: this._currency,
          formats: this._formats,
          onInput: (event) => this._onServicingInput(event),
          onAdd: () => this._editPayments([...this._servicing.payments, { date: this._servicing.as_of, amount: '' }],
            `#payment-${this._servicing.payments.length}-date`),
          onRemove: (index) => this._editPayments(this._servicing.payments.filter((row, at) => at !== index), '#add-payment'),
        }) : nothing}
        ${panels.has('submit') ? submitPanel({
          t,
          fields: this._applicantFields(),
          applicant: this._applicant,
          errors: this._applicantErrors,
          currency: this._currency,
          formats: this._formats,
          submission: this._submission,
          canSubmit: Boolean(view?.schedule),
          onInput: (event) => this._onApplicantInput(event),
          onSubmit: (event) => this._onSubmit(event),
        }) : nothing}
      </div>
    `;
  }

  _renderMarket() {
    const t = this._t;
    return html`
      <div class="field no-print">
        <label for="market">${t('market')}</label>
        <select id="market" @change=${this._onLocaleChange}>
          ${LOCALES.map((locale) => html`<option value=${locale} ?selected=${locale === this._locale} lang=${locale}>${t(`markets.${locale}`)}</option>`)}
        </select>
      </div>
    `;
  }

  // The chart's numbers are the schedule table's; without that panel the figure carries its own
  // table, visually hidden, so a screen reader always has the data.
  _renderChart(schedule, panels) {
    const t = this._t;
    return html`
      <figure class="chart-figure" aria-labelledby="chart-caption" aria-describedby=${panels.has('schedule') ? 'chart-data-note' : 'chart-data'}>
        <figcaption id="chart-caption">${t('chart_caption')}</figcaption>
        <div class="chart" aria-hidden="true"></div>
        ${panels.has('schedule')
          ? html`<p class="visually-hidden" id="chart-data-note">${t('chart_data_note')}</p>`
          : html`<div class="visually-hidden">${scheduleTable(schedule, { t, ...this._formats, id: 'chart-data', caption: t('chart_caption') })}</div>`}
      </figure>
    `;
  }

  _renderSchedule(schedule) {
    const t = this._t;
    return html`
      <section class="schedule" aria-labelledby="schedule-caption">
        <div class="toolbar no-print">
          <button type="button" class="secondary" @click=${() => this._downloadCsv()}>${t('download_csv')}</button>
          <button type="button" class="secondary" @click=${() => window.print()}>${t('print')}</button>
        </div>
        ${scheduleTable(schedule, { t, ...this._formats, id: 'schedule', caption: t('schedule_caption') })}
      </section>
    `;
  }
}
