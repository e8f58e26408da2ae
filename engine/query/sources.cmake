# Sources of engine/query (see docs/ARCHITECTURE.md).
