"""The chat widget in headless Chromium, against the real assistant over Socket.IO.

Needs /usr/bin/chromium (installed with apt-get when missing) and the
installed ``playwright`` Python package as a driver only; ``playwright
install`` is never run. The model tests copy models/assistant.tar.gz first,
since it may be replaced while they run.
"""
from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.channels.widget import ASSETS, WIDGET_DIR
from bot.clinic import clinic
from bot.constants import PROJECT_ROOT
from bot.harness import action_server, free_port, rasa_server, wait_for
from tests.browser import CHROMIUM, CHROMIUM_ARGS, ensure_chromium

pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

MODEL = PROJECT_ROOT / "models" / "assistant.tar.gz"
# Rasa's socketio settings on the class that makes session_persistence work
# with the installed python-socketio (see bot/channels/widget.py).
CREDENTIALS = """\
bot.channels.widget.PersistentSocketIOInput:
  user_message_evt: user_uttered
  bot_message_evt: bot_uttered
  session_persistence: true
bot.channels.widget.WidgetChannel:
"""
DISCLAIMER = "Automated assistant \u2014 not medical advice. In an emergency call 911."
BOT_TIMEOUT_MS = 90_000
SCRIPT_MESSAGE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
PHONE = {"width": 375, "height": 740}
SCREENSHOTS = (PROJECT_ROOT / "reports" / "widget.png", PROJECT_ROOT / "docs" / "widget.png")


@pytest.fixture(scope="module")
def browser() -> Iterator:
    ensure_chromium()
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=False, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Iterator[str]:
    """Base URL of ``rasa run`` with the socketio and widget channels, plus the action server."""
    if not MODEL.exists():
        pytest.skip("no trained model at models/assistant.tar.gz (run `make train`)")
    tmp = tmp_path_factory.mktemp("widget")
    model = Path(shutil.copy(MODEL, tmp / "assistant.tar.gz"))
    credentials = tmp / "credentials.yml"
    credentials.write_text(CREDENTIALS)
    with action_server() as action_url, rasa_server(model, action_url, credentials=credentials) as url:
        yield url


@pytest.fixture
def context(browser):
    """A fresh browser profile per test: empty localStorage."""
    ctx = browser.new_context(viewport={"width": 960, "height": 640})
    ctx.set_default_timeout(15_000)
    try:
        yield ctx
    finally:
        ctx.close()


def save_screenshots(page) -> None:
    """reports/widget.png as taken (the test artifact).

    With ``UPDATE_DOCS_SCREENSHOT=1`` also docs/widget.png (committed, in the
    README) as a small palette PNG; a plain test run never changes the tree.
    """
    report, doc = SCREENSHOTS
    report.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(report))
    if os.environ.get("UPDATE_DOCS_SCREENSHOT") != "1":
        return
    from PIL import Image

    with Image.open(report) as image:
        image.convert("RGB").quantize(colors=96).save(doc, optimize=True)


def open_chat(page):
    launcher = page.get_by_role("button", name="Chat with us")
    launcher.click()
    expect(page.get_by_role("dialog")).to_be_visible()
    return page.get_by_role("textbox", name="Type your question")


def bot_messages(page):
    return page.locator(".pcw-message.pcw-bot")


def ask(page, text: str) -> None:
    box = page.get_by_role("textbox", name="Type your question")
    box.fill(text)
    box.press("Enter")


def watch_typing_indicator(page) -> None:
    """Record whether the typing indicator is ever shown (it may be brief)."""
    page.evaluate(
        """() => {
          const typing = document.querySelector('#clinic-chat-widget').shadowRoot.querySelector('.pcw-typing');
          window.__typingSeen = false;
          new MutationObserver(() => { if (!typing.hidden) window.__typingSeen = true; })
            .observe(typing, {attributes: true, attributeFilter: ['hidden']});
        }"""
    )


