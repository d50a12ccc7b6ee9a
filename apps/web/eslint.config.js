import { base } from "@gcm-review/eslint-config";

export default [
  ...base,
  { ignores: ["data/**", "test-output/**", "playwright-report/**", "e2e/*.mjs"] },
  {
    // Tests read JSON responses whose shapes the assertions themselves check.
    files: ["test/**/*.ts", "e2e/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
];
