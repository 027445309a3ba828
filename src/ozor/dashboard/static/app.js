// Small progressive enhancements shared by every page; pages work without them.
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

// Copy buttons: data-copy="#field" copies a field's value, data-copy-text="..." a fixed text.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("[data-copy], [data-copy-text]");
  if (!button) return;
  const field = button.dataset.copy ? document.querySelector(button.dataset.copy) : null;
  const text = field ? field.value : button.dataset.copyText;
  const status = button.parentElement.querySelector("[data-copy-status]") ||
    document.querySelector("[data-copy-status]");
  if (field) field.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch (_) {
    copied = Boolean(field && document.execCommand && document.execCommand("copy"));
  }
  if (status) status.textContent = copied ? "Copied to the clipboard." : "Select it and press Ctrl+C (⌘C) to copy.";
});

// A page showing a secret once (a new API key) must not be re-posted by a reload: make it a GET.
if (document.querySelector("[data-shown-once]")) {
  history.replaceState(null, "", location.pathname);
}
