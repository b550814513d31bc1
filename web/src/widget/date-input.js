// A date input with the date written the widget's way beside it. A browser draws <input
// type="date"> in its own locale's format, not the page's: a pt-BR page in an en-US browser shows
// 02/01/2025 for 1 February, which a Brazilian reads as 2 January. The native control stays (its
// picker, keyboard entry and screen-reader support are the browser's); the text next to it is the
// same date through Intl in the widget's locale, and the input's description (docs/decisions.md).
import { html, nothing } from 'lit';

/**
 * @param field {id, name, value, formats, invalid, describedBy, autocomplete, required}: value the
 *   ISO date ('' while incomplete), name the form field's (the id by default), describedBy the ids
 *   of other descriptions (an error), or undefined
 */
export function dateInput({ id, name = id, value, formats, invalid = false, describedBy, autocomplete, required = false }) {
  const textId = `${id}-text`;
  return html`
    <div class="date-input">
      <input id=${id} name=${name} type="date" .value=${value} aria-invalid=${invalid} ?required=${required}
        autocomplete=${autocomplete ?? nothing} aria-describedby=${[textId, describedBy].filter(Boolean).join(' ')} />
      <span class="date-text" id=${textId}>${readable(value, formats)}</span>
    </div>`;
}

// Only a whole calendar date: a draft may hold anything.
function readable(value, formats) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value ?? '') && !Number.isNaN(Date.parse(value)) ? formats.date(value) : '';
}
