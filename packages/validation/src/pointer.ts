/** A path into a document's data: keys of mappings and indexes of sequences. */
export type DataPath = readonly (string | number)[];

/** Writes a data path as a JSON Pointer (RFC 6901): `["objectives", 0, "objective"]` -> `/objectives/0/objective`. */
export function toPointer(path: DataPath): string {
  return path
    .map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`)
    .join("");
}
