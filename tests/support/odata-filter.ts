// The OData v4 $filter subset the test server (odata-test-server.ts) answers, as Finance and
// Operations reads it: comparisons (eq, ne, gt, ge, lt, le) of a property with a literal, joined by
// and / or, in parentheses, and `in` with a list. Literals: 'text' ('' for a quote), numbers,
// ISO 8601 date-times (2026-09-13T00:00:00Z), true / false / null, and enum members, bare
// ('Failed') or qualified (Microsoft.Dynamics.DataEntities.RetailTransactionOrderStatusType'Failed').
// Text compares without regard to case, as HQ's SQL collation does ('USRT' finds usrt's rows).

export type Literal = string | number | boolean | null | { dateTime: number };
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'compare'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; property: string; value: Literal }
  | { kind: 'in'; property: string; values: Literal[] };

export class FilterSyntaxError extends Error {}

const TOKEN = /\s*(?:(\()|(\))|(,)|('(?:[^']|'')*')|([A-Za-z_][A-Za-z0-9_.]*'(?:[^']|'')*')|(\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:\d{2}))|(-?\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*))/y;
type Token = { kind: '(' | ')' | ',' | 'literal' | 'word'; text: string; value?: Literal };

const unquote = (quoted: string) => quoted.slice(1, -1).replace(/''/g, "'");

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new FilterSyntaxError(`Unexpected text at ${at}: ${text.slice(at, at + 20)}`);
    if (m[1] || m[2] || m[3]) tokens.push({ kind: (m[1] ?? m[2] ?? m[3]) as '(' | ')' | ',', text: m[0].trim() });
    else if (m[4]) tokens.push({ kind: 'literal', text: m[4], value: unquote(m[4]) });
    else if (m[5]) tokens.push({ kind: 'literal', text: m[5], value: unquote(m[5].slice(m[5].indexOf("'"))) });
    else if (m[6]) {
      const time = Date.parse(m[6]);
      if (Number.isNaN(time)) throw new FilterSyntaxError(`Not a date-time: ${m[6]}`);
      tokens.push({ kind: 'literal', text: m[6], value: { dateTime: time } });
    } else if (m[7]) tokens.push({ kind: 'literal', text: m[7], value: Number(m[7]) });
    else {
      const word = m[8]!;
      const constant = ({ true: true, false: false, null: null } as Record<string, Literal | undefined>)[word];
      tokens.push(constant === undefined ? { kind: 'word', text: word } : { kind: 'literal', text: word, value: constant });
    }
  }
  return tokens;
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/** Parses a $filter's text; throws FilterSyntaxError on anything outside the subset. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const expect = (kind: Token['kind']) => {
    const token = tokens[i++];
    if (token?.kind !== kind) throw new FilterSyntaxError(`Expected ${kind} at token ${i}, found ${token?.text ?? 'the end'}`);
    return token;
  };
  const literal = (): Literal => {
    const token = expect('literal');
    return token.value!;
  };
  const primary = (): FilterNode => {
    if (peek()?.kind === '(') {
      i++;
      const inner = or();
      expect(')');
      return inner;
    }
    const property = expect('word').text;
    const op = expect('word').text.toLowerCase();
    if (op === 'in') {
      expect('(');
      const values = [literal()];
      while (peek()?.kind === ',') {
        i++;
        values.push(literal());
      }
      expect(')');
      return { kind: 'in', property, values };
    }
    if (!COMPARISONS.has(op)) throw new FilterSyntaxError(`Unknown operator ${op}`);
    return { kind: 'compare', op: op as 'eq', property, value: literal() };
  };
  const and = (): FilterNode => {
    let left = primary();
    while (peek()?.kind === 'word' && peek()!.text.toLowerCase() === 'and') {
      i++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): FilterNode => {
    let left = and();
    while (peek()?.kind === 'word' && peek()!.text.toLowerCase() === 'or') {
      i++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const node = or();
  if (i !== tokens.length) throw new FilterSyntaxError(`Unexpected ${tokens[i]!.text} after the filter`);
  return node;
}

/** -1, 0 or 1; null when the two cannot be compared (a null, or values of different kinds). */
function compare(value: unknown, literal: Literal): number | null {
  if (value === null || value === undefined || literal === null) return null;
  if (typeof literal === 'object') {
    const time = typeof value === 'string' ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? null : Math.sign(time - literal.dateTime);
  }
  if (typeof literal === 'number') return typeof value === 'number' ? Math.sign(value - literal) : null;
  if (typeof literal === 'boolean') return typeof value === 'boolean' ? (value === literal ? 0 : 1) : null;
  if (typeof value !== 'string') return null;
  const [a, b] = [value.toLowerCase(), literal.toLowerCase()];
  return a < b ? -1 : a > b ? 1 : 0;
}

function isNull(value: unknown): boolean {
  return value === null || value === undefined;
}

/** Whether a row (real property names) matches the filter. */
export function matches(node: FilterNode, row: Readonly<Record<string, unknown>>): boolean {
  switch (node.kind) {
    case 'and':
      return matches(node.left, row) && matches(node.right, row);
    case 'or':
      return matches(node.left, row) || matches(node.right, row);
    case 'in':
      return node.values.some((v) => compare(row[node.property], v) === 0);
    case 'compare': {
      const value = row[node.property];
      if (node.value === null) return node.op === 'eq' ? isNull(value) : node.op === 'ne' ? !isNull(value) : false;
      const order = compare(value, node.value);
      if (order === null) return node.op === 'ne';
      return { eq: order === 0, ne: order !== 0, gt: order > 0, ge: order >= 0, lt: order < 0, le: order <= 0 }[node.op];
    }
  }
}

/** Every property the filter reads: the server refuses a filter on a property its entity does not have, as HQ does. */
export function filterProperties(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterProperties(node.left), ...filterProperties(node.right)];
    default:
      return [node.property];
  }
}

/**
 * The values a filter pins a property to whatever else it says: for `P eq 'a' or P eq 'b'`
 * (alone or and-ed with more), ['a', 'b']; null when a row with any value of P may match. The test
 * server reads only those rows' candidates rather than every row (the filter is still checked).
 */
export function pinnedValues(node: FilterNode, property: string): Literal[] | null {
  switch (node.kind) {
    case 'compare':
      return node.property === property && node.op === 'eq' ? [node.value] : null;
    case 'in':
      return node.property === property ? node.values : null;
    case 'and':
      return pinnedValues(node.left, property) ?? pinnedValues(node.right, property);
    case 'or': {
      const [left, right] = [pinnedValues(node.left, property), pinnedValues(node.right, property)];
      return left && right ? [...left, ...right] : null;
    }
  }
}
