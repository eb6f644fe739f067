"""Retrieval actions, offline: CollectingDispatcher + Tracker.from_dict."""
from __future__ import annotations

import pytest

from actions.retrieval import ActionAnswerQuestion, ActionHandleFallback
from bot.constants import FACET_INTENTS
from tests.conftest import make_tracker, procedure_entity


@pytest.fixture(scope="module")
def answer_action(knowledge_base, semantic_index):
    return ActionAnswerQuestion(knowledge_base=knowledge_base, semantic_index=semantic_index)


@pytest.fixture(scope="module")
def fallback_action(knowledge_base, semantic_index):
    return ActionHandleFallback(knowledge_base=knowledge_base, semantic_index=semantic_index)


async def run(action, dispatcher, tracker):
    events = await action.run(dispatcher, tracker, {})
    assert not dispatcher.messages, "knowledge actions speak through utter_answer, not directly"
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def facts_text(knowledge_base, procedure_id, facet):
    return " ".join(f.text for f in knowledge_base.lookup(procedure_id, facet).facts)


async def test_structured_answer_carries_facts_and_sources(answer_action, dispatcher, knowledge_base):
    tracker = make_tracker("how long does rfa take", "ask_duration", [procedure_entity("rfa")])
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["reply"] == "kb_answer"
    assert slots["answer"] == facts_text(knowledge_base, "rfa", "duration")
    assert "000_fd0648dbab7763f2.txt" in slots["sources"]
    assert slots["procedure"] == "rfa"
    assert slots["human_offered"] is False


async def test_conflicting_sources_say_so_and_cite_both(answer_action, dispatcher):
    tracker = make_tracker("how long does rfa last", "ask_relief_duration", [procedure_entity("rfa")])
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["reply"] == "kb_answer_sources_differ"
    assert "000_fd0648dbab7763f2.txt" in slots["sources"]
    assert "001_605d7353169f676c.txt" in slots["sources"]


async def test_follow_up_uses_remembered_procedure(answer_action, dispatcher, knowledge_base):
    tracker = make_tracker("will i be awake", "ask_sedation", slots={"procedure": "esi"})
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["answer"] == facts_text(knowledge_base, "esi", "sedation")


async def test_new_procedure_switches_context(answer_action, dispatcher):
    tracker = make_tracker(
        "what about kyphoplasty risks", "ask_risks", [procedure_entity("kyphoplasty")],
        slots={"procedure": "rfa"},
    )
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["procedure"] == "kyphoplasty"
    assert "kyphoplasty" in slots["procedure_name"].lower()


async def test_the_question_is_about_the_last_named_procedure(answer_action, dispatcher):
    tracker = make_tracker(
        "my mbb worked, now they scheduled rfa. how long does the rfa take", "ask_duration",
        [procedure_entity("medial_branch_block"), procedure_entity("rfa")],
    )
    tracker.latest_message["entities"][1]["start"] = 30
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["procedure"] == "rfa"


async def test_no_procedure_asks_which_and_remembers_the_question(answer_action, dispatcher):
    slots = await run(answer_action, dispatcher, make_tracker("how long does it take", "ask_duration"))
    assert slots == {"reply": "ask_which_procedure", "pending_facet": "duration"}


async def test_naming_the_procedure_answers_the_pending_question(answer_action, dispatcher, knowledge_base):
    tracker = make_tracker(
        "the epidural", "inform", [procedure_entity("esi")], slots={"pending_facet": "duration"}
    )
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["answer"] == facts_text(knowledge_base, "esi", "duration")
    assert slots["pending_facet"] is None


async def test_naming_a_procedure_alone_offers_topics(answer_action, dispatcher):
    tracker = make_tracker("kyphoplasty", "inform", [procedure_entity("kyphoplasty")])
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["reply"] == "ask_about_procedure"
    assert slots["procedure"] == "kyphoplasty"


async def test_missing_fact_says_so_and_offers_the_care_team(answer_action, dispatcher):
    tracker = make_tracker(
        "how long does the relief from a discogram last", "ask_relief_duration",
        [procedure_entity("discography")],
    )
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["reply"] == "no_answer"
    assert slots["human_offered"] is True


