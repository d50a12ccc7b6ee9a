import ts from "typescript";

/** An export of a package's public entry and whether it carries a doc comment. */
export interface ExportDoc {
  name: string;
  documented: boolean;
}

function compilerOptions(tsconfigPath: string): ts.CompilerOptions {
  const read = ts.readConfigFile(tsconfigPath, (path) => ts.sys.readFile(path));
  if (read.error !== undefined)
    throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(
    read.config,
    ts.sys,
    tsconfigPath.replace(/[/\\][^/\\]+$/u, ""),
  );
  return { ...parsed.options, noEmit: true, incremental: false };
}

/**
 * Lists every export of the given entry modules (each a package's `src/index.ts`) with whether its declaration
 * has a JSDoc comment; re-exports are followed to the declaration they name, as TypeDoc does.
 */
export function exportDocs(
  entries: readonly string[],
  tsconfigPath: string,
): Map<string, ExportDoc[]> {
  const program = ts.createProgram(entries, compilerOptions(tsconfigPath));
  const checker = program.getTypeChecker();
  const result = new Map<string, ExportDoc[]>();
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`${entry} is not a module TypeScript can read`);
    const docs = checker.getExportsOfModule(module).map((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const documented =
        ts.displayPartsToString(target.getDocumentationComment(checker)).trim() !== "";
      return { name: symbol.name, documented };
    });
    result.set(
      entry,
      docs.sort((a, b) => a.name.localeCompare(b.name)),
    );
  }
  return result;
}
