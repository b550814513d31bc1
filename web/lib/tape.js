// The tape codec: request values to bytes and result bytes to values, the JS side of
// core/include/loansim/json/tape.hpp (the format is documented there). Transport only: it knows
// JSON values, typed arrays and dates as packed numbers, nothing about loans.

const NULL = 0, FALSE = 1, TRUE = 2, NUMBER = 3, STRING = 4, ARRAY = 5, OBJECT = 6, COLUMNS = 7, PACKED = 8, TABLE = 9;
/** Results: a status byte, then the value (the result, or the error object). */
export const TAPE_OK = 0;
/** The deepest a value may sit below the request (the JSON parser's bound). */
const MAX_DEPTH = 32;

/** A request value JSON cannot carry: the wrapper reports it as an `invalid_json` LoansimError. */
export class UnencodableValue extends Error {
  constructor(message, path = []) {
    super(message);
    this.path = path;  // keys and indices, outermost first; null: about no one field
  }

  get field() {
    return (this.path ?? []).map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
  }
}

// The JSON parser's message, naming no field either.
const deepError = () => new UnencodableValue(`request nests deeper than ${MAX_DEPTH} levels`, null);

function describe(value) {
  if (typeof value === 'number') return String(value);  // NaN, Infinity, -Infinity
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'string') return 'a string with a lone surrogate';
  return 'undefined';
}

/** Writes request tapes into one growing buffer, reused from call to call. */
export class RequestEncoder {
  constructor() {
    this.grow(4096);
    this.length = 0;
  }

