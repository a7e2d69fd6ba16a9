// The page of the service: posts the report to /check and /render, shows
// the findings as text (never as HTML), errors first, and the rendered document in a
// sandboxed frame that runs no script. A link may carry a report in its
// fragment (#report=<base64url of the JSON>), which is loaded and checked.
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
      if (f.path) { li.appendChild(el("div", "path", f.path)); }
      list.appendChild(li);
    });
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
          frame.src = frame.dataset.url;
          status("Đã kiểm tra.");
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
    f.text().then(function (t) { $("report").value = t; check(); });
  }

  // fromFragment loads a report carried in the page's fragment.
  function fromFragment() {
    var m = /^#report=([A-Za-z0-9_-]+=*)$/.exec(location.hash);
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
