// Validates JSON files against the interchange format's JSON Schema with an
// independent validator (Ajv, draft 2020-12), so that the committed schema is
// known to describe what reform.Decode accepts.
//   node .ci/schema-check.mjs SCHEMA [--invalid] FILE...
// Files after --invalid must be rejected.
import { createRequire } from "module";
import { readFileSync } from "fs";
const require = createRequire(process.env.CCHC_NODE_MODULES + "/");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const [schemaPath, ...args] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let expectValid = true, failures = 0, count = 0;
for (const a of args) {
  if (a === "--invalid") { expectValid = false; continue; }
  count++;
  const ok = validate(JSON.parse(readFileSync(a, "utf8")));
  if (ok !== expectValid) {
    failures++;
    console.log(`${a}: expected ${expectValid ? "valid" : "invalid"}`, ok ? "" : JSON.stringify(validate.errors.slice(0, 5)));
  }
}
console.log(`schema check: ${count - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