  grow(capacity) {
    const bytes = new Uint8Array(capacity);
    if (this.bytes) bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer);
  }

  reserve(count) {
    if (this.length + count > this.bytes.length) this.grow(Math.max(2 * this.bytes.length, this.length + count));
  }

  /**
   * The request tape of `request` and the --format: {bytes, length}, valid until the next call.
   * Throws UnencodableValue for a value JSON cannot carry. Values JSON.stringify converts are
   * converted the same way: toJSON() is called, -0 becomes 0, undefined object members are left out.
   */
  encode(request, format) {
    this.length = 0;
    this.value(request, '', 0);
    if (format) this.string(format);
    else this.tag(NULL);
    return this;
  }

  tag(tag) {
    this.reserve(1);
    this.bytes[this.length++] = tag;
  }

  u32At(at, value) {
    this.view.setUint32(at, value, true);
  }

  value(value, key, depth) {
    if (depth > MAX_DEPTH) throw deepError();
    switch (typeof value) {
      case 'number':
        if (!Number.isFinite(value)) throw new UnencodableValue(`request holds ${describe(value)}, which JSON cannot carry`);
        this.reserve(9);
        this.bytes[this.length] = NUMBER;
        this.view.setFloat64(this.length + 1, value === 0 ? 0 : value, true);
        this.length += 9;
        return;
      case 'string': return this.string(value);
      case 'boolean': return this.tag(value ? TRUE : FALSE);
      case 'object':
        if (value === null) return this.tag(NULL);
        if (typeof value.toJSON === 'function') return this.value(value.toJSON(String(key)), key, depth);
        return Array.isArray(value) ? this.array(value, depth) : this.object(value, depth);
      default:
        throw new UnencodableValue(`request holds ${describe(value)}, which JSON cannot carry`);
    }
  }

  string(text) {
    this.tag(STRING);
    this.text(text);
  }

  // UTF-8 with its length first: a string's body, or a member's key.
  text(text) {
    const n = text.length;
    this.reserve(4 + 3 * n);
    const bytes = this.bytes;
    const start = this.length + 4;
    let at = start;
    let i = 0;
    for (; i < n; i += 1) {  // ASCII, the common case, byte by byte
      const c = text.charCodeAt(i);
      if (c >= 0x80) break;
      bytes[at++] = c;
    }
    if (i < n) {
      const rest = text.slice(i);
      if (!rest.isWellFormed()) throw new UnencodableValue(`request holds ${describe(text)}, which JSON cannot carry`);
      at += encoder.encodeInto(rest, bytes.subarray(at)).written;
    }
    this.u32At(this.length, at - start);
    this.length = at;
  }

  // Containers: tag, count, end; count and end are known once the members are written.
  open(tag) {
    this.reserve(9);
    const at = this.length;
    this.bytes[at] = tag;
    this.length += 9;
    return at;
  }

  close(at, count) {
    this.u32At(at + 1, count);
    this.u32At(at + 5, this.length);
  }

  array(array, depth) {
    // Items at depth + 1, a table's members at depth + 2: too deep, item by item reports it.
    if (array.length > 0 && depth < MAX_DEPTH && (this.packed(array) || (depth + 1 < MAX_DEPTH && this.table(array)))) return;
    const at = this.open(ARRAY);
    let i = 0;
    try {
      for (; i < array.length; i += 1) {
        const item = array[i];
        if (item === undefined) throw new UnencodableValue('request holds undefined in an array, which JSON cannot carry');
        this.value(item, i, depth + 1);  // the index becomes text only for a toJSON(key) call
      }
    } catch (error) {
      if (error instanceof UnencodableValue && error.path) error.path.unshift(i);
      throw error;
    }
    this.close(at, array.length);
  }

  // Numbers, or ASCII strings of one length (xirr's dates): a packed array, no tag per item. False,
  // nothing written, for any other array, or one holding what JSON cannot carry: that goes item by
  // item, which reports it.
  packed(array) {
    const count = array.length;
    const at = this.open(PACKED);
    const width = this.cells(array[0], count);
    if (width === NONE) return this.undo(at);
    const start = this.length;
    for (let i = 0; i < count; i += 1) {
      if (!this.cell(start, width, i, array[i])) return this.undo(at);
    }
    this.length = start + cellBytes(width, count);
    this.close(at, count);
    return true;
  }

  // Plain objects with the same keys in the same order, each member a number or an ASCII string
  // as long as the first item's (a request's flows: {date, amount} × 60): a table, the keys once
  // and a column of cells per key. False, nothing written, for any other array: item by item.
  table(items) {
    const first = items[0];
    if (!isRecord(first)) return false;
    const keys = Object.keys(first);
    const values = [];  // the first item's, read once (for…in, as every item below)
    for (const key in first) values.push(first[key]);
    if (values.length !== keys.length) return false;  // an enumerable inherited key
    const at = this.open(TABLE);
    this.reserve(4);
    this.u32At(this.length, keys.length);
    this.length += 4;
    try {
      for (const key of keys) this.text(key);
    } catch (error) {
      if (error instanceof UnencodableValue) return this.undo(at);
      throw error;
    }
    const count = items.length;
    const starts = [], widths = [];
    for (let k = 0; k < keys.length; k += 1) {
      widths.push(this.cells(values[k], count));
      if (widths[k] === NONE) return this.undo(at);
      starts.push(this.length);
      this.length += cellBytes(widths[k], count);
    }
    for (let i = 0; i < count; i += 1) {
      const item = items[i];
      if (!isRecord(item)) return this.undo(at);
      let k = 0;
      for (const key in item) {
        if (key !== keys[k] || !this.cell(starts[k], widths[k], i, i === 0 ? values[k] : item[key])) return this.undo(at);
        k += 1;
      }
      if (k !== keys.length) return this.undo(at);
    }
    this.close(at, count);
    return true;
  }

  // Cells whose first is `value`, `count` of them: their kind (and a string's width), room for
  // them. The width each cell takes, NUMBERS for numbers, NONE for a value no cell holds.
  cells(value, count) {
    if (typeof value === 'number') {
      this.tag(NUMBER);
      this.reserve(8 * count);
      return NUMBERS;
    }
    if (typeof value !== 'string') return NONE;
    this.tag(STRING);
    this.reserve(4 + value.length * count);
    this.u32At(this.length, value.length);
    this.length += 4;
    return value.length;
  }

  // `value` as cell `i` of cells of `width` starting at `start` (room reserved); false when it is
  // not such a value.
  cell(start, width, i, value) {
    if (width === NUMBERS) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      this.view.setFloat64(start + 8 * i, value === 0 ? 0 : value, true);
      return true;
    }
    if (typeof value !== 'string' || value.length !== width) return false;
    const bytes = this.bytes;
    for (let c = 0, at = start + width * i; c < width; c += 1, at += 1) {
      const code = value.charCodeAt(c);
      if (code >= 0x80) return false;
      bytes[at] = code;
    }
    return true;
  }

  undo(at) {
    this.length = at;
    return false;
  }

  object(object, depth) {
    const at = this.open(OBJECT);
    const keys = Object.keys(object);
    let count = 0;
    let key;
    try {
      for (key of keys) {
        const member = object[key];
        if (member === undefined) continue;  // as JSON.stringify: an absent field
        this.text(key);
        this.value(member, key, depth + 1);
        count += 1;
      }
    } catch (error) {
      if (error instanceof UnencodableValue && error.path) error.path.unshift(key);
      throw error;
    }
    this.close(at, count);
  }
}

