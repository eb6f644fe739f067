"""Talk to a Rasa REST channel: one message, a sequential run, a concurrent load, a paced soak.

Every message goes to ``/webhooks/rest/webhook`` with a fresh sender per
conversation, the way the web widget does it. A reply is an error when the
status is not 200, it times out, the connection fails, or it holds no message.
"""
from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field

import aiohttp
import numpy as np
from bench_settings import REQUEST_TIMEOUT_S, SENDER_PREFIX, TEXT_SUFFIXES

REST_PATH = "/webhooks/rest/webhook"
ERROR_TIMEOUT = "timeout"
ERROR_EMPTY = "empty reply"
ERROR_CONNECTION = "connection"


@dataclass
class Reply:
    """The outcome of one message.

    Attributes:
        latency_s: request to complete response, as the client saw it.
        started_s: when it was sent, in seconds since the run began.
        error: None when the reply is usable, else why not.
    """

    status: int | None
    messages: list[dict]
    latency_s: float
    started_s: float = 0.0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def text(self) -> str:
        return "\n".join(m.get("text") or "" for m in self.messages)


def classify(status: int | None, messages: object) -> str | None:
    """Why a response is not a usable reply, or None when it is."""
    if status != 200:
        return f"HTTP {status}"
    if not isinstance(messages, list) or not any(isinstance(m, dict) and m for m in messages):
        return ERROR_EMPTY
    return None


def new_sender() -> str:
    return f"{SENDER_PREFIX}-{uuid.uuid4().hex[:12]}"


def variant(text: str, pass_number: int) -> str:
    """``text`` as sent on the given pass over the held-out set (see ``TEXT_SUFFIXES``)."""
    return text + TEXT_SUFFIXES[pass_number % len(TEXT_SUFFIXES)]


