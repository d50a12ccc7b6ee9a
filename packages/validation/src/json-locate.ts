import type { DataPath } from "./pointer.js";

// A scanner over text already known to be valid JSON: it finds where a path's value (or key) starts without
// building any tree, so locating an issue in a large JSON file costs one partial pass.

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) break;
    i += 1;
  }
  return i;
}

// The index just after the string that starts at `at` (a quote).
function skipString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 92) i += 2;
    else if (code === 34) return i + 1;
    else i += 1;
  }
  return i;
}

// The index just after the value that starts at `at`.
function skipValue(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 34) return skipString(text, at);
  if (code === 123 || code === 91) {
    let depth = 0;
    let i = at;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i = skipString(text, i);
        continue;
      }
      if (c === 123 || c === 91) depth += 1;
      else if (c === 125 || c === 93) {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
      i += 1;
    }
    return i;
  }
  let i = at;
  while (i < text.length && !",]}\n\r\t ".includes(text.charAt(i))) i += 1;
  return i;
}

/**
 * The offset where the value at `path` starts in a JSON text (or its key, with `key`), or of the nearest
 * ancestor that exists (a missing field points at its parent, as the YAML locator does).
 */
export function locateJsonOffset(
  text: string,
  path: DataPath,
  options: { key?: boolean } = {},
): number {
  let at = skipSpace(text, 0);
  let keyAt: number | undefined;
  for (const part of path) {
    const code = text.charCodeAt(at);
    let found: { value: number; key?: number } | undefined;
    if (code === 123 && typeof part === "string") {
      let i = skipSpace(text, at + 1);
      while (i < text.length && text.charCodeAt(i) === 34) {
        const keyEnd = skipString(text, i);
        const name = JSON.parse(text.slice(i, keyEnd)) as string;
        const valueAt = skipSpace(text, skipSpace(text, keyEnd) + 1);
        if (name === part) {
          found = { value: valueAt, key: i };
          break;
        }
        i = skipSpace(text, skipValue(text, valueAt));
        if (text.charCodeAt(i) === 44) i = skipSpace(text, i + 1);
      }
    } else if (code === 91 && typeof part === "number") {
      let i = skipSpace(text, at + 1);
      for (let index = 0; i < text.length && text.charCodeAt(i) !== 93; index += 1) {
        if (index === part) {
          found = { value: i };
          break;
        }
        i = skipSpace(text, skipValue(text, i));
        if (text.charCodeAt(i) === 44) i = skipSpace(text, i + 1);
      }
    }
    if (found === undefined) return at;
    at = found.value;
    keyAt = found.key;
  }
  return options.key === true && keyAt !== undefined ? keyAt : at;
}