@pytest.mark.model
def test_patient_gets_sourced_answer_safely_and_keeps_history(context, assistant):
    page = context.new_page()
    page.goto(f"{assistant}/chat/")
    box = open_chat(page)
    expect(box).to_be_focused()
    expect(page.get_by_text(DISCLAIMER)).to_be_visible()
    expect(page.get_by_role("heading", name=clinic().name)).to_be_visible()
    expect(page.get_by_role("log")).to_have_attribute("aria-live", "polite")
    expect(bot_messages(page).first).to_be_visible(timeout=BOT_TIMEOUT_MS)  # the greeting

    watch_typing_indicator(page)
    ask(page, "how long does RFA relief last?")
    answer = bot_messages(page).filter(has_text="9 months")
    expect(answer).to_be_visible(timeout=BOT_TIMEOUT_MS)
    expect(answer).to_contain_text("6 to 12 months")
    expect(bot_messages(page).filter(has_text="Source")).to_be_visible(timeout=BOT_TIMEOUT_MS)
    assert page.evaluate("window.__typingSeen") is True
    expect(page.locator(".pcw-typing")).to_be_hidden()
    save_screenshots(page)

    bot_count = bot_messages(page).count()
    ask(page, SCRIPT_MESSAGE)
    mine = page.locator(".pcw-message.pcw-user").last
    expect(mine).to_contain_text(SCRIPT_MESSAGE)
    expect(bot_messages(page)).not_to_have_count(bot_count, timeout=BOT_TIMEOUT_MS)  # the bot answered it
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".pcw-log script, .pcw-log img").count() == 0

    page.reload()
    expect(page.get_by_role("dialog")).to_be_visible()  # the open chat stays open on the next page
    expect(bot_messages(page).filter(has_text="9 months")).to_be_visible()
    expect(page.locator(".pcw-message.pcw-user").filter(has_text=SCRIPT_MESSAGE)).to_be_visible()
    assert page.evaluate("window.__pwned") is None

    # Same Rasa conversation after the reload: the bot still knows we talk about RFA.
    ask(page, "what are the risks?")
    expect(bot_messages(page).filter(has_text="bruising")).to_be_visible(timeout=BOT_TIMEOUT_MS)

    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("button", name="Chat with us")).to_be_focused()


@pytest.mark.model
def test_quick_reply_buttons_send_payload_and_show_title(context, assistant):
    page = context.new_page()
    page.goto(f"{assistant}/chat/")
    launcher = page.get_by_role("button", name="Chat with us")
    launcher.focus()
    page.keyboard.press("Enter")  # keyboard only
    expect(page.get_by_role("textbox", name="Type your question")).to_be_focused()

    ask(page, "how long does it take?")
    choice = page.get_by_role("button", name="Kyphoplasty")
    expect(choice).to_be_visible(timeout=BOT_TIMEOUT_MS)
    expect(bot_messages(page).filter(has_text="Which procedure")).to_be_visible()
    choice.click()

    expect(page.locator(".pcw-message.pcw-user").last).to_have_text("You said: Kyphoplasty")
    expect(page.get_by_role("button", name="Kyphoplasty")).to_have_count(0)  # answered buttons go away
    expect(bot_messages(page).filter(has_text="45 minutes for each bone")).to_be_visible(timeout=BOT_TIMEOUT_MS)


@pytest.mark.model
def test_panel_fills_a_phone_screen(browser, assistant):
    ctx = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=1)
    try:
        page = ctx.new_page()
        page.goto(f"{assistant}/chat/")
        launcher = page.get_by_role("button", name="Chat with us")
        box = launcher.bounding_box()
        assert box["x"] + box["width"] <= PHONE["width"] and box["y"] + box["height"] <= PHONE["height"]
        open_chat(page)
        expect(bot_messages(page).first).to_be_visible(timeout=BOT_TIMEOUT_MS)

        panel = page.get_by_role("dialog").bounding_box()
        assert (panel["x"], panel["y"]) == (0, 0)
        assert (panel["width"], panel["height"]) == (PHONE["width"], PHONE["height"])
        for name in ("Send message", "Close chat"):
            button = page.get_by_role("button", name=name).bounding_box()
            assert button["x"] >= 0 and button["x"] + button["width"] <= PHONE["width"]
            assert button["y"] >= 0 and button["y"] + button["height"] <= PHONE["height"]
        overflow = page.locator(".pcw-log").evaluate("log => log.scrollWidth - log.clientWidth")
        assert overflow <= 0
        page.screenshot(path=str(PROJECT_ROOT / "reports" / "widget-phone.png"))
    finally:
        ctx.close()