// Cell widths (cells()): a number's, and that of a value no cell holds; a string's is its length.
const NUMBERS = -1, NONE = -2;
const cellBytes = (width, count) => (width === NUMBERS ? 8 : width) * count;

// An object written as its members (as JSON.stringify writes it), a candidate for a table row.
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value.toJSON !== 'function';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
// Short ASCII texts of results (keys, currency codes) seen lately, by a hash of their bytes: a
// schedule's twenty keys are compared with these instead of being built character by character,
// a third of the time. Fixed size, so it holds at most that many strings.
const SHORT_TEXT = 32;
const recentTexts = new Array(256);

// "01" … "31": two-digit months and days without padStart per date.
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/** A packed date (year << 9 | month << 5 | day) as ISO 8601 text. */
export const isoDate = (packed) => `${packed >>> 9}-${TWO_DIGITS[(packed >>> 5) & 15]}-${TWO_DIGITS[packed & 31]}`;

/** Reads a result tape in place from the module's memory. */
export class ResultDecoder {
  /** @param {ArrayBuffer} buffer the module's memory; @param {number} at the result's address */
  constructor(buffer, at) {
    this.buffer = buffer;
    this.bytes = new Uint8Array(buffer);
    this.view = new DataView(buffer);
    this.base = at;  // offsets in the tape count from here
    this.at = at;
  }

  u32() {
    const value = this.view.getUint32(this.at, true);
    this.at += 4;
    return value;
  }

  text() {
    const length = this.u32();
    const bytes = this.bytes;
    const start = this.at;
    const end = start + length;
    this.at = end;
    if (length > SHORT_TEXT || length === 0) return decoder.decode(bytes.subarray(start, end));
    // The slot by the length and three of the bytes: the comparison below reads every byte once
    // anyway (a hash of them all read each twice: a CET's eight keys took 1 µs to decode, not 0.5).
    const slot = (length * 31 + bytes[start] * 7 + bytes[start + (length >> 1)] * 3 + bytes[end - 1]) & (recentTexts.length - 1);
    const known = recentTexts[slot];
    if (known?.length === length) {
      let i = 0;
      while (i < length && known.charCodeAt(i) === bytes[start + i]) i += 1;
      if (i === length) return known;  // the known texts are ASCII: so are these bytes
    }
    let text = '';
    for (let i = start; i < end; i += 1) {
      const c = bytes[i];
      if (c >= 0x80) return decoder.decode(bytes.subarray(start, end));
      text += String.fromCharCode(c);
    }
    recentTexts[slot] = text;
    return text;
  }

