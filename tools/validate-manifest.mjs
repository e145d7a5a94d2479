// Validates a Teams app manifest against the official JSON schema shipped in the pinned
// @microsoft/app-manifest package, offline: the schema is loaded from the package and passed in,
// so the library never fetches the manifest's $schema URL.
//
//   node tools/validate-manifest.mjs path/to/manifest.json
//
// Prints the errors as a JSON array on stdout (empty when valid). Exit codes: 0 valid,
// 1 invalid, 2 the manifest or its schema could not be read.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

async function main(manifestPath) {
  if (!manifestPath) {
    console.error("usage: node tools/validate-manifest.mjs <manifest.json>");
    return 2;
  }

  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, "utf8"));
  } catch (error) {
    console.error(`cannot read manifest ${manifestPath}: ${error.message}`);
    return 2;
  }

  // The schema version follows the manifest, so a version bump is validated against its own schema.
  const version = manifest.manifestVersion;
  if (typeof version !== "string" || !/^\d+\.\d+$/.test(version)) {
    console.log(JSON.stringify([`/manifestVersion must be a version such as "1.22"; got ${JSON.stringify(version)}`]));
    return 1;
  }

  const packageRoot = dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const schemaPath = join(packageRoot, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  let schema;
  try {
    schema = JSON.parse(await readFile(schemaPath, "utf8"));
  } catch (error) {
    console.error(`no offline schema for manifest version ${version} at ${schemaPath}: ${error.message}`);
    return 2;
  }

  const { AppManifestUtils } = require("@microsoft/app-manifest");
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  console.log(JSON.stringify(errors, null, 2));
  return errors.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (error) {
  console.error(error);
  process.exitCode = 2;
}
