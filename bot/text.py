"""Small text helpers shared by NLU components and actions (no Rasa imports)."""


def has_words(text: str) -> bool:
    """True when ``text`` holds at least one letter or digit."""
    return any(char.isalnum() for char in text)
