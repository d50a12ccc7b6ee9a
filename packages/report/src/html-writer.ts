import { stringifyEntities } from "stringify-entities";

// The characters hast-util-to-html escapes (with stringify-entities, its own escaper) in text and in double-quoted
// attribute values, so that a page written here is byte for byte the page hast would write. One options object
// each: stringify-entities caches its expression per subset array.
const TEXT_OPTIONS = { subset: ["<", "&"] };
const ATTRIBUTE_OPTIONS = { subset: ["\0", '"', "&", "'", "`"] };
// Most text and attribute values have none of the characters of their subset: stringify-entities would return them
// unchanged, so they are passed through without calling it (it allocates its options and callbacks on every call).
const TEXT_SPECIAL = /[<&]/;
const ATTRIBUTE_SPECIAL = /[\0"&'`]/;

/** Attributes of an element, in output order; `undefined` leaves one out, a list is space-separated (`class`). */
export type HtmlAttributes = Readonly<
  Record<string, string | number | readonly string[] | undefined>
>;

/** Text escaped for an HTML text node, by stringify-entities (`<` and `&`, as hast-util-to-html does). */
export function escapeHtmlText(value: string): string {
  return TEXT_SPECIAL.test(value) ? stringifyEntities(value, TEXT_OPTIONS) : value;
}

function serializeAttributes(list: HtmlAttributes): string {
  let out = "";
  for (const name in list) {
    const value = list[name];
    if (value === undefined) continue;
    const serialized = typeof value === "object" ? value.join(" ") : String(value);
    const escaped = ATTRIBUTE_SPECIAL.test(serialized)
      ? stringifyEntities(serialized, ATTRIBUTE_OPTIONS)
      : serialized;
    out += ` ${name}="${escaped}"`;
  }
  return out;
}

// Attribute sets that recur thousands of times (a class, a language and direction): each opening tag with one of
// them is serialized once. The sets are frozen, so that what was serialized stays what they hold.
const sharedOpenTags = new WeakMap<HtmlAttributes, Map<string, string>>();

/** Freezes a set of attributes that many elements share, so that `open` serializes it once per tag name. */
export function sharedAttributes<T extends HtmlAttributes>(attributes: T): T {
  if (!sharedOpenTags.has(attributes)) sharedOpenTags.set(Object.freeze(attributes), new Map());
  return attributes;
}

function openTag(tag: string, attributes: HtmlAttributes): string {
  const serialized = serializeAttributes(attributes);
  return serialized === "" ? bareOpenTag(tag) : `<${tag}${serialized}>`;
}

// Tags without attributes are the same few strings thousands of times: made once.
const openTags = new Map<string, string>();
const closeTags = new Map<string, string>();

function bareOpenTag(tag: string): string {
  let found = openTags.get(tag);
  if (found === undefined) {
    found = `<${tag}>`;
    openTags.set(tag, found);
  }
  return found;
}

function sharedOpenTag(
  cache: Map<string, string>,
  tag: string,
  attributes: HtmlAttributes,
): string {
  let found = cache.get(tag);
  if (found === undefined) {
    // Made flat once (a joined array is one flat string, a concatenation is a tree of parts that every page's
    // final join would have to walk again).
    const serialized = serializeAttributes(attributes);
    found = serialized === "" ? bareOpenTag(tag) : ["<", tag, serialized, ">"].join("");
    cache.set(tag, found);
  }
  return found;
}

function closeTag(tag: string): string {
  let found = closeTags.get(tag);
  if (found === undefined) {
    found = `</${tag}>`;
    closeTags.set(tag, found);
  }
  return found;
}

/**
 * Writes the elements of a page as a list of string parts joined once at the end (a 12 MB page built by
 * concatenation leaves a million intermediate strings to the collector). Tag names are the caller's constants;
 * every text and attribute value goes through stringify-entities.
 */
// Runs of tags with no text between them ("</li><li>", "</p><p class=\"lead\">") recur thousands of times: each
// run is one flat string made once, so that a page has a third fewer parts to join.
const tagRuns = new Map<string, Map<string, string>>();
const TAG_RUNS_LIMIT = 4096;
let tagRunCount = 0;

function tagRun(first: string, second: string): string | undefined {
  let after = tagRuns.get(first);
  let found = after?.get(second);
  if (found === undefined && tagRunCount < TAG_RUNS_LIMIT) {
    found = [first, second].join("");
    if (after === undefined) {
      after = new Map();
      tagRuns.set(first, after);
    }
    after.set(second, found);
    tagRunCount += 1;
  }
  return found;
}

export class HtmlWriter {
  private readonly parts: string[] = [];
  /** Tags made once (no attributes, or shared ones) not yet written: the next such tag joins them. */
  private tags: string | undefined;

  private tag(value: string): void {
    if (this.tags === undefined) {
      this.tags = value;
      return;
    }
    const run = tagRun(this.tags, value);
    if (run === undefined) {
      this.parts.push(this.tags);
      this.tags = value;
    } else {
      this.tags = run;
    }
  }

  private push(value: string): void {
    if (this.tags !== undefined) {
      this.parts.push(this.tags);
      this.tags = undefined;
    }
    this.parts.push(value);
  }

  /** An opening tag; a void element (`<br>`, `<meta>`, `<hr>`) is only this. */
  open(tag: string, attributes?: HtmlAttributes): void {
    if (attributes === undefined) {
      this.tag(bareOpenTag(tag));
      return;
    }
    const shared = sharedOpenTags.get(attributes);
    if (shared === undefined) this.push(openTag(tag, attributes));
    else this.tag(sharedOpenTag(shared, tag, attributes));
  }

  close(tag: string): void {
    this.tag(closeTag(tag));
  }

  /** Text, escaped. */
  text(value: string): void {
    this.push(escapeHtmlText(value));
  }

  /** Text the caller has tested free of `<` and `&`: what `escapeHtmlText` returns unchanged. */
  checkedText(value: string): void {
    this.push(value);
  }

  /** Markup that is already serialized (a chart from hast-util-to-html, the page's own stylesheet). */
  markup(value: string): void {
    this.push(value);
  }

  /** An element with only text in it. */
  textElement(tag: string, attributes: HtmlAttributes | undefined, value: string): void {
    this.open(tag, attributes);
    this.text(value);
    this.close(tag);
  }

  toString(): string {
    if (this.tags !== undefined) {
      this.parts.push(this.tags);
      this.tags = undefined;
    }
    return this.parts.join("");
  }
}
