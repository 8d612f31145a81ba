#!/usr/bin/env node
// chrono-node on eventdb's benchmark phrases: speed and answers.
//
// Input (a JSON file named on the command line, or stdin):
//   {"repeat": 5, "locale": "en", "phrases": [["last week", "1998-01-08"], ...]}
// ("locale" picks chrono's parser: "en" is chrono.parse, "pt" chrono.pt.parse, ...)
// Output (stdout, one JSON object):
//   {"chrono": "2.10.3", "node": "v20...", "n": 1128, "repeat": 5, "best_s": 0.02,
//    "per_s": 56000, "answered": 700, "dates": ["1998-01-01", null, ...]}
//
// Each phrase is parsed with chrono.parse(text, refDate), refDate being noon local time on
// the publication date; its answer is the first result's start date. The timed passes run
// after one warm-up pass, keep no results between calls, and the best pass is reported.
"use strict";

const fs = require("fs");
const path = require("path");
const chrono = require("chrono-node");

function pad(n) {
  return String(n).padStart(2, "0");
}

function isoDay(d) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function main() {
  const input = JSON.parse(fs.readFileSync(process.argv[2] || 0, "utf8"));
  const repeat = Math.max(1, input.repeat || 1);
  const parser = !input.locale || input.locale === "en" ? chrono : chrono[input.locale];
  const texts = input.phrases.map((p) => p[0]);
  const refs = input.phrases.map((p) => {
    const [y, m, d] = p[1].split("-").map(Number);
    return new Date(y, m - 1, d, 12);
  });
  const n = texts.length;

  // Answers, untimed.
  const dates = new Array(n);
  let answered = 0;
  for (let i = 0; i < n; i++) {
    const results = parser.parse(texts[i], refs[i]);
    dates[i] = results.length ? isoDay(results[0].start.date()) : null;
    answered += results.length ? 1 : 0;
  }

  // Speed: one warm-up pass (above), then the best of `repeat` passes.
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      sink += parser.parse(texts[i], refs[i]).length;
    }
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (s < best) best = s;
  }
  const version = JSON.parse(
    fs.readFileSync(path.join(__dirname, "node_modules", "chrono-node", "package.json"), "utf8")
  ).version;
  process.stdout.write(
    JSON.stringify({
      chrono: version,
      node: process.version,
      n,
      repeat,
      best_s: best,
      per_s: n / best,
      answered,
      sink,
      dates,
    }) + "\n"
  );
}

main();
