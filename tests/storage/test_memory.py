"""The memory engine passes the storage contract."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from streamd.storage import StorageEngine, UnsupportedStorageURL, open_storage
from tests.storage.contract import StorageContract


class TestMemoryEngine(StorageContract):
    @pytest.fixture
    async def engine(self) -> AsyncIterator[StorageEngine]:
        engine = open_storage("memory://")
        await engine.open()
        yield engine
        await engine.close()


def test_unknown_storage_scheme_fails_loudly() -> None:
    with pytest.raises(UnsupportedStorageURL):
        open_storage("postgres://localhost/streamd")
