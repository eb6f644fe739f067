"""Custom actions. The action server imports every submodule of this package."""
