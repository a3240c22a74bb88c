"""Fixtures shared by every test directory.

``impl`` runs a test once per available implementation of the record hot functions: the
pure-Python reference and, when the extension is built, the Cython twin (streamd._accel).
"""

from __future__ import annotations

from typing import Any

import pytest

from streamd._accel import implementations

_IMPLEMENTATIONS = implementations()


@pytest.fixture(params=["pure", "native"])
def impl(request: pytest.FixtureRequest) -> Any:
    if request.param not in _IMPLEMENTATIONS:
        pytest.skip("streamd_native is not built")
    return _IMPLEMENTATIONS[request.param]
