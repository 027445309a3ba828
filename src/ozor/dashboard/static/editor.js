// The editor: polls /editor/panels while an agent turn or an export runs and swaps the panels that
// changed; the chat and export forms submit in the background. Without JS the forms still work.
"use strict";
(function () {
  const root = document.querySelector("[data-editor]");
  if (!root) return;
  const project = root.dataset.project;
  let timer = null;

  function setReady(ready) {
    for (const control of root.querySelectorAll("form[data-async] textarea, form[data-async] button")) {
      if (!control.dataset.sending) control.disabled = !ready;
    }
  }

  function apply(state) {
    for (const [name, panel] of Object.entries(state.panels)) {
      const el = root.querySelector(`[data-panel="${name}"]`);
      if (!el || el.dataset.key === panel.key) continue;
      el.innerHTML = panel.html;
      el.dataset.key = panel.key;
      if (name === "chat") el.scrollTop = el.scrollHeight;
    }
    root.dataset.busy = state.busy ? "true" : "false";
    root.querySelector("[data-title]").textContent = state.title;
    root.querySelector("[data-summary]").textContent = state.summary;
    const pill = document.querySelector(".credits-pill");
    if (pill) pill.textContent = `${state.balance} credit${state.balance === 1 ? "" : "s"}`;
    document.title = `${state.title} · Editor · ozor`;
    setReady(state.ready);
    schedule();
  }

  async function refresh() {
    try {
      const response = await fetch(`/editor/panels?projectId=${encodeURIComponent(project)}`,
        { headers: { Accept: "application/json" } });
      if (response.ok) return apply(await response.json());
    } catch (_) { /* offline for a moment: try again below */ }
    schedule(5000);
  }

  function schedule(delay) {
    clearTimeout(timer);
    if (delay || root.dataset.busy === "true") timer = setTimeout(refresh, delay || 1500);
  }

  for (const form of root.querySelectorAll("form[data-async]")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const error = form.querySelector(".form-error");
      const button = form.querySelector("button[type=submit]");
      error.hidden = true;
      button.disabled = true;
      button.dataset.sending = "1";
      try {
        const response = await fetch(form.action, {
          method: "POST", body: new FormData(form), headers: { Accept: "application/json" },
        });
        const body = await response.json().catch(() => ({ detail: "The server sent an unexpected answer." }));
        if (!response.ok) throw new Error(body.detail || `Request failed (${response.status})`);
        const text = form.querySelector("textarea");
        if (text) text.value = "";
        apply(body);
      } catch (e) {
        error.textContent = e.message;
        error.hidden = false;
      } finally {
        delete button.dataset.sending;
        button.disabled = false;
      }
    });
  }

  const chat = root.querySelector('[data-panel="chat"]');
  if (chat) chat.scrollTop = chat.scrollHeight;
  schedule();
})();
