"""Faster hot paths in the Rasa server, with Rasa's behaviour unchanged.

Installed by ``bot.serve`` (the command ``make run`` uses) before Rasa starts.
Each patch fixes something the profile of ``make bench`` showed on the Rasa
server's event loop (docs/benchmarks.md, "Profile findings"):

1. action-server replies are validated without re-checking Rasa's schema and
   with each event checked against its own event type only;
2. custom-action calls reuse one HTTP session (keep-alive) instead of opening
   a new session and TCP connection per call;
3. NLU (MiniLM, DIET) runs in one worker thread, so other conversations' turns
   proceed on the event loop while torch and TensorFlow compute;
4. the message processor deep-copies events and parse data only for debug
   log lines that are actually written;
5. an event's class is looked up by its type name once, not by walking every
   ``Event`` subclass for each event of every stored conversation read;
6. a trained TensorFlow model (DIET) is loaded for prediction without first
   running a training step to create its variables (~8 s of start-up);
7. the prediction graph (NLU, then policies three times a turn) runs its nodes
   in a precomputed order instead of through dask's scheduler.

Everything here is written against the pinned Rasa 3.6.21; tests/test_serving.py
checks each patch against Rasa's own behaviour.
"""
from __future__ import annotations

import asyncio
import atexit
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

logger = logging.getLogger(__name__)

_installed = False
NLU_THREAD_NAME = "nlu"
# Two NLU threads: while one waits on MiniLM or TensorFlow (native code, GIL released)
# the other runs its Python parts, so both cores work (docs/benchmarks.md).
DEFAULT_NLU_THREADS = 2


def nlu_threads() -> int:
    """NLU graph runs in flight at once: ``ASSISTANT_NLU_THREADS``, at least 1."""
    try:
        return max(1, int(os.environ.get("ASSISTANT_NLU_THREADS", DEFAULT_NLU_THREADS)))
    except ValueError:
        logger.warning("ASSISTANT_NLU_THREADS is not a whole number; using %d", DEFAULT_NLU_THREADS)
        return DEFAULT_NLU_THREADS


def install() -> None:
    """Apply every patch once; later calls do nothing."""
    global _installed
    if _installed:
        return
    _validate_action_replies_with_prebuilt_validators()
    _reuse_one_http_session_per_endpoint()
    _parse_messages_in_a_worker_thread()
    _copy_for_debug_logs_only()
    _remember_event_classes()
    _load_tensorflow_models_for_prediction_only()
    _run_prediction_graphs_in_order()
    _installed = True


# --- 1. validating action-server replies --------------------------------------------------------


class ActionReplyValidator:
    """Says whether an action-server reply matches Rasa's response schema.

    ``jsonschema.validate`` (what Rasa calls) first checks the schema itself
    against the meta-schema, then tries every one of the ~20 event types of a
    ``oneOf`` on every event: ~60 ms, then ~5 ms of the event loop per call
    here. The event types are told apart by their ``event`` constant, so an
    event is valid exactly when it matches the common part and the one type
    its ``event`` names; this checks just that, with validators built once.
    """

    def __init__(self, schema: dict[str, Any]) -> None:
        from jsonschema.validators import validator_for

        cls = validator_for(schema)
        cls.check_schema(schema)
        self._whole = cls(schema)
        self._by_event: dict[str, Any] | None = None
        events = schema.get("properties", {}).get("events", {})
        item = events.get("items", {}) if events.get("type") == "array" else {}
        variants = item.get("oneOf")
        if not variants:
            return
        names = [variant.get("properties", {}).get("event", {}).get("const") for variant in variants]
        if None in names or len(set(names)) != len(names):
            return  # not told apart by a constant: validate the whole reply
        common = {key: value for key, value in item.items() if key != "oneOf"}
        self._reply = cls({**schema, "properties": {**schema["properties"], "events": {"type": "array"}}})
        self._by_event = {name: cls({**common, "allOf": [variant]}) for name, variant in zip(names, variants, strict=True)}

    def is_valid(self, reply: Any) -> bool:
        if self._by_event is None:
            return self._whole.is_valid(reply)
        if not self._reply.is_valid(reply):
            return False
        for event in reply.get("events") or ():
            name = event.get("event") if isinstance(event, dict) else None
            validator = self._by_event.get(name) if isinstance(name, str) else None
            if validator is None or not validator.is_valid(event):
                return False
        return True


