import type { Info, State, Unsafe } from "mdast-util-to-markdown";

// mdast-util-to-markdown escapes a text (`state.safe`) by running every unsafe pattern in scope (about 45 in a GFM
// paragraph) as a regular expression over the text with the characters before and after it, and escaping the
// characters of the text where one matched: most of the time of a 12 MB compilation. A pattern that does not match
// there cannot change the output, so the renderer gives `safe` only the patterns that match, found cheaply:
//
// - A match is where the pattern's character is. A match on a character before or after the text escapes nothing;
//   `safe` only looks at those to keep intraword underscores ("a_b") as they are. So, in a text without "_", a
//   pattern whose character the text lacks is dropped.
// - A pattern at a line break (`atBreak`, or a line ending before or after its character) matches only next to a
//   line ending. In a text without line endings (the renderer writes them as spaces), that line ending is one of
//   the characters around the text, so the pattern is tried only there, not over the whole text.
// - The patterns of each kind are first tried together, as one expression made of their own expressions
//   (`state.compilePattern`): most texts match none of them, and one scan of the text says so.
//
// Tests compare the result with the library's own handlers, with all patterns, on arbitrary text.

/** The sources of a `before` or `after` that is one line-ending character. */
const LINE_ENDING_SOURCES = new Set(["[\\r\\n]", "\\n", "\\r"]);
// A backreference would point elsewhere once expressions are joined into one.
const BACKREFERENCE = /\\[1-9]|\\k</u;

/** Where a pattern needs a line ending: at the start of its match, right after its character, or nowhere. */
type Anchor = "start" | "afterCharacter" | undefined;

interface Expressions {
  /** The pattern's expression, without the global flag (so that testing leaves `safe`'s expression alone). */
  anywhere: RegExp;
  /** The same, matching only at `lastIndex`. */
  at: RegExp;
  /** Whether the expression can be tried together with others (plain flags, no backreference, no node). */
  joinable: boolean;
  anchor: Anchor;
}

const expressionCache = new WeakMap<Unsafe, Expressions>();

// `compilePattern` reads the fields of a pattern as booleans: "" and null are absent.
function given(field: string | null | undefined): field is string {
  return typeof field === "string" && field !== "";
}

/** Whether `safe` matches a pattern in part of its subject only (it is tied to the node before or after). */
function tiedToNodes(pattern: Unsafe): boolean {
  return Boolean(pattern.beforeNode) || Boolean(pattern.afterNode);
}

function anchorOf(pattern: Unsafe): Anchor {
  if (tiedToNodes(pattern)) return undefined;
  // The compiled expression starts with `[\r\n]` for `atBreak`, else with `before` when there is one.
  if (pattern.atBreak === true) return "start";
  if (given(pattern.before)) return LINE_ENDING_SOURCES.has(pattern.before) ? "start" : undefined;
  if (given(pattern.after) && LINE_ENDING_SOURCES.has(pattern.after)) return "afterCharacter";
  return undefined;
}

function expressionsOf(state: State, pattern: Unsafe): Expressions {
  let found = expressionCache.get(pattern);
  if (found === undefined) {
    const compiled = state.compilePattern(pattern);
    const flags = compiled.flags.replace("g", "");
    found = {
      anywhere: new RegExp(compiled.source, flags),
      at: new RegExp(compiled.source, `${flags}y`),
      joinable: flags === "" && !BACKREFERENCE.test(compiled.source) && !tiedToNodes(pattern),
      anchor: anchorOf(pattern),
    };
    expressionCache.set(pattern, found);
  }
  return found;
}

/** Patterns of one kind, and one expression that matches where any of them does. */
interface Group {
  patterns: Unsafe[];
  any: RegExp;
}

/** How the patterns in scope for one stack of constructs are tried. */
interface Plan {
  /** All of them, in order, tried one by one in a text with line endings or underscores. */
  all: Unsafe[];
  atStart: Group;
  afterCharacter: Group;
  /** The other patterns, tried one by one (one expression for all of them scans slower than `includes`). */
  elsewhere: Unsafe[];
}

function group(state: State, patterns: Unsafe[], flags: string): Group {
  const sources = patterns.map((pattern) => `(?:${expressionsOf(state, pattern).anywhere.source})`);
  // An empty group matches nothing.
  return { patterns, any: new RegExp(sources.length === 0 ? "[]" : sources.join("|"), flags) };
}

function planOf(state: State, all: Unsafe[]): Plan {
  const kinds = {
    start: [] as Unsafe[],
    afterCharacter: [] as Unsafe[],
    elsewhere: [] as Unsafe[],
  };
  for (const pattern of all) {
    const { joinable, anchor } = expressionsOf(state, pattern);
    kinds[joinable ? (anchor ?? "elsewhere") : "elsewhere"].push(pattern);
  }
  return {
    all,
    atStart: group(state, kinds.start, "y"),
    afterCharacter: group(state, kinds.afterCharacter, "y"),
    elsewhere: kinds.elsewhere,
  };
}

