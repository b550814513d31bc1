// Field checks shared by the sandbox APIs. Each check returns undefined when the value passes, or
// the reason it does not; `problems` runs a table of them over a body.

export const required = (check) => (value) => (value === undefined || value === null || value === '' ? 'is required' : check?.(value));
export const optional = (check) => (value) => (value === undefined || value === null ? undefined : check(value));

export const string = (maxLength = Infinity) => (value) => {
  if (typeof value !== 'string') return 'must be a string';
  return value.length > maxLength ? `must be at most ${maxLength} characters` : undefined;
};
export const digits = (minLength, maxLength) => (value) =>
  (typeof value === 'string' && new RegExp(`^\\d{${minLength},${maxLength}}$`).test(value)
    ? undefined
    : `must be ${minLength === maxLength ? minLength : `${minLength} to ${maxLength}`} digits`);
export const number = (value) => (typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number');
export const integer = (value) => (Number.isSafeInteger(value) ? undefined : 'must be an integer');
export const boolean = (value) => (typeof value === 'boolean' ? undefined : 'must be true or false');
export const oneOf = (...choices) => (value) => (choices.includes(value) ? undefined : `must be one of ${choices.join(', ')}`);
export const email = (value) => (typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? undefined : 'must be an email address');
export const object = (rules) => (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
  const [first] = problems(value, rules);
  return first;
};
export const arrayOf = (rules) => (value) => {
  if (!Array.isArray(value)) return 'must be an array';
  for (const [index, item] of value.entries()) {
    const reason = object(rules)(item);
    if (reason) return `[${index}] ${reason}`;
  }
  return undefined;
};

/** A calendar date written with the given pattern (dd/MM/yyyy or yyyy-MM-dd) that exists. */
export const date = (pattern) => (value) => {
  const match = pattern === 'dd/MM/yyyy' ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value ?? '') : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return `must be a date written ${pattern}`;
  const [day, month, year] = pattern === 'dd/MM/yyyy' ? match.slice(1).map(Number) : match.slice(1).map(Number).reverse();
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day
    ? undefined
    : `must be a date written ${pattern}`;
};

/** Every failing field as "field reason", in table order. */
export function problems(body, rules) {
  return Object.entries(rules).flatMap(([field, check]) => {
    const reason = check(body?.[field]);
    return reason ? [`${field} ${reason}`] : [];
  });
}
