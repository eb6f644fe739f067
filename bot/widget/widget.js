/*!
 * Clinic chat widget: talks to the assistant over Rasa's `socketio` channel.
 *
 * Embed with one tag (served by bot/channels/widget.py):
 *   <script src="https://assistant.example.org/chat/widget.js"
 *           data-server="https://assistant.example.org" defer></script>
 *
 * Optional attributes: data-clinic-name (header title; default from
 * /chat/config.json), data-socket-path (default /socket.io),
 * data-greeting-payload ("" disables the greeting sent on first open).
 * Any element with a data-clinic-chat-open attribute opens the chat on click.
 *
 * Safety: message data is only ever put in the page with textContent or as
 * attributes of elements built here (links: http/https only); there is no
 * innerHTML anywhere in this file.
 */
(function () {
  "use strict";

  if (window.__clinicChatWidget) {
    return;
  }
  window.__clinicChatWidget = true;

  var DISCLAIMER = "Automated assistant \u2014 not medical advice. In an emergency call 911.";
  var LAUNCHER_LABEL = "Chat with us";
  var MAX_TRANSCRIPT = 60; // messages kept in localStorage
  var TRANSCRIPT_TTL_MS = 24 * 60 * 60 * 1000; // forget a conversation idle this long
  var MAX_MESSAGE_LENGTH = 1000;
  var TYPING_TIMEOUT_MS = 30000;
  var SMALL_SCREEN = "(max-width: 480px)";
  var SOCKET_OPTIONS = {
    // WebSocket first: no CORS preflight for sites on another origin;
    // long-polling is tried if a proxy blocks WebSockets.
    transports: ["websocket", "polling"],
    tryAllTransports: true,
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10000
  };

  var script = document.currentScript || document.querySelector("script[src*='/chat/widget.js']");
  if (!script) {
    return;
  }
  var data = script.dataset;
  var server = (data.server || new URL(script.src, document.baseURI).origin).replace(/\/+$/, "");
  var chatBase = server + "/chat";

  // ---------------------------------------------------------------- storage
  function makeStore(prefix) {
    var memory = {};
    function get(key) {
      try {
        return window.localStorage.getItem(prefix + key);
      } catch (e) {
        return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null;
      }
    }
    function set(key, value) {
      memory[key] = value;
      try {
        window.localStorage.setItem(prefix + key, value);
      } catch (e) {
        /* storage full or blocked: keep it in memory for this page */
      }
    }
    function remove(key) {
      delete memory[key];
      try {
        window.localStorage.removeItem(prefix + key);
      } catch (e) {
        /* ignore */
      }
    }
    return { get: get, set: set, remove: remove };
  }

  var store = makeStore("clinic-chat:" + server + ":");

  function validButtons(buttons) {
    if (!Array.isArray(buttons)) {
      return [];
    }
    return buttons
      .filter(function (b) {
        return b && typeof b.title === "string" && typeof b.payload === "string";
      })
      .map(function (b) {
        return { title: b.title, payload: b.payload };
      });
  }

  function loadTranscript() {
    var entries;
    try {
      entries = JSON.parse(store.get("transcript") || "[]");
    } catch (e) {
      entries = [];
    }
    if (!Array.isArray(entries)) {
      return [];
    }
    entries = entries.filter(function (m) {
      return m && (m.from === "user" || m.from === "bot") && typeof m.text === "string";
    });
    var last = entries[entries.length - 1];
    if (last && Date.now() - (Number(last.at) || 0) > TRANSCRIPT_TTL_MS) {
      forgetConversation();
      return [];
    }
    return entries;
  }

  function saveTranscript() {
    transcript = transcript.slice(-MAX_TRANSCRIPT);
    store.set("transcript", JSON.stringify(transcript));
  }

  function forgetConversation() {
    store.remove("transcript");
    store.remove("session");
    store.remove("greeted");
  }

  // -------------------------------------------------------------- rendering
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function safeUrl(candidate) {
    try {
      var url = new URL(candidate);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(href, label) {
    var a = el("a", "pcw-link", label);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  // [label](https://...) or a bare http(s) URL.
  var LINK_PATTERN = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s()]+)\)|https?:\/\/[^\s<>"']+/gi;

  function trimUrl(url) {
    var trimmed = url.replace(/[.,;:!?'"]+$/, "");
    if (trimmed.slice(-1) === ")" && trimmed.indexOf("(") === -1) {
      trimmed = trimmed.slice(0, -1);
    }
    return trimmed;
  }

  function appendLine(parent, line) {
    var last = 0;
    var match;
    LINK_PATTERN.lastIndex = 0;
    while ((match = LINK_PATTERN.exec(line)) !== null) {
      var raw = match[2] ? match[0] : trimUrl(match[0]);
      var href = safeUrl(match[2] || raw);
      if (!href) {
        continue;
      }
      parent.appendChild(document.createTextNode(line.slice(last, match.index)));
      parent.appendChild(link(href, match[1] || raw));
      last = match.index + raw.length;
      LINK_PATTERN.lastIndex = last;
    }
    parent.appendChild(document.createTextNode(line.slice(last)));
  }

  function renderText(parent, text) {
    text.split("\n").forEach(function (line, i) {
      if (i > 0) {
        parent.appendChild(document.createElement("br"));
      }
      appendLine(parent, line);
    });
  }

  // ----------------------------------------------------------------- the UI
  var host = document.createElement("div");
  host.id = "clinic-chat-widget";
  var shadow = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;

  var stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = chatBase + "/widget.css";

  var root = el("div", "pcw");
  root.hidden = true; // until the stylesheet is in, to avoid a flash of raw markup

  var launcher = el("button", "pcw-launcher");
  launcher.type = "button";
  launcher.setAttribute("aria-label", LAUNCHER_LABEL);
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "pcw-panel");
  launcher.appendChild(el("span", "pcw-launcher-icon")).setAttribute("aria-hidden", "true");
  launcher.appendChild(el("span", "pcw-launcher-text", LAUNCHER_LABEL));

  var panel = el("div", "pcw-panel");
  panel.id = "pcw-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-modal", "false");
  panel.setAttribute("aria-labelledby", "pcw-title");
  panel.setAttribute("aria-describedby", "pcw-disclaimer");

  var header = el("div", "pcw-header");
  var titles = el("div", "pcw-titles");
  var title = el("h2", "pcw-title", data.clinicName || "Chat");
  title.id = "pcw-title";
  titles.appendChild(title);
  titles.appendChild(el("p", "pcw-subtitle", "Automated assistant"));
  var resetButton = el("button", "pcw-icon-button pcw-reset", "New chat");
  resetButton.type = "button";
  resetButton.setAttribute("aria-label", "Start a new conversation");
  var closeButton = el("button", "pcw-icon-button pcw-close", "\u00d7");
  closeButton.type = "button";
  closeButton.setAttribute("aria-label", "Close chat");
  header.appendChild(titles);
  header.appendChild(resetButton);
  header.appendChild(closeButton);

  var disclaimer = el("p", "pcw-disclaimer", DISCLAIMER);
  disclaimer.id = "pcw-disclaimer";

  var notice = el("div", "pcw-notice");
  notice.setAttribute("role", "status");
  notice.hidden = true;

  var log = el("div", "pcw-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Conversation");
  log.tabIndex = 0; // scrollable with the keyboard

  var typing = el("div", "pcw-typing");
  typing.setAttribute("role", "status");
  typing.hidden = true;
  for (var d = 0; d < 3; d++) {
    typing.appendChild(el("span", "pcw-dot")).setAttribute("aria-hidden", "true");
  }
  typing.appendChild(el("span", "pcw-sr", "The assistant is typing\u2026"));

  var form = el("form", "pcw-form");
  var input = el("input", "pcw-input");
  input.id = "pcw-input";
  input.type = "text";
  input.autocomplete = "off";
  input.maxLength = MAX_MESSAGE_LENGTH;
  input.placeholder = "Type your question\u2026";
  input.setAttribute("aria-label", "Type your question");
  input.setAttribute("enterkeyhint", "send");
  var sendButton = el("button", "pcw-send", "Send");
  sendButton.type = "submit";
  sendButton.setAttribute("aria-label", "Send message");
  form.appendChild(input);
  form.appendChild(sendButton);

  [header, disclaimer, notice, log, typing, form].forEach(function (part) {
    panel.appendChild(part);
  });
  root.appendChild(launcher);
  root.appendChild(panel);
  shadow.appendChild(stylesheet);
  shadow.appendChild(root);

  function reveal() {
    root.hidden = false;
  }
  stylesheet.addEventListener("load", reveal);
  stylesheet.addEventListener("error", reveal);

  // ----------------------------------------------------------- conversation
  var transcript = loadTranscript();
  var config = {
    clinicName: data.clinicName || null,
    socketPath: data.socketPath || null,
    greetingPayload: data.greetingPayload !== undefined ? data.greetingPayload : null
  };
  var configReady = fetch(chatBase + "/config.json", { credentials: "omit" })
    .then(function (r) {
      return r.ok ? r.json() : {};
    })
    .catch(function () {
      return {};
    })
    .then(function (remote) {
      config.clinicName = config.clinicName || remote.clinic_name || null;
      config.socketPath = config.socketPath || remote.socketio_path || "/socket.io";
      if (config.greetingPayload === null) {
        config.greetingPayload = typeof remote.greeting_payload === "string" ? remote.greeting_payload : "";
      }
      if (config.clinicName) {
        title.textContent = config.clinicName;
      }
    });

  var socket = null;
  var sessionConfirmed = false;
  var outbox = [];
  var typingTimer = null;

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function removeQuickReplies() {
    var groups = log.querySelectorAll(".pcw-quick");
    for (var i = 0; i < groups.length; i++) {
      groups[i].parentNode.removeChild(groups[i]);
    }
  }

  function renderQuickReplies(buttons) {
    var group = el("div", "pcw-quick");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Suggested replies");
    buttons.forEach(function (b) {
      var button = el("button", "pcw-quick-button", b.title);
      button.type = "button";
      button.addEventListener("click", function () {
        sendToBot(b.title, b.payload);
        input.focus();
      });
      group.appendChild(button);
    });
    log.appendChild(group);
  }

  function renderMessage(message, isLatest) {
    var bubble = el("div", "pcw-message pcw-" + message.from);
    var who = el("span", "pcw-sr", message.from === "user" ? "You said: " : "Assistant: ");
    bubble.appendChild(who);
    if (message.from === "bot") {
      renderText(bubble, message.text);
    } else {
      bubble.appendChild(document.createTextNode(message.text));
    }
    if (message.image) {
      var image = el("img", "pcw-image");
      image.src = message.image;
      image.alt = "Image from the assistant";
      bubble.appendChild(image);
    }
    log.appendChild(bubble);
    if (isLatest && message.buttons && message.buttons.length) {
      renderQuickReplies(message.buttons);
    }
  }

  function addMessage(message) {
    message.at = Date.now();
    removeQuickReplies();
    transcript.push(message);
    saveTranscript();
    renderMessage(message, true);
    scrollToEnd();
  }

  function renderTranscript() {
    log.textContent = "";
    transcript.forEach(function (message, i) {
      renderMessage(message, i === transcript.length - 1);
    });
    scrollToEnd();
  }

  function setTyping(on) {
    clearTimeout(typingTimer);
    typing.hidden = !on;
    if (on) {
      typingTimer = setTimeout(function () {
        typing.hidden = true;
      }, TYPING_TIMEOUT_MS);
      scrollToEnd();
    }
  }

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  function flush() {
    if (!socket || !socket.connected || !sessionConfirmed) {
      return;
    }
    var sessionId = store.get("session");
    while (outbox.length) {
      socket.emit("user_uttered", { message: outbox.shift(), session_id: sessionId });
    }
  }

  function deliver(payload) {
    outbox.push(payload);
    setTyping(true);
    flush();
  }

  // Shows `text` as the patient's bubble and sends `payload` (a button's payload, or the text).
  function sendToBot(text, payload) {
    addMessage({ from: "user", text: text });
    deliver(payload || text);
  }

  function onBotMessage(message) {
    if (!message || typeof message !== "object") {
      return;
    }
    setTyping(false);
    var text = typeof message.text === "string" ? message.text : "";
    var buttons = validButtons(message.quick_replies || message.buttons);
    var attachment = message.attachment;
    var image = null;
    if (attachment && attachment.type === "image" && attachment.payload) {
      image = safeUrl(attachment.payload.src);
    }
    if (!text && !image && !buttons.length) {
      return;
    }
    var entry = { from: "bot", text: text };
    if (buttons.length) {
      entry.buttons = buttons;
    }
    if (image) {
      entry.image = image;
    }
    addMessage(entry);
  }

  function onSessionConfirm(confirmed) {
    var id = typeof confirmed === "string" ? confirmed : confirmed && confirmed.session_id;
    if (!id) {
      return;
    }
    store.set("session", String(id));
    sessionConfirmed = true;
    showNotice("");
    if (!transcript.length && config.greetingPayload && !store.get("greeted")) {
      store.set("greeted", "1");
      deliver(config.greetingPayload);
    }
    flush();
  }

  function loadSocketIo() {
    if (loadSocketIo.promise) {
      return loadSocketIo.promise;
    }
    loadSocketIo.promise = new Promise(function (resolve, reject) {
      // Keep the page's own `io` (possibly another version) untouched.
      var hadIo = Object.prototype.hasOwnProperty.call(window, "io");
      var previous = window.io;
      var tag = document.createElement("script");
      tag.src = chatBase + "/vendor/socket.io.min.js";
      tag.async = true;
      tag.onload = function () {
        var ours = window.io;
        if (hadIo) {
          window.io = previous;
        } else {
          try {
            delete window.io;
          } catch (e) {
            window.io = undefined;
          }
        }
        if (typeof ours === "function") {
          resolve(ours);
        } else {
          reject(new Error("Socket.IO client did not load"));
        }
      };
      tag.onerror = function () {
        reject(new Error("Socket.IO client did not load"));
      };
      document.head.appendChild(tag);
    });
    loadSocketIo.promise.catch(function () {
      loadSocketIo.promise = null;
    });
    return loadSocketIo.promise;
  }

  function connect() {
    if (socket) {
      return;
    }
    configReady
      .then(loadSocketIo)
      .then(function (io) {
        if (socket) {
          return;
        }
        var options = Object.assign({ path: config.socketPath }, SOCKET_OPTIONS);
        socket = io(server, options);
        socket.on("connect", function () {
          sessionConfirmed = false;
          // The session id is issued by the server (a random uuid4 hex) and kept in
          // localStorage; the server only takes back an id of that form, otherwise
          // it confirms a new one (bot/channels/widget.py, PersistentSocketIOInput).
          socket.emit("session_request", { session_id: store.get("session") });
        });
        socket.on("session_confirm", onSessionConfirm);
        socket.on("bot_uttered", onBotMessage);
        socket.on("disconnect", function (reason) {
          sessionConfirmed = false;
          setTyping(false);
          if (reason !== "io client disconnect") {
            showNotice("Connection lost. Reconnecting\u2026");
          }
          if (reason === "io server disconnect") {
            socket.connect();
          }
        });
        socket.on("connect_error", function () {
          showNotice("Can\u2019t reach the assistant right now. Retrying\u2026");
          if (!socket.active) {
            setTimeout(function () {
              socket.connect();
            }, SOCKET_OPTIONS.reconnectionDelayMax);
          }
        });
      })
      .catch(function () {
        showNotice("The chat could not start. Please reload the page or call the clinic.");
      });
  }

  function startNewConversation() {
    forgetConversation();
    transcript = [];
    outbox = [];
    renderTranscript();
    setTyping(false);
    if (socket) {
      // A fresh connection asks for a fresh session id (none is stored now).
      sessionConfirmed = false;
      socket.disconnect();
      socket.connect();
    }
    input.focus();
  }

  // ------------------------------------------------------------ open/close
  function isOpen() {
    return !panel.hidden;
  }

  function open(moveFocus) {
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    store.set("open", "1");
    connect();
    scrollToEnd();
    if (moveFocus !== false) {
      input.focus();
    }
  }

  function close() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    store.set("open", "0");
    launcher.focus();
  }

  function focusable() {
    return Array.prototype.filter.call(
      panel.querySelectorAll("button, input, a[href], [tabindex='0']"),
      function (node) {
        return !node.disabled && node.offsetParent !== null;
      }
    );
  }

  launcher.addEventListener("click", function () {
    open(true);
  });
  closeButton.addEventListener("click", close);
  resetButton.addEventListener("click", startNewConversation);

  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
      return;
    }
    // Full-screen on phones: keep Tab inside the chat, the page behind is covered.
    if (event.key === "Tab" && window.matchMedia && window.matchMedia(SMALL_SCREEN).matches) {
      var items = focusable();
      var first = items[0];
      var last = items[items.length - 1];
      var active = shadow.activeElement || document.activeElement;
      if (event.shiftKey && active === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      return;
    }
    input.value = "";
    sendToBot(text.slice(0, MAX_MESSAGE_LENGTH));
  });

  document.addEventListener("click", function (event) {
    var target = event.target && event.target.closest ? event.target.closest("[data-clinic-chat-open]") : null;
    if (target) {
      event.preventDefault();
      open(true);
    }
  });

  function mount() {
    renderTranscript(); // before the log is in the page, so screen readers don't re-announce history
    document.body.appendChild(host);
    if (store.get("open") === "1") {
      open(false);
    }
  }

  window.ClinicChat = {
    open: function () {
      open(true);
    },
    close: close,
    isOpen: isOpen
  };

  if (document.body) {
    mount();
  } else {
    document.addEventListener("DOMContentLoaded", mount);
  }
})();
