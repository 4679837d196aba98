#!/usr/bin/python3
"""The CardDAV/CalDAV push (issue 19) against a real Radicale (push.py)."""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import push  # noqa: E402

if __name__ == "__main__":
    push.main("radicale")