# --- rendering, without the assistant: files routed from disk, no server -------
def route_widget_files(page, origin: str) -> None:
    bodies = {f"{origin}/chat{route}": (WIDGET_DIR / name).read_bytes() for route, (name, _, _) in ASSETS.items()}
    bodies[f"{origin}/chat/"] = b'<!doctype html><title>t</title><script src="/chat/widget.js" defer></script>'
    bodies[f"{origin}/chat/config.json"] = json.dumps({"clinic_name": "Test Clinic"}).encode()
    types = {".js": "text/javascript", ".css": "text/css", "json": "application/json"}

    def handle(route):
        url = route.request.url.split("?")[0]
        if url not in bodies:
            route.abort()  # socket.io: the assistant is unreachable
            return
        kind = next((t for suffix, t in types.items() if url.endswith(suffix)), "text/html")
        route.fulfill(status=200, body=bodies[url], content_type=kind)

    page.route("**/*", handle)


def test_stored_messages_render_as_text_with_safe_links(context):
    origin = "http://clinic.test"
    transcript = [
        {"from": "user", "text": "<b>hi</b>", "at": 9e15},
        {"from": "bot", "text": "Line one\nSee https://example.org/rfa. Or [our page](https://example.org/p)"
         " or [bad](javascript:alert(1)) <img src=x onerror=window.__pwned=1>", "at": 9e15,
         "buttons": [{"title": "Old", "payload": "/x"}]},
        {"from": "bot", "text": "Pick one", "at": 9e15, "buttons": [{"title": "<i>Yes</i>", "payload": "/affirm"}]},
    ]
    context.add_init_script(
        f"localStorage.setItem('clinic-chat:{origin}:transcript', {json.dumps(json.dumps(transcript))});"
        f"localStorage.setItem('clinic-chat:{origin}:open', '1');"
    )
    page = context.new_page()
    route_widget_files(page, origin)
    page.goto(f"{origin}/chat/")

    expect(page.get_by_role("dialog")).to_be_visible()
    expect(page.get_by_role("heading", name="Test Clinic")).to_be_visible()
    expect(page.locator(".pcw-user")).to_have_text("You said: <b>hi</b>")
    first_bot = bot_messages(page).first
    expect(first_bot.locator("br")).to_have_count(1)
    links = first_bot.locator("a")
    expect(links).to_have_count(2)
    assert [links.nth(i).get_attribute("href") for i in range(2)] == ["https://example.org/rfa", "https://example.org/p"]
    expect(links.nth(0)).to_have_text("https://example.org/rfa")  # the full stop stays text
    expect(links.nth(1)).to_have_text("our page")
    for i in range(2):
        assert links.nth(i).get_attribute("rel") == "noopener noreferrer"
        assert links.nth(i).get_attribute("target") == "_blank"
    expect(first_bot).to_contain_text("[bad](javascript:alert(1)) <img src=x onerror=window.__pwned=1>")
    assert page.locator(".pcw-log img").count() == 0
    assert page.evaluate("window.__pwned") is None
    # Only the latest message keeps its quick replies, titles as text.
    expect(page.locator(".pcw-quick-button")).to_have_count(1)
    expect(page.get_by_role("button", name="<i>Yes</i>")).to_be_visible()
    # The Socket.IO connection is refused: the patient is told.
    expect(page.get_by_role("status").filter(has_text="reach the assistant")).to_be_visible()


