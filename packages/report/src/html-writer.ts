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

// The attributes of an opening tag (` name="value"` each), added to `parts`.
function serializeAttributes(list: HtmlAttributes, parts: string[]): void {
  for (const name in list) serializeAttribute(name, list[name], parts);
}

function serializeAttribute(name: string, value: HtmlAttributes[string], parts: string[]): void {
  if (value === undefined) return;
  const serialized = typeof value === "object" ? value.join(" ") : String(value);
  const escaped = ATTRIBUTE_SPECIAL.test(serialized)
    ? stringifyEntities(serialized, ATTRIBUTE_OPTIONS)
    : serialized;
  parts.push(" ", name, '="', escaped, '"');
}

// Attribute sets that recur thousands of times (a class, a language and direction): each opening tag with one of
// them is serialized once. The sets are frozen, so that what was serialized stays what they hold.
const sharedOpenTags = new WeakMap<HtmlAttributes, Map<string, string>>();

/** Freezes a set of attributes that many elements share, so that `open` serializes it once per tag name. */
export function sharedAttributes<T extends HtmlAttributes>(attributes: T): T {
  if (!sharedOpenTags.has(attributes)) sharedOpenTags.set(Object.freeze(attributes), new Map());
  return attributes;
}

// Made flat at once (a joined array is one flat string; a concatenation is a tree of parts that stays alive, in the
// young generation and then the old, until the page is joined, and that the join walks again).
function openTag(tag: string, attributes: HtmlAttributes): string {
  const parts = ["<", tag];
  serializeAttributes(attributes, parts);
  if (parts.length === 2) return bareOpenTag(tag);
  parts.push(">");
  return parts.join("");
}

// An opening tag of a shared attribute set cut where a suffix goes at the end of its `id`, by tag name: the tag with
// `id="fnref-1"` serves `fnref-1-2`, `fnref-1-3`, …
const suffixedTags = new WeakMap<HtmlAttributes, Map<string, readonly [string, string]>>();
// What may follow a value unescaped: stringify-entities changes neither digits nor hyphens.
const PLAIN_SUFFIX = /^[-0-9]*$/;

function suffixedTag(tag: string, attributes: HtmlAttributes): readonly [string, string] {
  let byTag = suffixedTags.get(attributes);
  if (byTag === undefined) {
    byTag = new Map();
    suffixedTags.set(attributes, byTag);
  }
  let found = byTag.get(tag);
  if (found === undefined) {
    // The tag up to the closing quote of the id, and the rest.
    const head = ["<", tag];
    const tail: string[] = [];
    let parts = head;
    for (const name in attributes) {
      serializeAttribute(name, attributes[name], parts);
      if (name === "id") {
        parts.pop();
        parts = tail;
        parts.push('"');
      }
    }
    tail.push(">");
    found = [head.join(""), tail.join("")];
    byTag.set(tag, found);
  }
  return found;
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
    found = openTag(tag, attributes);
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

// Runs of tags with no text between them ("</li><li>", "</p><p class=\"lead\">") recur thousands of times: each
// run is one flat string made once, so that a page has a third fewer parts to join.
class TagRuns {
  private readonly runs = new Map<string, Map<string, string>>();
  private count = 0;

  /** The run of `first` then `second`, made once; `undefined` once the cache is full. */
  get(first: string, second: string): string | undefined {
    let after = this.runs.get(first);
    let found = after?.get(second);
    if (found === undefined && this.count < TAG_RUNS_LIMIT) {
      found = [first, second].join("");
      if (after === undefined) {
        after = new Map();
        this.runs.set(first, after);
      }
      after.set(second, found);
      this.count += 1;
    }
    return found;
  }
}
const TAG_RUNS_LIMIT = 4096;
// The runs of the tags every page writes, shared by all pages.
const tagRuns = new TagRuns();

/**
 * Writes the elements of a page as a list of string parts joined once at the end (a 12 MB page built by
 * concatenation leaves a million intermediate strings to the collector). Tag names are the caller's constants;
 * every text and attribute value goes through stringify-entities.
 */
export class HtmlWriter {
  private readonly parts: string[] = [];
  /** Tags made once (no attributes, or shared ones) not yet written: the next such tag joins them. */
  private tags: string | undefined;
  /** Whether `tags` holds markup of this page only (a footnote reference): its runs are not kept for every page. */
  private ownTags = false;
  private readonly ownRuns = new TagRuns();

  private tag(value: string, own = false): void {
    if (this.tags === undefined) {
      this.tags = value;
      this.ownTags = own;
      return;
    }
    const ownRun = own || this.ownTags;
    const run = (ownRun ? this.ownRuns : tagRuns).get(this.tags, value);
    if (run === undefined) {
      this.parts.push(this.tags);
      this.tags = value;
      this.ownTags = own;
    } else {
      this.tags = run;
      this.ownTags = ownRun;
    }
  }

  private push(value: string): void {
    this.flushTags();
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

  /**
   * An opening tag with `suffix` added to its `id` (`id="fnref-1-2"` from `id: "fnref-1"`): shared `attributes`
   * are serialized once, and a suffix of digits and hyphens needs no escaping.
   */
  openWithIdSuffix(tag: string, attributes: HtmlAttributes, suffix: string): void {
    const { id } = attributes;
    if (typeof id !== "string") throw new TypeError("No id to add a suffix to");
    if (!sharedOpenTags.has(attributes) || !PLAIN_SUFFIX.test(suffix)) {
      this.open(tag, { ...attributes, id: `${id}${suffix}` });
      return;
    }
    const [head, tail] = suffixedTag(tag, attributes);
    this.tag(head, true);
    if (suffix !== "") this.push(suffix);
    this.tag(tail, true);
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

  /** Markup made once and written many times (a footnote's number): it joins the tags around it in one part. */
  recurringMarkup(value: string): void {
    this.tag(value, true);
  }

  /** An element with only text in it. */
  textElement(tag: string, attributes: HtmlAttributes | undefined, value: string): void {
    this.open(tag, attributes);
    this.text(value);
    this.close(tag);
  }

  /**
   * What `write` writes, as one flat string, instead of writing it here: markup written once, then written wherever
   * it recurs with `recurringMarkup` (or `markup`).
   */
  capture(write: () => void): string {
    this.flushTags();
    const start = this.parts.length;
    write();
    this.flushTags();
    return this.parts.splice(start).join("");
  }

  toString(): string {
    this.flushTags();
    return this.parts.join("");
  }

  private flushTags(): void {
    if (this.tags !== undefined) {
      this.parts.push(this.tags);
      this.tags = undefined;
    }
  }
}
