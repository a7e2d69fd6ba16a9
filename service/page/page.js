// The page of the service: posts the report to /check and /render, shows
// the findings as text (never as HTML), errors first, and the rendered document in a
// sandboxed frame that runs no script; a finding's place links to its
// heading in the document. A link may carry a report in its fragment
// (#report=<base64url of the JSON>), which is loaded and checked, and the
// number of a finding to show (&finding=N, counted among those with a place).
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var severity = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" };

  function status(text) { $("status").textContent = text; }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function showFindings(body) {
    var list = $("findings");
    list.replaceChildren();
    $("summary").textContent = body.errors + " lỗi, " + body.warnings + " cảnh báo, " + body.infos + " lưu ý.";
    var rank = { error: 0, warning: 1, info: 2 };
    body.findings.slice().sort(function (a, b) {
      return rank[a.severity] - rank[b.severity];
    }).forEach(function (f) {
      var li = el("li");
      li.dataset.code = f.code;
      li.appendChild(el("span", "sev sev-" + f.severity, severity[f.severity] || f.severity));
      li.appendChild(el("span", "code", f.code));
      li.appendChild(el("div", "message", f.message));
      if (f.place) {
        var a = el("a", "place", "Tại: " + f.place);
        a.href = "#";
        a.addEventListener("click", function (e) { e.preventDefault(); goTo(f.place, li); });
        li.appendChild(a);
      }
      if (f.path) { li.appendChild(el("div", "path", f.path)); }
      list.appendChild(li);
    });
  }

  // outside are the places of the printed report outside its numbered
  // body, with the element of the rendered HTML that shows them.
  var outside = [
    ["Trích yếu", ".title"], ["Phần đầu văn bản", ".header"], ["Đoạn mở đầu", ".text p"],
    ["Câu kết", ".text p:last-of-type"], ["Chữ ký", ".signer"], ["Nơi nhận", ".recipients"], ["Phụ lục", ".appendix"]
  ];

  // goTo scrolls the document to a finding's place: the heading whose
  // number chain starts as the place's and whose text holds its title, or
  // the part of the document outside the numbered body.
  function goTo(place, li) {
    var d = $("document").contentDocument;
    if (!d) { return; }
    var found = null;
    var sp = place.indexOf(" ");
    var chain = sp > 0 ? place.slice(0, sp) : place;
    var title = (sp > 0 ? place.slice(sp + 1) : place).replace(/…$/, "").toLowerCase();
    if (/^[IVX]+(\.|$)/.test(chain)) {
      var roman = chain.split(".")[0];
      var current = "";
      d.querySelectorAll("h1,h2,h3,h4,h5,h6").forEach(function (h) {
        var t = h.textContent.trim();
        if (h.tagName === "H1") { current = t.split(".")[0]; }
        if (!found && current === roman && t.toLowerCase().indexOf(title) >= 0) { found = h; }
      });
    }
    outside.forEach(function (o) {
      if (!found && place.indexOf(o[0]) === 0) { found = d.querySelector(o[1]); }
    });
    if (!found) { status("Không tìm thấy vị trí trong văn bản."); return; }
    // Scroll the frame alone: scrollIntoView would move this page too.
    var w = d.defaultView;
    w.scrollTo(0, found.getBoundingClientRect().top + w.scrollY - 12);
    found.style.background = "#fff3b0";
    document.body.dataset.shownPlace = place;
    document.querySelectorAll("#findings li.shown").forEach(function (x) { x.classList.remove("shown"); });
    li.classList.add("shown");
  }

  function showProblems(body) {
    var list = $("findings");
    list.replaceChildren();
    $("summary").textContent = body.error ? body.error.message : "Không đọc được báo cáo.";
    (body.problems || []).forEach(function (p) {
      var li = el("li", "problem");
      li.dataset.code = p.code;
      li.appendChild(el("span", "sev sev-error", "Lỗi dữ liệu"));
      li.appendChild(el("span", "code", p.code));
      li.appendChild(el("div", "message", p.message));
      var place = p.path || "";
      if (p.line) { place += (place ? " " : "") + "(dòng " + p.line + ", cột " + p.column + ")"; }
      if (place) { li.appendChild(el("span", "path", place)); }
      list.appendChild(li);
    });
    $("document").removeAttribute("src");
  }

  function post(path, text) {
    return fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: text });
  }

  function check(event) {
    if (event) { event.preventDefault(); }
    var text = $("report").value;
    status("Đang kiểm tra…");
    $("docx").disabled = true;
    post("/check", text).then(function (res) {
      return res.json().then(function (body) { return { ok: res.ok, body: body }; });
    }).then(function (r) {
      if (!r.ok) { showProblems(r.body); status(""); return; }
      showFindings(r.body);
      $("docx").disabled = false;
      return post("/render?format=html", text).then(function (res) {
        if (!res.ok) { status("Báo cáo không dựng được thành văn bản."); return; }
        return res.text().then(function (html) {
          var frame = $("document");
          if (frame.dataset.url) { URL.revokeObjectURL(frame.dataset.url); }
          frame.dataset.url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
          frame.onload = function () {
            status("Đã kiểm tra.");
            var n = /[#&]finding=(\d+)/.exec(location.hash);
            var links = document.querySelectorAll("#findings a.place");
            if (n && links[+n[1]]) { links[+n[1]].click(); }
          };
          frame.src = frame.dataset.url;
        });
      });
    }).catch(function () { status("Không gửi được đến dịch vụ."); });
  }

  function downloadDOCX() {
    status("Đang dựng DOCX…");
    post("/render?format=docx", $("report").value).then(function (res) {
      if (!res.ok) { status("Không dựng được DOCX."); return; }
      return res.blob().then(function (blob) {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = "bao-cao.docx";
        document.body.appendChild(a);
        a.click();
        a.remove();
        status("Đã tải DOCX.");
      });
    });
  }

  function readFile() {
    var f = $("file").files[0];
    if (!f) { return; }
    if (/\.json$/i.test(f.name)) {
      f.text().then(function (t) { $("report").value = t; check(); });
      return;
    }
    lintFile(f);
  }

  // lintFile sends a report a person wrote (DOCX, text, Markdown) to /lint
  // and lists its findings, each with its place and the text quoted.
  function lintFile(f) {
    var m = /\.(docx|txt|md)$/i.exec(f.name);
    status("Đang kiểm tra " + f.name + "…");
    $("docx").disabled = true;
    $("document").removeAttribute("src");
    f.arrayBuffer().then(function (buf) {
      return fetch("/lint" + (m ? "?format=" + m[1].toLowerCase() : ""), { method: "POST", body: buf });
    }).then(function (res) {
      return res.json().then(function (body) { return { ok: res.ok, body: body }; });
    }).then(function (r) {
      if (!r.ok) { showProblems(r.body); status(""); return; }
      var list = $("findings");
      list.replaceChildren();
      $("summary").textContent = f.name + ": " + r.body.errors + " lỗi, " + r.body.warnings + " cảnh báo, " + r.body.infos + " lưu ý.";
      var rank = { error: 0, warning: 1, info: 2 };
      r.body.findings.slice().sort(function (a, b) { return rank[a.severity] - rank[b.severity]; }).forEach(function (x) {
        var li = el("li");
        li.dataset.code = x.code;
        li.appendChild(el("span", "sev sev-" + x.severity, severity[x.severity] || x.severity));
        li.appendChild(el("span", "code", x.code));
        li.appendChild(el("div", "message", x.message));
        li.appendChild(el("div", "place", "Tại: " + x.path));
        if (x.place && x.place.quote) { li.appendChild(el("q", "quote", x.place.quote)); }
        list.appendChild(li);
      });
      status("Đã kiểm tra văn bản.");
    }).catch(function () { status("Không gửi được đến dịch vụ."); });
  }

  // fromFragment loads a report carried in the page's fragment.
  function fromFragment() {
    var m = /^#report=([A-Za-z0-9_-]+=*)(&finding=\d+)?$/.exec(location.hash);
    if (!m) { return; }
    var b64 = m[1].replace(/-/g, "+").replace(/_/g, "/");
    var bytes = Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); });
    $("report").value = new TextDecoder("utf-8").decode(bytes);
    check();
  }

  $("form").addEventListener("submit", check);
  $("docx").addEventListener("click", downloadDOCX);
  $("file").addEventListener("change", readFile);
  fromFragment();
}());
