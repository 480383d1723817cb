"""The JSON documents the exporters build and the readers walk (JSON-LD, Web Annotations)."""

from __future__ import annotations

from typing import Any

# A JSON object: its values are any JSON value, which Python's type system cannot spell more
# closely without a recursive alias every reader would then have to narrow at each step.
JsonObject = dict[str, Any]
