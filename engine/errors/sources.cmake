# Sources of engine/errors (see docs/ARCHITECTURE.md).
