// `Range.text`: a cell's value rendered through its number format the way Swedish Excel shows
// it — decimal comma, no-break space between thousands, Swedish month names and SANT/FALSKT.
// Supported: General, "@", digit patterns with 0 # , . % and literal text, up to four
// sections, [Color]/[$-…] tags (ignored), and dates (y, m, d, h, s). Not supported: fractions,
// scientific patterns, conditions like [>100] — such formats fall back to General.
// Excel also shows "####" when a column is too narrow; the host never does.

export interface Locale {
  decimal: string;
  group: string;
  months: string[];
  monthsLong: string[];
  trueText: string;
  falseText: string;
}

/** Swedish Excel: the Windows sv-SE thousands separator is a no-break space (U+00A0). */
export const SWEDISH: Locale = {
  decimal: ",",
  group: "\u00a0",
  months: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  monthsLong: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  trueText: "SANT",
  falseText: "FALSKT",
};

/** Days between 1899-12-30 (Excel's day 0 in practice) and 1970-01-01. */
const EPOCH_OFFSET = 25569;

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_OFFSET) * 86400000));
}

export function dateToSerial(date: Date): number {
  return date.getTime() / 86400000 + EPOCH_OFFSET;
}

export function isGeneral(format: string | null | undefined): boolean {
  return !format || format.toLowerCase() === "general";
}

