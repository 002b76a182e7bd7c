"""Test support code shared by every test module: fixtures' helpers, fakes, servers."""
