#!/usr/bin/env python3
"""Writes tests/corpus/dnstwist/<domain>.txt: dnstwist's permutations of each provider host.

    python3 -m venv /tmp/dnstwist && /tmp/dnstwist/bin/pip install dnstwist==20250130
    /tmp/dnstwist/bin/python tests/corpus/gen-dnstwist.py

Only dnstwist's fuzzers run (its Python API, `Fuzzer(domain).generate()`): nothing is resolved,
registered or fetched. To make that certain, every socket call raises before dnstwist is imported.
Each output line is `<fuzzer>\t<host>` (hosts as dnstwist writes them: internationalised names in
their xn-- form), sorted; the original host is left out. The files are committed because CI has no
dnstwist; tests/lookalike_corpus.rs reads them.
"""

import os
import socket
import sys

PINNED = "20250130"

# The provider hosts: registrable domains and the full hosts of the pages people are sent to.
DOMAINS = [
    "visualstudio.com",
    "microsoftonline.com",
    "microsoft.com",
    "live.com",
    "github.com",
    "google.com",
    "login.microsoftonline.com",
    "app.vssps.visualstudio.com",
    "accounts.google.com",
]


def offline(*_args, **_kwargs):
    raise RuntimeError("gen-dnstwist.py runs offline: a network call was attempted")


socket.getaddrinfo = offline
socket.gethostbyname = offline
socket.gethostbyname_ex = offline
socket.create_connection = offline
socket.socket.connect = offline

try:
    import dnstwist
except ImportError:
    sys.exit(f"dnstwist is not installed: pip install dnstwist=={PINNED}")

if dnstwist.__version__ != PINNED:
    sys.exit(f"dnstwist {dnstwist.__version__} found, {PINNED} expected: pip install dnstwist=={PINNED}")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dnstwist")


def main():
    os.makedirs(OUT, exist_ok=True)
    for domain in DOMAINS:
        fuzzer = dnstwist.Fuzzer(domain)
        fuzzer.generate()
        rows = sorted(
            {(p["fuzzer"], p["domain"]) for p in fuzzer.domains if p["domain"] != domain and not p["fuzzer"].startswith("*")},
            key=lambda r: (r[1], r[0]),
        )
        path = os.path.join(OUT, f"{domain}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# dnstwist {dnstwist.__version__} permutations of {domain} (tests/corpus/gen-dnstwist.py)\n")
            for name, host in rows:
                f.write(f"{name}\t{host}\n")
        print(f"{domain}: {len(rows)} permutations -> {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
