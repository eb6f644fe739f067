"""Rasa's own command line with ``bot.rasa_speedups`` installed first.

    python -m bot.serve run --model models/assistant.tar.gz ...
    python -m bot.serve shell --model models/assistant.tar.gz

Takes exactly the arguments of the ``rasa`` command; ``make run``,
``make shell``, the test harness and the deployment files start Rasa this way.
"""
from __future__ import annotations


def main() -> None:
    from bot import rasa_speedups

    rasa_speedups.install()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
