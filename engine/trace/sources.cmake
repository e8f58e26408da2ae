# Sources of engine/trace (see docs/ARCHITECTURE.md).
