// Runs typed-answer cases through quiz.js's own rule (normalise and matches), for tests/test_quizzes.py
// to compare with practice_hub/quizzes/answers.py. Reads JSON [{typed, accepted}] on stdin; prints JSON.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const source = fs.readFileSync(path.join(__dirname, "../../practice_hub/quizzes/assets/quiz.js"), "utf8");
const sandbox = { module: { exports: {} } };
vm.runInNewContext(source, sandbox);
const { normalise, matches } = sandbox.module.exports;
const cases = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(cases.map((c) => ({ normalised: normalise(c.typed), matches: matches(c.typed, c.accepted) }))));