const planCache = new WeakMap<Unsafe[], Map<string, Plan>>();
// Texts come in runs under the same constructs: the last stack and its plan are checked first.
let lastPlan: { unsafe: Unsafe[]; stack: string[]; plan: Plan } | undefined;

function sameStack(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

function listed(stack: readonly string[], list: Unsafe["inConstruct"]): boolean | undefined {
  if (list === undefined || list === null) return undefined;
  const names = typeof list === "string" ? [list] : list;
  return names.length === 0 ? undefined : names.some((name) => stack.includes(name));
}

function inScope(stack: readonly string[], pattern: Unsafe): boolean {
  return (
    (listed(stack, pattern.inConstruct) ?? true) &&
    !(listed(stack, pattern.notInConstruct) ?? false)
  );
}

function planFor(state: State): Plan {
  if (lastPlan?.unsafe === state.unsafe && sameStack(lastPlan.stack, state.stack))
    return lastPlan.plan;
  let byStack = planCache.get(state.unsafe);
  if (byStack === undefined) {
    byStack = new Map();
    planCache.set(state.unsafe, byStack);
  }
  const key = state.stack.join(",");
  let plan = byStack.get(key);
  if (plan === undefined) {
    plan = planOf(
      state,
      state.unsafe.filter((pattern) => inScope(state.stack, pattern)),
    );
    byStack.set(key, plan);
  }
  lastPlan = { unsafe: state.unsafe, stack: [...state.stack], plan };
  return plan;
}

function matchesAt(expression: RegExp, subject: string, index: number): boolean {
  expression.lastIndex = index;
  return expression.test(subject);
}

function isLineEnding(code: number): boolean {
  return code === 10 || code === 13;
}

/** A text, with the characters around it, and what `safe` matches in (built when an expression needs it). */
class Subject {
  #joined: string | undefined;
  constructor(
    readonly state: State,
    readonly value: string,
    readonly info: Info,
  ) {}

  get text(): string {
    this.#joined ??= `${this.info.before}${this.value}${this.info.after}`;
    return this.#joined;
  }

  /** Whether a pattern matches `text`, where its character is in the text (or anywhere, with `around`). */
  matches(pattern: Unsafe, around: boolean): boolean {
    // A character of more than one code unit is compiled as an expression: it is tried as one.
    if (
      pattern.character.length === 1 &&
      !(around ? this.text : this.value).includes(pattern.character)
    )
      return false;
    return tiedToNodes(pattern) || expressionsOf(this.state, pattern).anywhere.test(this.text);
  }

  /** The patterns of the group that match at `index` of `text`. */
  matchingAt(group: Group, index: number): readonly Unsafe[] {
    if (group.patterns.length === 0 || !matchesAt(group.any, this.text, index)) return NONE;
    return group.patterns.filter((pattern) =>
      matchesAt(expressionsOf(this.state, pattern).at, this.text, index),
    );
  }
}

const NONE: readonly Unsafe[] = [];

/** The patterns at a break that match in a text without line endings: at the line endings around it. */
function matchingAtBreaks(plan: Plan, subject: Subject): Unsafe[] {
  const { before, after } = subject.info;
  const found: Unsafe[] = [];
  for (let index = 0; index < before.length; index += 1) {
    if (isLineEnding(before.charCodeAt(index)))
      found.push(...subject.matchingAt(plan.atStart, index));
  }
  if (subject.value.length > 0 && isLineEnding(after.charCodeAt(0))) {
    const last = before.length + subject.value.length - 1;
    found.push(...subject.matchingAt(plan.afterCharacter, last));
  }
  return found;
}

/**
 * The unsafe patterns in scope that can change how `safe` writes `value` between `info.before` and `info.after`:
 * `safe` with only these writes what it writes with all of them.
 */
export function matchingPatterns(state: State, value: string, info: Info): Unsafe[] {
  const plan = planFor(state);
  const subject = new Subject(state, value, info);
  // Matches around the text count only for intraword underscores; line endings around it anchor the patterns at
  // a break only when the text itself has none.
  const around = value.includes("_");
  if (around || value.includes("\n") || value.includes("\r"))
    return plan.all.filter((pattern) => subject.matches(pattern, around));
  const found = matchingAtBreaks(plan, subject);
  for (const pattern of plan.elsewhere) if (subject.matches(pattern, false)) found.push(pattern);
  // `safe` does not depend on the order of its patterns; the order in scope is kept all the same.
  return found.length === 0 ? found : plan.all.filter((pattern) => found.includes(pattern));
}