  value() {
    const tag = this.bytes[this.at++];
    switch (tag) {
      case NULL: return null;
      case FALSE: return false;
      case TRUE: return true;
      case NUMBER: {
        const value = this.view.getFloat64(this.at, true);
        this.at += 8;
        return value;
      }
      case STRING: return this.text();
      case ARRAY: {
        const count = this.u32();
        this.at += 4;
        const array = new Array(count);
        for (let i = 0; i < count; i += 1) array[i] = this.value();
        return array;
      }
      case OBJECT: {
        const count = this.u32();
        this.at += 4;
        const object = {};
        for (let i = 0; i < count; i += 1) {
          const key = this.text();
          const value = this.value();
          if (value instanceof Table) value.attach(object, key);
          else object[key] = value;
        }
        return object;
      }
      case COLUMNS: return this.columns();
      default: throw new Error(`loansim: malformed result tape (tag ${tag})`);
    }
  }

  columns() {
    const end = this.base + this.u32();
    const rows = this.u32();
    const minorPerMajor = this.u32();
    const ordinal = this.text();
    const dateName = this.text();
    const names = new Array(this.u32());
    for (let k = 0; k < names.length; k += 1) names[k] = this.text();
    const start = this.base + ((this.at - this.base + 7) & ~7);
    // A copy: the module's buffers are reused by the next call. Uint8Array's slice copies 16 KB
    // in two thirds of ArrayBuffer's time (Node 20).
    const data = this.bytes.slice(start, end).buffer;
    this.at = end;
    const amounts = names.map((_, k) => new Float64Array(data, k * rows * 8, rows));
    return new Table(rows, minorPerMajor, ordinal, dateName, names, amounts, new Uint32Array(data, names.length * rows * 8, rows));
  }
}

// Until its rows or date texts are first read, a result holds its table under this key (not
// enumerable: results deep-equal, stringify and clone as the JSON API's).
const PENDING = Symbol('loansim.table');

const settle = (object, key, value) => Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });

// One getter and setter for every result, so that results keep one shape: making 360 rows with
// their ISO dates costs twice the rest of a schedule, which code reading the columns never pays.
function rowsOnFirstRead() {
  const table = this[PENDING];
  const rows = table.makeRows();
  settle(this, table.key, rows);
  return rows;
}

function rowsReplaced(value) {
  settle(this, this[PENDING].key, value);
}

function dateTexts() {
  return this[PENDING].dateTexts();
}

/** A result table: typed columns, with rows made when first read. */
class Table {
  constructor(rows, minorPerMajor, ordinal, dateName, names, amounts, dates) {
    Object.assign(this, { rows, minorPerMajor, ordinal, dateName, names, amounts, dates, key: '', isoDates: null });
  }

  dateTexts() {
    return (this.isoDates ??= Array.from(this.dates, isoDate));
  }

  makeRows() {
    const { rows, minorPerMajor, ordinal, dateName, names, amounts } = this;
    const texts = this.dateTexts();
    const made = new Array(rows);
    for (let i = 0; i < rows; i += 1) {
      const row = { [ordinal]: i + 1, [dateName]: texts[i] };
      // One correctly rounded division, as the core's to_major: 88849 / 100 is 888.49 exactly printed.
      for (let k = 0; k < names.length; k += 1) row[names[k]] = amounts[k][i] / minorPerMajor;
      made[i] = row;
    }
    return made;
  }

  // object[key]: the rows, a plain array once read (a result stays cloneable: postMessage from a
  // worker, structuredClone); object.columns (not enumerable): one Float64Array per amount column,
  // the dates packed and, when first read, as ISO text.
  attach(object, key) {
    this.key = key;
    Object.defineProperty(object, PENDING, { value: this });
    Object.defineProperty(object, key, { get: rowsOnFirstRead, set: rowsReplaced, enumerable: true, configurable: true });
    const columns = { minorPerMajor: this.minorPerMajor, packedDates: this.dates };
    Object.defineProperty(columns, PENDING, { value: this });
    Object.defineProperty(columns, this.dateName, { get: dateTexts, enumerable: true });
    this.names.forEach((name, k) => { columns[name] = this.amounts[k]; });
    Object.defineProperty(object, 'columns', { value: Object.freeze(columns), enumerable: false });
  }
}
