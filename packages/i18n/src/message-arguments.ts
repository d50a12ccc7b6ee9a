import { TYPE, parse } from "@formatjs/icu-messageformat-parser";

import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/** The kind of value an ICU argument expects. */
export type ArgumentKind = "text" | "number" | "date" | "select";

function collect(elements: readonly MessageFormatElement[], into: Map<string, ArgumentKind>): void {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        if (!into.has(element.value)) into.set(element.value, "text");
        break;
      case TYPE.number:
      case TYPE.plural:
        into.set(element.value, "number");
        break;
      case TYPE.date:
      case TYPE.time:
        into.set(element.value, "date");
        break;
      case TYPE.select:
        into.set(element.value, "select");
        break;
      case TYPE.literal:
      case TYPE.pound:
      case TYPE.tag:
        break;
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) collect(option.value, into);
    }
    if (element.type === TYPE.tag) collect(element.children, into);
  }
}

/** Reads the arguments an ICU message uses; throws the parser's error on a malformed message. */
export function messageArguments(message: string): ReadonlyMap<string, ArgumentKind> {
  const kinds = new Map<string, ArgumentKind>();
  collect(parse(message, { ignoreTag: true }), kinds);
  return kinds;
}
