target_sources(kunren_engine PRIVATE)
