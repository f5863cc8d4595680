/* Practice Learning Hub: the identifying-details check, in the browser.
 *
 * The same steps as practice_hub/examples/privacy.py, over the same rules: the build
 * publishes them, made from practice_hub/examples/data/, as assets/hub/privacy-rules.js
 * (window.HubPrivacyRules). tests/test_privacy.py runs a corpus through both and requires
 * identical findings. Nothing here sends anything anywhere.
 *
 * HubPrivacy.find(text) -> [{kind, label, advice, text, start, end, line}]
 */
(function () {
  "use strict";
  var R = window.HubPrivacyRules;
  if (!R) return;

  function set(list) { var s = Object.create(null); (list || []).forEach(function (w) { s[w] = true; }); return s; }
  function union() { var s = Object.create(null); for (var i = 0; i < arguments.length; i++) for (var k in arguments[i]) s[k] = true; return s; }
  function compile(source, flags) { return new RegExp(source, "g" + (flags || "")); }
  function anchored(source, flags) { return new RegExp("^(?:" + source + ")$", flags || ""); }

  var N = R.names, P = R.places;
  var C = {
    priority: {},
    patterns: R.patterns.map(function (rule) { return { rule: rule, re: compile(rule.pattern, "d" + ((rule.flags || "").indexOf("i") >= 0 ? "i" : "")) }; }),
    dob: compile(R.birth.dob, "i"),
    dateOfBirth: compile(R.birth.date_of_birth, "i"),
    born: compile(R.birth.born, "i"),
    sentenceEnd: new RegExp(R.birth.sentence_end),
    partDate: compile(R.birth.part_date),
    roleWords: set(R.role_words),
    generic: set(R.generic),
    courts: set(R.courts),
    names: set(N.list),
    wordNames: set(N.words),
    calendarWords: set(N.calendar_words),
    months: set(N.months),
    days: set(N.days),
    seasons: set(N.seasons),
    determiners: set(N.determiners),
    dateWords: set(N.date_words),
    called: new RegExp("(?:" + N.called + ")$", "i"),
    apposition: new RegExp("^(?:" + N.apposition + ")"),
    relations: set(N.relations),
    familyRelations: set(N.family_relations),
    places: set(P.list),
    wordPlaces: set(P.words),
    placeBefore: set(P.before),
    placeLongest: P.longest,
    typeWords: { school: anchored(R.types.school), institution: anchored(R.types.institution) }
  };
  R.priority.forEach(function (kind, index) { C.priority[kind] = index; });
  C.fullDates = C.patterns.filter(function (p) { return p.rule.kind === "exact-date" && p.rule.check === "numeric-date"; }).map(function (p) { return p.re; });
  var capitalisedDeterminers = {};
  Object.keys(C.determiners).concat(Object.keys(C.dateWords)).forEach(function (w) { capitalisedDeterminers[capitalise(w)] = true; });
  C.notSurnames = union(set(N.not_surnames), C.roleWords, C.months, C.days, capitalisedDeterminers);
  C.neverNames = union(set(N.never_names), C.roleWords, C.months, C.days, C.seasons);
  C.plainNames = Object.create(null);
  for (var nm in C.names) if (!C.wordNames[nm]) C.plainNames[nm] = true;

  function capitalise(word) { return word.slice(0, 1).toUpperCase() + word.slice(1).toLowerCase(); }
  function isCapitalised(word) { var c = word.charAt(0); return c >= "A" && c <= "Z"; }
  function isLower(word) { return /[a-z]/.test(word) && word === word.toLowerCase(); }
  function isUpper(word) { return /[A-Z]/.test(word) && word === word.toUpperCase(); }
  function words(text) { return text.split(/[ \t\n\r\f\v]+/).filter(Boolean); }
  function all(re, text) {
    var found = [], m;
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      found.push(m);
      if (m[0] === "") re.lastIndex++;
    }
    return found;
  }

  function find(input, lineOffset) {
    var text = String(input).replace(/[\u00a0\u2007\u202f]/g, " ");
    var candidates = [].concat(patterns(text), births(text), names(text), towns(text));
    candidates.sort(function (a, b) { return (C.priority[a[2]] - C.priority[b[2]]) || (a[0] - b[0]) || ((b[1] - b[0]) - (a[1] - a[0])); });
    var kept = [];
    candidates.forEach(function (c) {
      if (c[0] < c[1] && !kept.some(function (k) { return c[0] < k[1] && k[0] < c[1]; })) kept.push(c);
    });
    kept.sort(function (a, b) { return (a[0] - b[0]) || (a[1] - b[1]) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return kept.map(function (k) {
      var kind = R.kinds[k[2]];
      return {
        kind: k[2], label: kind[0], advice: kind[1], start: k[0], end: k[1],
        text: words(text.slice(k[0], k[1])).join(" "),
        line: text.slice(0, k[0]).split("\n").length + (lineOffset || 0)
      };
    });
  }

  // --- the patterns, and the checks they name -----------------------------------------------
  function patterns(text) {
    var digits = (text.match(/[0-9]/g) || []).length, out = [];
    C.patterns.forEach(function (p) {
      var rule = p.rule, group = rule.group || 0;
      if (digits < (rule.hint_digits || 0) || (rule.hint && text.indexOf(rule.hint) < 0)) return;
      if (rule.hint_any && !rule.hint_any.some(function (h) { return text.indexOf(h) >= 0; })) return;
      all(p.re, text).forEach(function (m) {
        if (m[group] === undefined) return;
        var kind = checked(rule, m[0], m[rule.check_group || group]);
        if (kind === null) return;
        var start = m.indices[group][0], end = m.indices[group][1];
        if (rule.check === "institution") start = m.index + institutionStart(m[0]);
        out.push([start, end, kind]);
      });
    });
    return out;
  }

  function checked(rule, whole, part) {
    var check = rule.check, kind = rule.kind;
    if (!check) return kind;
    if (check === "phone") return phoneIsPossible(whole) ? kind : null;
    if (check === "nhs") return nhsNumberIsValid(whole.replace(/\D/g, "")) ? "nhs-number" : "reference-number";
    if (check === "numeric-date") return plausibleNumericDate(whole) ? kind : null;
    if (check === "specific") { var w = words(part); return specific(w.slice(0, w.length - (rule.drop_last || 0))) ? kind : null; }
    if (check === "not-a-court") {
      var ws = words(whole), last = ws[ws.length - 1].replace(/\.+$/, "");
      return (last === "Court" || last === "Ct") && C.courts[ws[ws.length - 2]] ? null : kind;
    }
    if (check === "institution") return specific(nameWords(kind, whole)) ? kind : null;
    throw new Error("unknown check " + check);
  }

  function nhsNumberIsValid(digits) {
    if (!/^\d{10}$/.test(digits)) return false;
    var total = 0;
    for (var i = 0; i < 9; i++) total += Number(digits[i]) * (10 - i);
    var check = 11 - total % 11;
    if (check === 11) check = 0;
    return check !== 10 && check === Number(digits[9]);
  }

  function plausibleNumericDate(match) {
    var parts = match.split(/[\/.-]/);
    if (parts.length !== 3 || parts[0].length > 2) return true;
    var first = Number(parts[0]), second = Number(parts[1]);
    return (first >= 1 && first <= 31 && second >= 1 && second <= 12) || (first >= 1 && first <= 12 && second >= 1 && second <= 31);
  }

  function clean(word) { return word.replace(/(?:['’]s|['’])$/, "").replace(/^\.+|\.+$/g, ""); }
  function specific(ws) {
    return ws.map(clean).some(function (w) { return w && !C.generic[w] && !C.roleWords[w] && w.charAt(0) !== w.charAt(0).toLowerCase(); });
  }
  function saintish(w) { return w === "St" || w === "Saint" || w === "St."; }
  function nameWords(kind, whole) {
    var ws = words(whole);
    while (ws.length && C.generic[ws[0]] && !saintish(ws[0])) ws = ws.slice(1);
    var pattern = C.typeWords[kind], typeStart = ws.length;
    for (var i = 0; i < ws.length; i++) if (pattern.test(ws.slice(i).join(" "))) { typeStart = i; break; }
    return ws.slice(0, typeStart);
  }
  function institutionStart(whole) {
    var ws = words(whole), index = 0, position = 0;
    while (index < ws.length && C.generic[ws[index]] && !saintish(ws[index])) {
      position = whole.indexOf(ws[index], position) + ws[index].length;
      index++;
    }
    return index < ws.length ? whole.indexOf(ws[index], position) : 0;
  }

  // --- phone numbers: the phonenumbers library's parse, over its own metadata ------------------
  var PH = R.phone;
  function fullMatch(pattern, s) { return new RegExp("^(?:" + pattern + ")$").test(s); }
  function testLength(nsn, meta) {
    var n = nsn.length, lengths = meta.lengths;
    if (meta.local.indexOf(n) >= 0) return "local";
    if (lengths[0] === n) return "possible";
    if (lengths[0] > n) return "short";
    if (lengths[lengths.length - 1] < n) return "long";
    return lengths.slice(1).indexOf(n) >= 0 ? "possible" : "invalid";
  }
  function stripNationalPrefix(number, meta) {
    if (!number || !meta.prefix) return number;
    var m = new RegExp("^(?:" + meta.prefix + ")").exec(number);
    if (!m) return number;
    var viable = fullMatch(meta.pattern, number), groups = m.length - 1;
    if (!meta.transform || m[groups] === undefined) {
      if (viable && !fullMatch(meta.pattern, number.slice(m[0].length))) return number;
      return number.slice(m[0].length);
    }
    var transformed = meta.transform.replace(/\\(\d)/g, function (_, g) { return m[Number(g)] || ""; }) + number.slice(m[0].length);
    if (viable && !fullMatch(meta.pattern, transformed)) return number;
    return transformed;
  }
  function phoneIsPossible(candidate) {
    var home = PH.countries[PH.home], digits = candidate.replace(/\D/g, ""), code, nsn;
    var international = /^\+/.test(candidate), full = digits;
    if (!international) {
      var idd = new RegExp("^(?:" + PH.idd + ")").exec(digits);
      if (idd && digits.charAt(idd[0].length) !== "0") { international = true; full = digits.slice(idd[0].length); }
    }
    if (international) {
      if (full.length <= 2 || full.charAt(0) === "0") return false;
      for (var i = 1; i <= 3 && i <= full.length; i++) {
        if (PH.countries[full.slice(0, i)]) { code = full.slice(0, i); nsn = full.slice(i); break; }
      }
      if (!code) return false;
    } else {
      code = PH.home;
      nsn = full;
      if (full.indexOf(PH.home) === 0) {
        var potential = stripNationalPrefix(full.slice(PH.home.length), home);
        if ((!fullMatch(home.pattern, full) && fullMatch(home.pattern, potential)) || testLength(full, home) === "long") nsn = potential;
      }
    }
    var meta = PH.countries[code];
    if (nsn.length < 2) return false;
    var stripped = stripNationalPrefix(nsn, meta), result = testLength(stripped, meta);
    if (result !== "short" && result !== "local" && result !== "invalid") nsn = stripped;
    if (nsn.length > 17) return false;
    return testLength(nsn, meta) === "possible" && fullMatch(meta.pattern, nsn);
  }

  // --- dates of birth --------------------------------------------------------------------------
  function firstLongest(spans) {
    return spans.reduce(function (best, s) { return !best || s[0] < best[0] || (s[0] === best[0] && s[1] > best[1]) ? s : best; }, null);
  }
  function births(text) {
    var lower = text.toLowerCase(), out = [];
    if (lower.indexOf("dob") < 0 && lower.indexOf("d.o.b") < 0 && lower.indexOf("birth") < 0 && lower.indexOf("born") < 0) return out;
    var dates = [];
    C.fullDates.forEach(function (re) { all(re, text).forEach(function (m) { if (plausibleNumericDate(m[0])) dates.push([m.index, m.index + m[0].length]); }); });
    all(C.partDate, text).forEach(function (m) { dates.push([m.index, m.index + m[0].length]); });
    function near(end, limit) {
      return dates.filter(function (d) { return d[0] - end >= 0 && d[0] - end <= limit && !C.sentenceEnd.test(text.slice(end, d[0])); });
    }
    all(C.dob, text).forEach(function (m) {
      var end = m.index + m[0].length, following = near(end, 12);
      out.push([m.index, following.length ? Math.max(end, firstLongest(following)[1]) : end, "date-of-birth"]);
    });
    all(C.dateOfBirth, text).forEach(function (m) {
      var end = m.index + m[0].length, following = near(end, 20);
      if (following.length) out.push([m.index, firstLongest(following)[1], "date-of-birth"]);
      else if (/^[ \t]*[:=-]/.test(text.slice(end))) out.push([m.index, end, "date-of-birth"]);
    });
    all(C.born, text).forEach(function (m) {
      var mEnd = m.index + m[0].length;
      dates.forEach(function (d) {
        var after = d[0] - mEnd >= 0 && d[0] - mEnd <= 40 && !C.sentenceEnd.test(text.slice(mEnd, d[0]));
        var before = m[0].toLowerCase() === "birthday" && m.index - d[1] >= 0 && m.index - d[1] <= 30 && !C.sentenceEnd.test(text.slice(d[1], m.index));
        if (after) out.push([m.index, d[1], "date-of-birth"]);
        else if (before) out.push([d[0], mEnd, "date-of-birth"]);
      });
    });
    return out;
  }

  // --- names -----------------------------------------------------------------------------------
  var WORD = /[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*/g;
  var BLOCK_START = /\n[ \t]*(?:[-*+>|#]|\d+[.)])|\n[ \t]*\n/;
  var SENTENCE_GAP = /[.!?:;"“(\[]/;
  var SURNAME = /^(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$/;
  var SPACES = /^[ \t]+$/;

  function tokens(text) { return all(WORD, text).map(function (m) { return { text: m[0], start: m.index, end: m.index + m[0].length }; }); }
  function base(token) {
    var m = /^(.*?)(?:['’]s|['’])$/.exec(token);
    return m && m[1] ? [m[1], true] : [token, false];
  }
  function startsSentence(previous, gap) { return !previous || SENTENCE_GAP.test(gap) || BLOCK_START.test(gap); }

  function names(text) {
    var ts = tokens(text), out = [];
    ts.forEach(function (m, index) {
      if (!isCapitalised(m.text)) return;
      var b = base(m.text), token = b[0], possessive = b[1], parts = token.split("-");
      var candidate = null;
      for (var i = 0; i < parts.length; i++) if (C.names[capitalise(parts[i])] && isCapitalised(parts[i])) { candidate = parts[i]; break; }
      var previous = index ? ts[index - 1] : null;
      var gap = previous ? text.slice(previous.end, m.start) : "\n";
      var sentenceStart = startsSentence(previous, gap);
      var following = index + 1 < ts.length ? ts[index + 1] : null;
      var nextGap = following ? text.slice(m.end, following.start) : "";
      var after = text.slice(m.end, m.end + 40);
      var called = C.called.test(text.slice(Math.max(0, m.start - 40), m.start));
      var followingBase = following ? base(following.text)[0] : "";
      var apposition = (!possessive && C.apposition.test(after)) ||
        (!possessive && following !== null && /^,[ \t]+$/.test(nextGap) && !!C.roleWords[followingBase] && following.text !== followingBase);
      var related = possessive && following !== null && SPACES.test(nextGap);
      var relation = related && !!C.relations[following.text.toLowerCase()];
      if (candidate === null || C.roleWords[token]) {
        if (!C.neverNames[token] && !C.generic[token] && !C.places[token] && token.length > 1 && isLower(token.slice(1))) {
          if (called || apposition || (related && C.familyRelations[following.text.toLowerCase()])) out.push([m.start, m.end, "name"]);
        }
        return;
      }
      var shouting = isUpper(token) && token.length > 1;
      var name = capitalise(candidate);
      var prevWord = previous ? base(previous.text)[0] : "";
      var surname = null;
      if (following && !possessive && SPACES.test(nextGap)) {
        if (SURNAME.test(followingBase) && !C.notSurnames[followingBase] && !C.plainNames[capitalise(followingBase)]) surname = following;
      }
      var end = surname ? surname.end : m.end;
      var doubleBarrelled = parts.length > 1 && parts.every(isCapitalised);
      if (!C.wordNames[name] || doubleBarrelled) { out.push([m.start, end, "name"]); return; }
      if (shouting) return;
      var roleApposition = following !== null && /^,[ \t]+$/.test(nextGap) &&
        (following.text.toLowerCase() === "aged" || following.text.toLowerCase() === "age" || !!C.roleWords[followingBase]);
      if (called || surname !== null || relation || roleApposition || apposition) { out.push([m.start, end, "name"]); return; }
      if (sentenceStart) return;
      if (isCapitalised(prevWord) && !C.roleWords[prevWord] && index >= 2 &&
          !startsSentence(ts[index - 2], text.slice(ts[index - 2].end, previous.start))) return;
      if (C.determiners[prevWord.toLowerCase()]) return;
      if (C.calendarWords[name] && dateContext(text, ts, index)) return;
      out.push([m.start, end, "name"]);
    });
    return out;
  }

  function dateContext(text, ts, index) {
    var previous = index ? ts[index - 1].text.toLowerCase() : "";
    var after = text.slice(ts[index].end, ts[index].end + 12);
    if (C.dateWords[previous] || /^[ \t]*,?[ \t]*(?:\d|half[ -]term|term|holiday|holidays|time|months?)/i.test(after)) return true;
    var before = text.slice(Math.max(0, ts[index].start - 12), ts[index].start);
    if (/\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?$/.test(before)) return true;
    if (["to", "and", "or", "till", "until"].indexOf(previous) >= 0) {
      return ts.slice(Math.max(0, index - 4), Math.max(0, index - 1)).some(function (t) {
        return C.months[t.text] || C.seasons[t.text] || /^\d+$/.test(t.text);
      });
    }
    return false;
  }

  // --- towns, villages and areas ---------------------------------------------------------------
  function towns(text) {
    var ts = tokens(text), out = [], index = 0;
    while (index < ts.length) {
      var m = ts[index];
      if (!isCapitalised(m.text) || C.neverNames[m.text] || C.generic[m.text]) { index++; continue; }
      var found = null;
      for (var length = Math.min(C.placeLongest, ts.length - index); length > 0; length--) {
        var last = ts[index + length - 1], joined = true;
        for (var i = index; i < index + length - 1; i++) if (!SPACES.test(text.slice(ts[i].end, ts[i + 1].start))) joined = false;
        if (length > 1 && !joined) continue;
        var name = words(text.slice(m.start, last.end)).join(" "), b = base(name);
        if (C.places[name] || (b[1] && C.places[b[0]])) {
          found = [length, C.places[name] ? name : b[0], last.end - (C.places[name] ? 0 : name.length - b[0].length)];
          break;
        }
      }
      if (!found) { index++; continue; }
      var previous = index ? ts[index - 1] : null;
      var gap = previous ? text.slice(previous.end, m.start) : "\n";
      var beforePlace = previous !== null && !!C.placeBefore[previous.text.toLowerCase()] && SPACES.test(gap);
      var inProperName = previous !== null && isCapitalised(previous.text) && !startsSentence(previous, gap);
      if (beforePlace || (!C.wordPlaces[found[1]] && !inProperName)) out.push([m.start, found[2], "town"]);
      index += found[0];
    }
    return out;
  }

  window.HubPrivacy = { find: find, phoneIsPossible: phoneIsPossible, version: R.version };
})();
