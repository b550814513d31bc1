// The simulator page: reads the form, asks the core, shows the result. No loan math here.
import { createLoansim, LoansimError } from '../lib/loansim.js';

const form = document.querySelector('#loan');
const installment = document.querySelector('#installment');
const errorBox = document.querySelector('#error');
const currency = 'USD';
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency });

const loansim = await createLoansim();

function update() {
  const data = new FormData(form);
  try {
    const result = loansim.payment({
      principal: Number(data.get('principal')),
      currency,
      annual_rate_pct: Number(data.get('annual_rate_pct')),
      term: Number(data.get('term')),
    });
    installment.value = money.format(result.payment);
    installment.dataset.amount = String(result.payment);
    errorBox.hidden = true;
  } catch (error) {
    if (!(error instanceof LoansimError)) throw error;
    errorBox.textContent = `${error.field || 'request'}: ${error.detail}`;
    errorBox.hidden = false;
  }
}

form.addEventListener('input', update);
update();
