import js from "@eslint/js";
import unicorn from "eslint-plugin-unicorn";
import tseslint from "typescript-eslint";

/** Lint rules shared by every package and app. */
export const base = tseslint.config(
  { ignores: ["dist/**", ".cache/**", "coverage/**", "scripts/**", "bench/**", "*.config.*"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { unicorn },
    rules: {
      "unicorn/filename-case": ["error", { case: "kebabCase" }],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "separate-type-imports" },
      ],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "max-params": ["error", 3],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@gcm-review/*/src",
                "@gcm-review/*/src/**",
                "@gcm-review/*/internal",
                "@gcm-review/*/internal/**",
                "../../*/src/**",
                "../../../*/src/**",
              ],
              message: "Import a package through its public entry, never its src/ or internal/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/main.ts", "src/cli/**"],
    rules: { "no-console": "error" },
  },
);
