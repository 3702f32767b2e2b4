#!/usr/bin/env python3
"""Golden traces for the Swift FSRS-6 scheduler, produced by the reference `fsrs` package (py-fsrs).

Usage:
    python3 scripts/fsrs-golden.py            # (re)write Tests/Fixtures/fsrs/golden-traces.json
    python3 scripts/fsrs-golden.py --check    # regenerate in memory; exit 1 if the committed file differs

The traces are random review sequences drawn from a fixed seed, so the file is reproducible. Each sequence's
`config` lists only what differs from the scheduler defaults (70% of sequences use the defaults unchanged). Fuzz is off: the
Swift port must match stability, difficulty, retrievability, state, step and due time exactly (floats to 1e-6).
The installed `fsrs` version must equal the pin in requirements/fsrs.txt; install it with
`python3 -m pip install -r requirements/fsrs.txt`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "Tests" / "Fixtures" / "fsrs" / "golden-traces.json"
PIN = ROOT / "requirements" / "fsrs.txt"
SEED = 20_240_601
SEQUENCES = 1_200
EPOCH = datetime(2024, 1, 1, tzinfo=timezone.utc)


def pinned_version() -> str:
    for line in PIN.read_text().splitlines():
        line = line.strip()
        if line.startswith("fsrs=="):
            return line.split("==", 1)[1]
    raise SystemExit(f"no fsrs pin in {PIN}")


def random_parameters(rng: random.Random, lower: tuple, upper: tuple, defaults: tuple) -> list[float]:
    """Parameters perturbed around the defaults and kept inside py-fsrs's bounds."""
    out = []
    for lo, hi, d in zip(lower, upper, defaults):
        value = d * rng.uniform(0.6, 1.4) if d > 0 else rng.uniform(lo, min(hi, lo + 0.1))
        out.append(round(min(max(value, lo), hi), 6))
    return out


def scheduler_config(rng: random.Random, fsrs_scheduler) -> dict:
    kind = rng.random()
    config = {
        "parameters": list(fsrs_scheduler.DEFAULT_PARAMETERS),
        "desired_retention": 0.9,
        "learning_steps": [60, 600],
        "relearning_steps": [600],
        "maximum_interval": 36500,
    }
    if kind < 0.70:
        return config  # the defaults the product uses
    if kind < 0.80:
        config["desired_retention"] = rng.choice([0.7, 0.8, 0.85, 0.95, 0.97])
    elif kind < 0.90:
        config["learning_steps"] = rng.choice([[], [60], [60, 600, 3600], [300, 1800]])
        config["relearning_steps"] = rng.choice([[], [600], [300, 1200]])
        config["maximum_interval"] = rng.choice([30, 365, 36500])
    else:
        config["parameters"] = random_parameters(
            rng,
            fsrs_scheduler.LOWER_BOUNDS_PARAMETERS,
            fsrs_scheduler.UPPER_BOUNDS_PARAMETERS,
            fsrs_scheduler.DEFAULT_PARAMETERS,
        )
    return config


def next_review_time(rng: random.Random, card, now: datetime) -> datetime:
    """When the learner comes back: on time, early, late, or the same day."""
    due = card.due
    wait = max((due - now).total_seconds(), 60.0)
    mode = rng.random()
    if mode < 0.40:
        seconds = wait
    elif mode < 0.60:
        seconds = wait * rng.uniform(0.1, 0.95)
    elif mode < 0.85:
        seconds = wait * rng.uniform(1.0, 3.0) + rng.randint(0, 86_400)
    else:
        seconds = rng.randint(30, 20 * 3600)  # same-day review
    return now + timedelta(seconds=int(seconds))


def generate() -> dict:
    import fsrs
    from fsrs import scheduler as fsrs_scheduler

    rng = random.Random(SEED)
    sequences = []
    weights = [0.15, 0.15, 0.55, 0.15]
    defaults = {
        "parameters": list(fsrs_scheduler.DEFAULT_PARAMETERS),
        "desired_retention": 0.9,
        "learning_steps": [60, 600],
        "relearning_steps": [600],
        "maximum_interval": 36500,
    }
    for index in range(SEQUENCES):
        config = scheduler_config(rng, fsrs_scheduler)
        scheduler = fsrs.Scheduler(
            parameters=config["parameters"],
            desired_retention=config["desired_retention"],
            learning_steps=[timedelta(seconds=s) for s in config["learning_steps"]],
            relearning_steps=[timedelta(seconds=s) for s in config["relearning_steps"]],
            maximum_interval=config["maximum_interval"],
            enable_fuzzing=False,
        )
        now = EPOCH + timedelta(seconds=rng.randint(0, 365 * 86_400))
        card = fsrs.Card(card_id=index + 1, due=now)
        reviews = []
        for _ in range(rng.randint(1, 24)):
            rating = rng.choices([1, 2, 3, 4], weights=weights)[0]
            retrievability = scheduler.get_card_retrievability(card, now)
            card, _ = scheduler.review_card(card, fsrs.Rating(rating), now)
            due = (card.due - EPOCH).total_seconds()
            if due != int(due):
                raise SystemExit(f"non-integral due time in sequence {index}")
            reviews.append(
                {
                    "t": int((now - EPOCH).total_seconds()),
                    "rating": rating,
                    "r": retrievability,
                    "state": int(card.state),
                    "step": card.step,
                    "s": card.stability,
                    "d": card.difficulty,
                    "due": int(due),
                }
            )
            now = next_review_time(rng, card, now)
        overrides = {key: value for key, value in config.items() if value != defaults[key]}
        sequences.append({"config": overrides, "reviews": reviews})
    return {
        "generator": "scripts/fsrs-golden.py",
        "fsrs": metadata.version("fsrs"),
        "seed": SEED,
        "epoch": EPOCH.isoformat(),
        "sequences": sequences,
    }


def render(data: dict) -> str:
    return json.dumps(data, separators=(",", ":")) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed traces are out of date")
    args = parser.parse_args()

    installed = metadata.version("fsrs")
    if installed != pinned_version():
        print(f"fsrs {installed} is installed but {PIN.name} pins {pinned_version()}", file=sys.stderr)
        return 1
    text = render(generate())
    if args.check:
        if not FIXTURE.exists() or FIXTURE.read_text() != text:
            print(f"{FIXTURE.relative_to(ROOT)} is out of date: run python3 scripts/fsrs-golden.py", file=sys.stderr)
            return 1
        count = len(json.loads(text)["sequences"])
        print(f"fsrs golden traces up to date ({count} sequences, fsrs {installed})")
        return 0
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE.write_text(text)
    print(f"wrote {FIXTURE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
