/**
 * A list counter written in a Word number format (`w:numFmt`): decimal, letters, Roman numerals,
 * ordinals and words, zero-padded and enclosed forms; formats tmad does not know fall back to
 * decimal.
 * @module
 */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_WORDS: Readonly<Record<string, string>> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };
const DIGITS_CJK = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CHICAGO = ['*', '†', '‡', '§'];

type Formatter = (value: number) => string;

const FORMATS: Readonly<Record<string, Formatter>> = {
  decimal: String,
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  decimalEnclosedParen: (n) => `(${n})`,
  decimalEnclosedFullstop: (n) => `${n}.`,
  decimalEnclosedCircle: (n) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n)),
  upperRoman: (n) => roman(n),
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperLetter: (n) => letters(n),
  lowerLetter: (n) => letters(n).toLowerCase(),
  ordinal: (n) => `${n}${ordinalSuffix(n)}`,
  cardinalText: (n) => capitalise(words(n)),
  ordinalText: (n) => capitalise(ordinalWords(n)),
  chicago: (n) => (n >= 1 ? (CHICAGO[(n - 1) % 4] ?? '*').repeat(Math.floor((n - 1) / 4) + 1) : ''),
  none: () => '',
  chineseCounting: (n) => chinese(n),
  chineseCountingThousand: (n) => chinese(n),
  japaneseCounting: (n) => chinese(n),
  taiwaneseCounting: (n) => chinese(n),
  ideographDigital: (n) => [...String(n)].map((digit) => DIGITS_CJK[Number(digit)] ?? digit).join(''),
};

/**
 * Write a counter in a number format.
 * @param value The counter (Word starts most lists at 1; 0 is possible).
 * @param format `w:numFmt`; unknown formats are written in decimal.
 * @returns The counter as shown, e.g. `iv`, `D`, `04`, `3rd`.
 */
export function formatCounter(value: number, format: string): string {
  const formatter = FORMATS[format] ?? String;
  return formatter(value);
}

/**
 * `true` when the format shows no counter (`bullet`, `none`): such a level is not a number.
 * @param format `w:numFmt`.
 * @returns Whether it is a bullet or nothing.
 */
export function isUnnumbered(format: string): boolean {
  return format === 'bullet' || format === 'none';
}

function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

/** Word's letters: A..Z, then AA, BB, ... ZZ, then AAA (the letter repeated, not base 26). */
function letters(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function ordinalSuffix(value: number): string {
  const lastTwo = Math.abs(value) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Math.abs(value) % 10] ?? 'th';
}

function words(value: number): string {
  if (value < 0 || value >= 1_000_000) return String(value);
  if (value < 20) return ONES[value] ?? String(value);
  if (value < 100) {
    const tens = TENS[Math.floor(value / 10)] ?? '';
    return value % 10 === 0 ? tens : `${tens}-${ONES[value % 10] ?? ''}`;
  }
  if (value < 1000) {
    const rest = value % 100;
    return `${ONES[Math.floor(value / 100)] ?? ''} hundred${rest === 0 ? '' : ` and ${words(rest)}`}`;
  }
  const rest = value % 1000;
  return `${words(Math.floor(value / 1000))} thousand${rest === 0 ? '' : rest < 100 ? ` and ${words(rest)}` : ` ${words(rest)}`}`;
}

function ordinalWords(value: number): string {
  const cardinal = words(value);
  const match = /([a-z]+)$/.exec(cardinal);
  if (!match?.[1]) return `${cardinal}${ordinalSuffix(value)}`;
  const last = match[1];
  const ordinal = ORDINAL_WORDS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return cardinal.slice(0, cardinal.length - last.length) + ordinal;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Chinese counting numerals (一, 十, 十一, 二十三, 一百零五), as Word's `chineseCounting` shows them up to 9999. */
function chinese(value: number): string {
  if (value <= 0 || value >= 10000) return String(value);
  const units = ['', '十', '百', '千'];
  const digits = [...String(value)].map(Number);
  let out = '';
  let zero = false;
  digits.forEach((digit, index) => {
    const unit = units[digits.length - 1 - index] ?? '';
    if (digit === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (digit === 1 && unit === '十' && out === '' ? '' : (DIGITS_CJK[digit] ?? '')) + unit;
  });
  return out;
}
