"""Fixtures for the checkout tests: Kari's families on a fresh server (tests/checkout/support.py)."""

from tests.checkout.support import fast_copy_kdf, setting

__all__ = ["fast_copy_kdf", "setting"]