async def test_image_guidance_question_without_procedure_uses_the_topic(answer_action, dispatcher):
    tracker = make_tracker("why do you use xray", "ask_image_guidance", [procedure_entity("image_guidance")])
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["reply"] == "kb_answer"
    assert slots["procedure"] == "image_guidance"


async def test_a_guidance_question_naming_neither_procedure_nor_imaging_asks_which_procedure(
    answer_action, dispatcher
):
    """Only imaging words get the general answer; anything else read as a guidance question is asked about."""
    tracker = make_tracker("do they use anything to guide the needle", "ask_image_guidance")
    slots = await run(answer_action, dispatcher, tracker)
    assert slots == {"reply": "ask_which_procedure", "pending_facet": "image_guidance"}


@pytest.mark.parametrize("procedure_id", ["esi", "kyphoplasty", "sympathetic_block"])
@pytest.mark.parametrize("intent", sorted(FACET_INTENTS.values()))
async def test_every_answer_is_knowledge_base_facts(answer_action, dispatcher, knowledge_base, intent, procedure_id):
    """Whatever the facet, the bot either states KB facts or says it has none."""
    tracker = make_tracker("can you tell me about that", intent, [procedure_entity(procedure_id)])
    slots = await run(answer_action, dispatcher, tracker)
    if slots["reply"] == "no_answer":
        assert knowledge_base.lookup(procedure_id, FACET_INTENTS_REVERSED[intent]) is None
        return
    stated = slots["answer"]
    for _, _, fact in knowledge_base.passages():
        stated = stated.replace(fact.text, "")
    assert not stated.strip(), f"text not from the knowledge base: {stated!r}"


FACET_INTENTS_REVERSED = {intent: facet for facet, intent in FACET_INTENTS.items()}


async def test_fallback_answers_a_clear_question_semantically(fallback_action, dispatcher):
    tracker = make_tracker("can the bone cement leak out after kyphoplasty", "nlu_fallback")
    slots = await run(fallback_action, dispatcher, tracker)
    assert slots["reply"].startswith("kb_answer")
    assert slots["procedure"] == "kyphoplasty"


async def test_fallback_rephrases_then_offers_a_person(fallback_action, dispatcher):
    slots = await run(fallback_action, dispatcher, make_tracker("asdf qwerty", "nlu_fallback"))
    assert slots == {"reply": "rephrase", "fallback_count": 1.0}
    tracker = make_tracker("zzzz blorp", "nlu_fallback", slots={"fallback_count": 1.0})
    slots = await run(fallback_action, dispatcher, tracker)
    assert slots["reply"] == "offer_human"
    assert slots["human_offered"] is True


@pytest.mark.parametrize("text", ["", "   ", "😀😀", "?!"])
async def test_a_message_without_words_gets_its_own_reply(fallback_action, dispatcher, text):
    slots = await run(fallback_action, dispatcher, make_tracker(text, "nlu_fallback"))
    assert slots == {"reply": "no_words"}


async def test_a_procedure_outranks_a_topic_named_first(answer_action, dispatcher):
    tracker = make_tracker(
        "does the x-ray part of rfa hurt", "ask_sensation",
        [procedure_entity("image_guidance"), procedure_entity("rfa")],
    )
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["procedure"] == "rfa"


async def test_general_imaging_answer_then_a_procedure_answers_it_for_that_procedure(
    answer_action, dispatcher, knowledge_base
):
    tracker = make_tracker("do they use xray", "ask_image_guidance", [procedure_entity("image_guidance")])
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["procedure"] == "image_guidance" and slots["pending_facet"] == "image_guidance"
    tracker = make_tracker(
        "for a knee injection", "inform", [procedure_entity("joint_injection")],
        slots={"procedure": "image_guidance", "pending_facet": "image_guidance"},
    )
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["answer"] == facts_text(knowledge_base, "joint_injection", "image_guidance")


