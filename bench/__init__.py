"""`make bench` inputs: the generator of the "Rasa default" baseline project and its wording.

The benchmark itself lives in ``scripts/bench.py`` (helpers in ``scripts/bench_*.py``).
"""