export function formatGeneral(value: number, locale: Locale = SWEDISH): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const exp = Number(exponent);
    text = `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  } else if (Number.isInteger(value)) {
    text = String(value);
  } else {
    // General shows at most 11 characters in a standard-width column.
    const intLength = String(Math.trunc(abs)).length + (value < 0 ? 1 : 0);
    const decimals = Math.max(0, Math.min(10 - intLength + (value < 0 ? 1 : 0), 11 - intLength - 1));
    text = String(Number(value.toFixed(decimals)));
  }
  return text.replace(".", locale.decimal);
}

/** Splits a format code at ";" outside quotes and escapes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

type Token = { kind: "literal"; text: string } | { kind: "code"; text: string };

/** Separates literal text (quoted, escaped, _x spacing) from format characters; drops [tags] and *fill. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: Token["kind"], text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind) last.text += text;
    else tokens.push({ kind, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push("literal", section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      push("literal", section[i + 1] ?? "");
      i++;
    } else if (ch === "_") {
      push("literal", " ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
    } else if ("0#?.,%Ee+-/yYmMdDhHsS:".includes(ch) || /[A-Za-z]/.test(ch)) {
      push("code", ch);
    } else {
      push("literal", ch);
    }
  }
  return tokens;
}

function isDateSection(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === "code" && /[yYdDhHsS]|m/i.test(t.text.replace(/[Ee][+-]/g, "")) && !/[0#?]/.test(t.text));
}

function groupThousands(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function formatDigits(value: number, code: string, locale: Locale): string | null {
  if (/[Ee][+-]|\/|\?/.test(code)) return null;
  const percentCount = (code.match(/%/g) ?? []).length;
  const pattern = code.replace(/%/g, "");
  const firstDigit = pattern.search(/[0#]/);
  if (firstDigit < 0) return null;
  let lastDigit = -1;
  for (let i = pattern.length - 1; i >= 0; i--) if (/[0#.]/.test(pattern[i])) { lastDigit = i; break; }
  let numberPart = pattern.slice(firstDigit, lastDigit + 1);
  // Trailing commas after the digits divide by a thousand each.
  const trailing = /,+$/.exec(pattern.slice(firstDigit).replace(/[^0#.,]/g, ""));
  let scaled = value * Math.pow(100, percentCount);
  if (trailing) scaled /= Math.pow(1000, trailing[0].length);
  numberPart = numberPart.replace(/,+$/, "");
  const [intPattern, fracPattern = ""] = numberPart.split(".");
  const grouped = intPattern.includes(",");
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const requiredFrac = (fracPattern.match(/0/g) ?? []).length;
  const totalFrac = (fracPattern.match(/[0#]/g) ?? []).length;
  const fixed = Math.abs(scaled).toFixed(totalFrac);
  let [intDigits, fracDigits = ""] = fixed.split(".");
  if (intDigits === "0" && minInt === 0) intDigits = "";
  intDigits = intDigits.padStart(minInt, "0");
  if (grouped) intDigits = groupThousands(intDigits, locale.group);
  while (fracDigits.length > requiredFrac && fracDigits.endsWith("0")) fracDigits = fracDigits.slice(0, -1);
  const showPoint = numberPart.includes(".");
  return intDigits + (showPoint && (fracDigits || fracPattern === "") ? locale.decimal : fracDigits ? locale.decimal : "") + fracDigits;
}

function formatDate(serial: number, tokens: Token[], locale: Locale): string {
  const date = serialToDate(serial);
  const parts = {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth(),
    d: date.getUTCDate(),
    h: date.getUTCHours(),
    min: date.getUTCMinutes(),
    s: date.getUTCSeconds(),
  };
  let out = "";
  let previousWasHour = false;
  for (const token of tokens) {
    if (token.kind === "literal") {
      out += token.text;
      continue;
    }
    const runs = token.text.match(/([yY]+|[mM]+|[dD]+|[hH]+|[sS]+|.)/g) ?? [];
    runs.forEach((run, index) => {
      const c = run[0].toLowerCase();
      const n = run.length;
      if (c === "y") out += n <= 2 ? String(parts.y % 100).padStart(2, "0") : String(parts.y);
      else if (c === "d") out += n === 1 ? String(parts.d) : n === 2 ? String(parts.d).padStart(2, "0") : String(date.getUTCDay());
      else if (c === "h") out += n === 1 ? String(parts.h) : String(parts.h).padStart(2, "0");
      else if (c === "s") out += n === 1 ? String(parts.s) : String(parts.s).padStart(2, "0");
      else if (c === "m") {
        const nextIsSeconds = runs.slice(index + 1).find((r) => /[a-z]/i.test(r))?.[0].toLowerCase() === "s";
        if (previousWasHour || nextIsSeconds) out += n === 1 ? String(parts.min) : String(parts.min).padStart(2, "0");
        else out += n === 1 ? String(parts.m + 1) : n === 2 ? String(parts.m + 1).padStart(2, "0") : n === 3 ? locale.months[parts.m] : locale.monthsLong[parts.m];
      } else out += run;
      if (/[a-z]/i.test(c)) previousWasHour = c === "h";
    });
  }
  return out;
}

/** The text Excel displays for a number under `format`. */
export function formatNumber(value: number, format: string | null | undefined, locale: Locale = SWEDISH): string {
  if (isGeneral(format) || format === "@") return formatGeneral(value, locale);
  const sections = splitSections(format!);
  let section = sections[0];
  let signHandled = false;
  if (value < 0 && sections.length >= 2 && sections[1] !== "") {
    section = sections[1];
    signHandled = true;
  } else if (value === 0 && sections.length >= 3 && sections[2] !== "") {
    section = sections[2];
  }
  const tokens = tokenize(section);
  if (isDateSection(tokens)) return value < 0 ? "#".repeat(8) : formatDate(value, tokens, locale);
  const code = tokens.filter((t) => t.kind === "code").map((t) => t.text).join("");
  // A section without digit placeholders shows only its text ("–" for zero, say).
  if (!/[0#?]/.test(code)) return tokens.map((t) => (t.kind === "literal" ? t.text : t.text.replace(/[^%+-]/g, ""))).join("");
  const digits = formatDigits(value, code, locale);
  if (digits === null) return formatGeneral(value, locale);
  // Literal text before the first digit placeholder and after the last one stays in place.
  let before = "";
  let after = "";
  let seenDigit = false;
  for (const token of tokens) {
    if (token.kind === "literal") {
      if (seenDigit) after += token.text;
      else before += token.text;
    } else {
      const percentOrSign = token.text.replace(/[0#.,]/g, "");
      if (/[0#]/.test(token.text)) {
        const head = token.text.slice(0, token.text.search(/[0#.,]/));
        before += head.replace(/[^%+-]/g, "");
        seenDigit = true;
        after += token.text.slice(token.text.search(/[0#.,][^0#.,]*$/) + 1).replace(/[^%+-]/g, "");
      } else if (seenDigit) after += percentOrSign;
      else before += percentOrSign;
    }
  }
  const sign = value < 0 && !signHandled ? "-" : "";
  return `${sign}${before}${digits}${after}`;
}

export function formatBoolean(value: boolean, locale: Locale = SWEDISH): string {
  return value ? locale.trueText : locale.falseText;
}