def named(text, procedure_id, mention):
    """A tracker entity for ``mention`` where it stands in ``text``."""
    start = text.index(mention)
    return {"entity": "procedure", "value": procedure_id, "start": start, "end": start + len(mention)}


@pytest.mark.parametrize(
    "text, intent, mention, procedure_id",
    [
        ("and for a kyphoplasty?", "ask_sedation", "kyphoplasty", "kyphoplasty"),
        ("what about the rfa", "ask_what_is", "rfa", "rfa"),
        ("how about facet injections?", "inform", "facet injections", "facet_injection"),
        ("ok same question for the steroid shot in my back", "inform", "steroid shot in my back", "esi"),
        ("is it the same for vertebroplasty", "ask_what_is", "vertebroplasty", "vertebroplasty"),
        ("ok what about an SI joint injection then", "ask_what_is", "SI joint injection", "si_joint_injection"),
    ],
)
async def test_what_about_another_procedure_asks_the_last_question_again(
    answer_action, dispatcher, knowledge_base, text, intent, mention, procedure_id
):
    """Linking words carry no facet, whatever the classifier guessed from them."""
    tracker = make_tracker(
        text, intent, [named(text, procedure_id, mention)], slots={"procedure": "esi", "last_facet": "risks"}
    )
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["answer"] == facts_text(knowledge_base, procedure_id, "risks")
    assert slots["procedure"] == procedure_id
    assert slots["last_facet"] == "risks"


async def test_what_about_a_procedure_with_nothing_asked_before_offers_topics(answer_action, dispatcher):
    text = "what about kyphoplasty"
    tracker = make_tracker(text, "ask_what_is", [named(text, "kyphoplasty", "kyphoplasty")])
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["reply"] == "ask_about_procedure"


@pytest.mark.parametrize(
    "text, intent, facet",
    [
        ("what is kyphoplasty", "ask_what_is", "what_is"),  # a question of its own, no linking word
        ("what about success rates for kyphoplasty", "ask_success_rate", "success_rate"),  # names its facet
        ("and how long does kyphoplasty take", "ask_duration", "duration"),
    ],
)
async def test_a_question_with_its_own_facet_is_not_a_follow_up(
    answer_action, dispatcher, knowledge_base, text, intent, facet
):
    tracker = make_tracker(
        text, intent, [named(text, "kyphoplasty", "kyphoplasty")], slots={"last_facet": "risks"}
    )
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["answer"] == facts_text(knowledge_base, "kyphoplasty", facet)


async def test_the_answered_facet_is_remembered_even_when_the_pages_have_none(answer_action, dispatcher):
    text = "how long does the relief from a discogram last"
    tracker = make_tracker(text, "ask_relief_duration", [named(text, "discography", "discogram")])
    slots = await run(answer_action, dispatcher, tracker)
    assert slots["reply"] == "no_answer" and slots["last_facet"] == "relief_duration"


async def test_an_unsure_what_about_still_answers_the_last_question(fallback_action, dispatcher, knowledge_base):
    text = "n wat abt rfa"
    tracker = make_tracker(text, "nlu_fallback", [named(text, "rfa", "rfa")], slots={"last_facet": "duration"})
    slots = await run(fallback_action, dispatcher, tracker)
    assert slots["answer"] == facts_text(knowledge_base, "rfa", "duration")


def unsure(text, best_guess, fallback_count=0.0):
    tracker = make_tracker(text, "nlu_fallback", slots={"fallback_count": fallback_count})
    tracker.latest_message["intent_ranking"] = [
        {"name": "nlu_fallback", "confidence": 0.45},
        {"name": best_guess, "confidence": 0.4},
    ]
    return tracker


async def test_unsure_out_of_scope_messages_count_as_misses_and_lead_to_a_person(fallback_action, dispatcher):
    slots = await run(fallback_action, dispatcher, unsure("blorp the zibbit", "out_of_scope"))
    assert slots == {"reply": "out_of_scope", "fallback_count": 1.0}
    slots = await run(fallback_action, dispatcher, unsure("zibbit blorp again", "out_of_scope", fallback_count=1.0))
    assert slots["reply"] == "offer_human" and slots["human_offered"] is True