def _validate_action_replies_with_prebuilt_validators() -> None:
    """A reply that fails is handed to Rasa's own method, so the error is exactly Rasa's."""
    from rasa.core.actions.action import RemoteAction

    rasa_validate = RemoteAction._validate_action_result
    validator = ActionReplyValidator(RemoteAction.action_response_format_spec())

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if validator.is_valid(result):
            return True
        return rasa_validate(self, result)

    _validate_action_result.rasa_original = rasa_validate  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]


# --- 2. one HTTP session per endpoint -----------------------------------------------------------


class _KeepOpen:
    """``async with`` around a shared session that leaves it open afterwards."""

    def __init__(self, session: Any) -> None:
        self._session = session

    async def __aenter__(self) -> Any:
        return self._session

    async def __aexit__(self, *exc_info: Any) -> bool:
        return False


class SharedSessions:
    """aiohttp sessions kept per event loop and endpoint settings.

    Rasa's ``EndpointConfig.request`` opens a new ``ClientSession`` (and so a
    new TCP connection to the action server) for every call and closes it
    after; with one kept per endpoint, calls reuse keep-alive connections.
    """

    def __init__(self, make_session: Any) -> None:
        self._make_session = make_session
        self._sessions: dict[tuple, Any] = {}

    def session_for(self, endpoint: Any) -> Any:
        loop = asyncio.get_running_loop()
        auth = tuple(sorted((endpoint.basic_auth or {}).items()))
        key = (id(loop), tuple(sorted((endpoint.headers or {}).items())), auth)
        session = self._sessions.get(key)
        if session is None or session.closed or getattr(session, "_loop", loop) is not loop:
            session = self._make_session(endpoint)
            self._sessions[key] = session
        return session

    def close_all(self) -> None:
        """Drop the connections without a running loop (at interpreter exit)."""
        for session in self._sessions.values():
            connector = getattr(session, "connector", None)
            if connector is not None and not connector.closed:
                connector._close()  # the synchronous part of close(): no loop needed
        self._sessions.clear()


def _reuse_one_http_session_per_endpoint() -> None:
    from rasa.utils.endpoints import EndpointConfig

    rasa_session = EndpointConfig.session
    sessions = SharedSessions(rasa_session)
    atexit.register(sessions.close_all)

    def session(self: EndpointConfig) -> _KeepOpen:
        return _KeepOpen(sessions.session_for(self))

    session.rasa_original = rasa_session  # type: ignore[attr-defined]
    session.shared = sessions  # type: ignore[attr-defined]
    EndpointConfig.session = session  # type: ignore[method-assign]


# --- 3. NLU off the event loop ------------------------------------------------------------------


