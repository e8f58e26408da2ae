# The drill session: one simulation, its error tracking and its alerting, stepped together.
target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DrillSession.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillSession.cpp)