def test_escape_closes_and_new_chat_forgets_the_conversation(context):
    origin = "http://clinic.test"
    transcript = [{"from": "bot", "text": "Earlier answer", "at": 9e15}]
    context.add_init_script(
        f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('seeded', '1');"
        f"localStorage.setItem('clinic-chat:{origin}:transcript', {json.dumps(json.dumps(transcript))});"
        f"localStorage.setItem('clinic-chat:{origin}:session', 'abc'); }}"
    )
    page = context.new_page()
    route_widget_files(page, origin)
    page.goto(f"{origin}/chat/")

    expect(page.get_by_role("dialog")).to_be_hidden()  # closed until the patient opens it
    open_chat(page)
    expect(bot_messages(page)).to_have_text(["Assistant: Earlier answer"])
    page.get_by_role("button", name="Start a new conversation").click()
    expect(bot_messages(page)).to_have_count(0)
    stored = page.evaluate(f"[localStorage.getItem('clinic-chat:{origin}:transcript'),"
                           f" localStorage.getItem('clinic-chat:{origin}:session')]")
    assert stored[1] is None and json.loads(stored[0] or "[]") == []
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("button", name="Chat with us")).to_be_focused()
    page.reload()
    open_chat(page)
    expect(bot_messages(page)).to_have_count(0)


# --- connection loss, without the model: a small echo assistant we can stop ----------
ECHO_SERVER = """
import sys
from sanic import Sanic
from bot.channels.widget import PersistentSocketIOInput, WidgetChannel

async def echo(message):
    await message.output_channel.send_text_message(message.sender_id, f"echo {message.sender_id}: {message.text}")

app = Sanic("echo_assistant")
sockets = PersistentSocketIOInput.from_credentials({"session_persistence": True})
app.blueprint(sockets.blueprint(echo))
app.blueprint(WidgetChannel(greeting_payload="").blueprint(echo))
app.run(host="127.0.0.1", port=int(sys.argv[1]), access_log=False)
"""


@contextlib.contextmanager
def echo_assistant(port: int) -> Iterator[str]:
    """Serve the widget and an echoing Socket.IO channel on ``port`` until the block ends."""
    log = PROJECT_ROOT / "var" / "logs" / f"echo-{port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", ECHO_SERVER, str(port)], cwd=PROJECT_ROOT, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/chat/config.json", process, timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def test_connection_loss_is_shown_and_queued_messages_follow_the_session(context):
    port = free_port()
    page = context.new_page()
    with echo_assistant(port) as url:
        page.goto(f"{url}/chat/")
        open_chat(page)
        ask(page, "first")
        expect(bot_messages(page).filter(has_text="first")).to_be_visible()
        session = page.evaluate(f"localStorage.getItem('clinic-chat:{url}:session')")
        expect(bot_messages(page)).to_have_text([f"Assistant: echo {session}: first"])

    lost = page.get_by_role("status").filter(has_text="Connection lost")
    expect(lost).to_be_visible()
    ask(page, "sent while offline")  # kept until the session is confirmed again

    with echo_assistant(port):
        expect(lost).to_be_hidden(timeout=45_000)
        expect(bot_messages(page).filter(has_text="offline")).to_have_text(
            f"Assistant: echo {session}: sent while offline", timeout=15_000
        )


@contextlib.contextmanager
def clinic_site(page_html: str) -> Iterator[str]:
    """A stand-in for the clinic's own website: another origin (and a loopback one, for Chrome's PNA)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            body = page_html.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_one_script_tag_on_another_origin_is_enough(context):
    """The clinic's site and the assistant are different origins; the page's own ``io`` stays its own."""
    port = free_port()
    with echo_assistant(port) as url:
        host_page = (
            "<!doctype html><title>Clinic site</title><p>Our clinic</p>"
            "<script>window.io = 'the page own io';</script>"
            f'<script src="{url}/chat/widget.js" data-server="{url}" defer></script>'
        )
        with clinic_site(host_page) as site:
            page = context.new_page()
            page.goto(f"{site}/index.html")

            open_chat(page)
            # config.json, fetched across origins
            expect(page.get_by_role("heading", name=clinic().name)).to_be_visible()
            ask(page, "hello from the clinic site")
            expect(bot_messages(page).filter(has_text="hello from the clinic site")).to_be_visible()
            assert page.evaluate("window.io") == "the page own io"
            assert page.evaluate(f"localStorage.getItem('clinic-chat:{url}:session')")