def _parse_messages_in_a_worker_thread() -> None:
    """``MessageProcessor.parse_message`` with the NLU graph run in worker threads.

    Rasa runs the whole NLU graph synchronously inside the Sanic event loop,
    so every conversation waits while MiniLM and DIET compute. torch and
    TensorFlow release the GIL while they compute, so in a thread that time is
    free for the loop to save trackers, call actions and predict for other
    conversations, on the second core. ``nlu_threads()`` threads (2 by
    default), so one message's Python parts run while another's MiniLM or
    DIET computes: the components only read their models, and the encoder
    serialises its tokenizer (``bot.embeddings``). A conversation's own turns
    stay in order because Rasa holds its lock while it waits. The rest is
    Rasa's ``parse_message``.
    """
    import rasa.core.processor as processor
    import structlog
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.trackers import DialogueStateTracker

    structlogger = structlog.get_logger()
    rasa_parse_message = MessageProcessor.parse_message
    executor = ThreadPoolExecutor(max_workers=nlu_threads(), thread_name_prefix=NLU_THREAD_NAME)

    async def parse_message(
        self: MessageProcessor,
        message: Any,
        tracker: DialogueStateTracker | None = None,
        only_output_properties: bool = True,
    ) -> dict[str, Any]:
        if self.http_interpreter:
            return await rasa_parse_message(self, message, tracker, only_output_properties)
        if tracker is None:
            tracker = DialogueStateTracker.from_events(message.sender_id, [])
        loop = asyncio.get_running_loop()
        parse_data = await loop.run_in_executor(
            executor, self._parse_message_with_graph, message, tracker, only_output_properties
        )
        self._update_full_retrieval_intent(parse_data)
        structlogger.debug(
            "processor.message.parse",
            parse_data_text=processor.copy.deepcopy(parse_data["text"]),
            parse_data_intent=parse_data["intent"],
            parse_data_entities=processor.copy.deepcopy(parse_data["entities"]),
        )
        self._check_for_unseen_features(parse_data)
        return parse_data

    parse_message.rasa_original = rasa_parse_message  # type: ignore[attr-defined]
    parse_message.executor = executor  # type: ignore[attr-defined]
    MessageProcessor.parse_message = parse_message  # type: ignore[method-assign]


# --- 4. deep copies for debug logs only -------------------------------------------------------


class DebugLogCopies:
    """Stands in for the ``copy`` module inside ``rasa.core.processor``.

    Every ``copy.deepcopy`` there builds an argument of a ``structlogger.debug``
    call (events, parse data, slot values), made even when debug logging is off
    and the call is dropped: ~2% of the event loop. Here the copy is made only
    when the processor's logger is enabled for DEBUG; otherwise the object
    itself is passed to the call, which drops it unread.
    """

    def __init__(self, logger_name: str) -> None:
        import copy

        self._copy = copy
        self._logger = logging.getLogger(logger_name)

    def deepcopy(self, value: Any, memo: Any = None) -> Any:
        if self._logger.isEnabledFor(logging.DEBUG):
            return self._copy.deepcopy(value, memo)
        return value

    def __getattr__(self, name: str) -> Any:
        return getattr(self._copy, name)


def _copy_for_debug_logs_only() -> None:
    import rasa.core.processor as processor

    processor.copy = DebugLogCopies(processor.__name__)  # type: ignore[assignment]


# --- 5. event classes by type name --------------------------------------------------------------


class EventClasses:
    """``Event.resolve_by_type`` with the answers remembered.

    Rasa's walks all ``Event`` subclasses (``all_subclasses`` with an
    ``inspect.isabstract`` check on each) for every event it deserialises:
    ~0.1-0.2 ms per event, and every turn re-reads the whole conversation from
    the tracker store. Found classes are remembered by type name; anything
    else (unknown names, defaults, Rasa's "topic" case) goes to Rasa's method
    every time, so its answers and errors are unchanged.
    """

    def __init__(self, rasa_resolve: Any) -> None:
        self._rasa_resolve = rasa_resolve
        self._classes: dict[str, type] = {}

    def resolve_by_type(self, type_name: str, default: Any = None) -> Any:
        found = self._classes.get(type_name)
        if found is not None:
            return found
        try:
            found = self._rasa_resolve(type_name)
        except ValueError:
            if default is not None:
                return default
            raise
        if isinstance(found, type):
            self._classes[type_name] = found
        return found


def _remember_event_classes() -> None:
    from rasa.shared.core.events import Event

    classes = EventClasses(Event.resolve_by_type)
    Event.resolve_by_type = staticmethod(classes.resolve_by_type)  # type: ignore[method-assign]


# --- 6. loading TensorFlow models for prediction --------------------------------------------------


