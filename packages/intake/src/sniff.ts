/** What the first bytes of a file say it is. */
export type Sniffed = "zip" | "cfb" | "pdf" | "png" | "jpeg" | "gif" | "html" | "binary" | "text";

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

/** Recognises a file by its signature (magic number), never by its name. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "cfb";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "gif";
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 512))
    .trimStart()
    .toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
  if (bytes.subarray(0, 8192).includes(0)) return "binary";
  return "text";
}

// Office puts a password-protected OOXML package in a CFB container with an `EncryptedPackage` stream;
// its directory names are UTF-16LE.
const ENCRYPTED_PACKAGE = new Uint8Array(
  [..."EncryptedPackage"].flatMap((char) => [char.charCodeAt(0), 0]),
);

/** Whether a CFB (OLE2) file holds an encrypted OOXML package rather than a legacy .xls workbook. */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const first = ENCRYPTED_PACKAGE[0];
  for (
    let index = bytes.indexOf(first ?? 0);
    index !== -1;
    index = bytes.indexOf(first ?? 0, index + 1)
  ) {
    if (ENCRYPTED_PACKAGE.every((byte, offset) => bytes[index + offset] === byte)) return true;
  }
  return false;
}
