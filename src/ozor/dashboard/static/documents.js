// Documents: reorder plan scenes, play voice samples, and follow a generation's progress (SSE).
"use strict";
(function () {
  // Busy label on the upload button while the (synchronous) analysis runs.
  for (const button of document.querySelectorAll("[data-busy-label]")) {
    button.form.addEventListener("submit", () => {
      button.textContent = button.dataset.busyLabel;
      button.setAttribute("aria-disabled", "true");
    });
  }

  const list = document.querySelector("[data-scenes]");
  function renumber() {
    list.querySelectorAll("[data-scene]").forEach((scene, i) => {
      scene.querySelector("[data-position]").value = i + 1;
      scene.querySelector("[data-scene-number]").textContent = i + 1;
    });
  }
  if (list) {
    list.addEventListener("click", (event) => {
      const button = event.target.closest("[data-move]");
      if (!button) return;
      const scene = button.closest("[data-scene]");
      const sibling = button.dataset.move === "-1" ? scene.previousElementSibling : scene.nextElementSibling;
      if (!sibling) return;
      if (button.dataset.move === "-1") list.insertBefore(scene, sibling);
      else list.insertBefore(sibling, scene);
      renumber();
      button.focus();
    });
    list.addEventListener("change", (event) => {
      if (event.target.matches("[data-drop]")) {
        event.target.closest("[data-scene]").classList.toggle("dropped", event.target.checked);
      }
    });
  }

  const player = document.querySelector("[data-sample-player]");
  document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-sample]");
    if (!button || !player) return;
    if (player.dataset.src === button.dataset.sample && !player.paused) {
      player.pause();
      button.textContent = "▶ Sample";
      return;
    }
    document.querySelectorAll("[data-sample]").forEach((b) => { b.textContent = "▶ Sample"; });
    player.src = player.dataset.src = button.dataset.sample;
    player.play().then(() => { button.textContent = "■ Stop"; }).catch(() => { button.textContent = "▶ Sample"; });
    player.onended = () => { button.textContent = "▶ Sample"; };
  });

  const card = document.querySelector("[data-plan-progress]");
  if (card && window.EventSource) {
    const bar = card.querySelector("[role=progressbar]");
    const fill = card.querySelector(".progress-fill");
    const detail = card.querySelector(".progress-detail");
    const error = card.querySelector("[role=alert]");
    const source = new EventSource(`/documents/${encodeURIComponent(card.dataset.planProgress)}/events`);
    source.onmessage = (message) => {
      const event = JSON.parse(message.data);
      if (event.pct >= 0) {
        bar.setAttribute("aria-valuenow", String(event.pct));
        fill.style.width = `${event.pct}%`;
      }
      detail.textContent = event.detail;
      if (event.step === "done") {
        source.close();
        setTimeout(() => { location.href = `/editor?projectId=${encodeURIComponent(event.projectId)}`; }, 600);
      } else if (event.step === "error") {
        source.close();
        error.textContent = `${event.detail} Nothing was charged. Reload the page to edit the plan and try again.`;
        error.hidden = false;
      }
    };
  }
})();