def _load_tensorflow_models_for_prediction_only() -> None:
    """``RasaModel.load`` without the training step, when the model is loaded to predict.

    Rasa compiles the model and fits it on one example "to build weights of
    the correct size", then loads the trained weights: tracing TensorFlow's
    training function alone takes ~8 s of start-up. TensorFlow restores
    checkpointed weights into variables as they are created, so here the
    weights are loaded first and the prediction Rasa runs anyway (to warm up)
    creates the variables that predicting uses; training-only variables stay
    unused. Fine-tuning, or a load without a prediction example, takes Rasa's
    own path. tests/test_speedups_model.py checks that every intent ranking
    is the same either way.
    """
    from rasa.utils.tensorflow.models import RasaModel

    rasa_load = RasaModel.load.__func__  # type: ignore[attr-defined]

    def load(
        cls: type[RasaModel],
        model_file_name: str,
        model_data_example: Any,
        predict_data_example: Any = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> RasaModel:
        if finetune_mode or predict_data_example is None:
            return rasa_load(cls, model_file_name, model_data_example, predict_data_example, finetune_mode, *args, **kwargs)
        model = cls(*args, **kwargs)
        restored = model.load_weights(model_file_name)
        model.run_inference(predict_data_example)
        restored.expect_partial()  # the optimizer and training-only layers are not needed
        return model

    load.rasa_original = rasa_load  # type: ignore[attr-defined]
    RasaModel.load = classmethod(load)  # type: ignore[method-assign,assignment]


# --- 7. the prediction graph without dask ---------------------------------------------------------


def sequential_graph_runner_class() -> type:
    """``DaskGraphRunner`` whose ``run`` calls the nodes itself, in dependency order.

    Rasa runs the prediction graph once for NLU and once per predicted action,
    each time building a dask graph, computing the minimal schema, formatting
    a debug message with every input, and handing it to dask's scheduler:
    ~10% of the event loop. The nodes, their inputs and outputs are the same;
    what each run needs is worked out once per set of targets.
    """
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    class SequentialGraphRunner(DaskGraphRunner):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._plans: dict[tuple[str, ...], list[tuple[str, Any, tuple[str, ...]]]] = {}

        def _plan(self, targets: tuple[str, ...]) -> list[tuple[str, Any, tuple[str, ...]]]:
            plan = self._plans.get(targets)
            if plan is None:
                nodes = self._graph_schema.minimal_graph_schema(list(targets)).nodes
                order: list[str] = []
                seen: set[str] = set()

                def visit(name: str) -> None:
                    if name in seen or name not in nodes:
                        return
                    seen.add(name)
                    for dependency in nodes[name].needs.values():
                        visit(dependency)
                    order.append(name)

                for target in targets:
                    visit(target)
                plan = [(name, self._instantiated_nodes[name], tuple(nodes[name].needs.values())) for name in order]
                self._plans[targets] = plan
            return plan

        def run(self, inputs: dict[str, Any] | None = None, targets: list[str] | None = None) -> dict[str, Any]:
            run_targets = tuple(targets if targets else self._graph_schema.target_names)
            values: dict[str, Any] = {}
            for name, value in (inputs or {}).items():
                if isinstance(value, str) and value in self._graph_schema.nodes:
                    raise GraphRunError(
                        f"Input value '{value}' clashes with a node name. Make sure that none of the input "
                        f"names passed to the `run` method are the same as node names in the graph schema."
                    )
                values[name] = (name, value)
            try:
                for name, node, needs in self._plan(run_targets):
                    # As in dask: a name that is neither a node nor an input is passed as it is.
                    values[name] = node(*(values.get(need, need) for need in needs))
            except RuntimeError as error:
                raise GraphRunError("Error running runner.") from error
            return dict(values[target] for target in run_targets)

    return SequentialGraphRunner


def _run_prediction_graphs_in_order() -> None:
    import rasa.core.processor as processor

    processor.DaskGraphRunner = sequential_graph_runner_class()  # type: ignore[misc]