class RestClient:
    """A Rasa server's REST channel (and, with a token, its tracker API)."""

    def __init__(
        self,
        base_url: str,
        session: aiohttp.ClientSession,
        timeout_s: float = REQUEST_TIMEOUT_S,
        token: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._token = token
        self._t0 = time.monotonic()

    def restart_clock(self) -> None:
        """Make ``Reply.started_s`` count from now."""
        self._t0 = time.monotonic()

    async def send(self, sender: str, text: str) -> Reply:
        """Post one message and wait for the bot's reply."""
        started = time.monotonic()
        status, messages, error = None, [], None
        try:
            async with self._session.post(
                self.base_url + REST_PATH, json={"sender": sender, "message": text}, timeout=self._timeout
            ) as response:
                status = response.status
                body = await response.json(content_type=None) if status == 200 else None
                messages = body if isinstance(body, list) else []
                error = classify(status, body)
        except asyncio.TimeoutError:
            error = ERROR_TIMEOUT
        except (aiohttp.ClientError, ValueError) as exc:  # ValueError: a body that is not JSON
            error = f"{ERROR_CONNECTION}: {type(exc).__name__}"
        done = time.monotonic()
        return Reply(status, messages, done - started, started - self._t0, error)

    async def tracker(self, sender: str) -> dict:
        """The conversation's tracker with all events (needs ``--enable-api``)."""
        params = {"include_events": "ALL"}
        if self._token:
            params["token"] = self._token
        async with self._session.get(
            f"{self.base_url}/conversations/{sender}/tracker", params=params, timeout=self._timeout
        ) as response:
            response.raise_for_status()
            return await response.json()


class ConversationFeed:
    """Held-out conversations, round and round, each time with the next text variant.

    Args:
        conversations: the texts of each conversation, in order.
        first_pass: variant number of the first pass (pass 0 is the text as written).
    """

    def __init__(self, conversations: Sequence[Sequence[str]], first_pass: int = 1) -> None:
        if not conversations or not all(conversations):
            raise ValueError("need at least one conversation, and no empty ones")
        self._conversations = conversations
        self._cycle: Iterator[tuple[int, int]] = (
            (pass_number, index)
            for pass_number in itertools.count(first_pass)
            for index in range(len(conversations))
        )
        self.passes_started = first_pass

    def next(self) -> list[str]:
        pass_number, index = next(self._cycle)
        self.passes_started = pass_number
        return [variant(text, pass_number) for text in self._conversations[index]]


async def sequential(client: RestClient, feed: ConversationFeed, messages: int) -> list[Reply]:
    """``messages`` messages one after another, a fresh sender per conversation."""
    replies: list[Reply] = []
    client.restart_clock()
    while len(replies) < messages:
        sender = new_sender()
        for text in feed.next():
            replies.append(await client.send(sender, text))
            if len(replies) >= messages:
                break
    return replies


@dataclass
class LoadResult:
    replies: list[Reply] = field(default_factory=list)
    elapsed_s: float = 0.0
    concurrency: int = 0

    @property
    def ok(self) -> int:
        return sum(r.ok for r in self.replies)

    @property
    def errors(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for reply in self.replies:
            if reply.error:
                counts[reply.error] = counts.get(reply.error, 0) + 1
        return counts

    @property
    def throughput(self) -> float:
        """Usable replies per second."""
        return self.ok / self.elapsed_s if self.elapsed_s else 0.0


async def concurrent(
    client: RestClient, feed: ConversationFeed, concurrency: int, duration_s: float
) -> LoadResult:
    """``concurrency`` conversations at once, each message sent when the last reply came.

    No new message starts after ``duration_s``; the run ends when the last one
    in flight is answered, and throughput is counted over that whole time.
    """
    result = LoadResult(concurrency=concurrency)
    client.restart_clock()
    started = time.monotonic()
    deadline = started + duration_s

    async def conversation_worker() -> None:
        while time.monotonic() < deadline:
            sender = new_sender()
            for text in feed.next():
                if time.monotonic() >= deadline:
                    return
                result.replies.append(await client.send(sender, text))

    await asyncio.gather(*(conversation_worker() for _ in range(concurrency)))
    result.elapsed_s = time.monotonic() - started
    return result


class RateLimiter:
    """Lets callers through at most ``rate`` times a second, evenly spaced."""

    def __init__(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self._interval = 1.0 / rate
        self._next = time.monotonic()

    async def wait(self) -> None:
        now = time.monotonic()
        slot = max(now, self._next)
        self._next = slot + self._interval
        if slot > now:
            await asyncio.sleep(slot - now)


async def paced(
    client: RestClient,
    feed: ConversationFeed,
    rate: float,
    duration_s: float,
    conversations: int,
    sample_every_s: float,
    on_sample: Callable[[float, list[Reply]], Awaitable[None] | None],
) -> LoadResult:
    """A steady ``rate`` messages/s for ``duration_s``, calling ``on_sample`` every ``sample_every_s``.

    ``on_sample(elapsed_s, replies_since_last_sample)`` is where the caller reads
    memory; it runs once more at the end.
    """
    result = LoadResult(concurrency=conversations)
    limiter = RateLimiter(rate)
    client.restart_clock()
    started = time.monotonic()
    deadline = started + duration_s
    seen = 0

    async def conversation_worker() -> None:
        while time.monotonic() < deadline:
            sender = new_sender()
            for text in feed.next():
                await limiter.wait()
                if time.monotonic() >= deadline:
                    return
                result.replies.append(await client.send(sender, text))

    async def sampler() -> None:
        nonlocal seen
        while True:
            await asyncio.sleep(sample_every_s)
            await _call(on_sample, time.monotonic() - started, result.replies[seen:])
            seen = len(result.replies)

    sampling = asyncio.create_task(sampler())
    try:
        await asyncio.gather(*(conversation_worker() for _ in range(conversations)))
    finally:
        sampling.cancel()
    result.elapsed_s = time.monotonic() - started
    await _call(on_sample, result.elapsed_s, result.replies[seen:])
    return result


async def _call(callback: Callable, *args: object) -> None:
    outcome = callback(*args)
    if asyncio.iscoroutine(outcome):
        await outcome


def latency_summary(replies: Sequence[Reply]) -> dict[str, float]:
    """p50/p95/p99/mean/max in milliseconds over usable replies, and counts."""
    latencies = np.array([r.latency_s for r in replies if r.ok]) * 1000
    summary: dict[str, float] = {"messages": float(len(replies)), "ok": float(len(latencies))}
    if len(latencies):
        p50, p95, p99 = np.percentile(latencies, [50, 95, 99])
        summary.update(p50=float(p50), p95=float(p95), p99=float(p99), mean=float(latencies.mean()), max=float(latencies.max()))
    return summary
