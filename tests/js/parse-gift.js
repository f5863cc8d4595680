// Parse GIFT files with gift-pegjs, an independent grammar-based parser.
// Prints one JSON object: {file: parsed questions} or {file: {error}}.
const fs = require("fs");
const gift = require("gift-pegjs");
const out = {};
for (const file of process.argv.slice(2)) {
  try {
    out[file] = gift.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    out[file] = { error: String(error.message), line: error.location && error.location.start.line };
  }
}
process.stdout.write(JSON.stringify(out));
