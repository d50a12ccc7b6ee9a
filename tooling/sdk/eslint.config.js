import { base } from "@gcm-review/eslint-config";

export default base;
