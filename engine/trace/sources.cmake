# Sources of engine/trace (see docs/ARCHITECTURE.md).
target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TraceId.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TraceLookup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TraceLogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogTimeIndex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TraceWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TraceAssembly.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServiceMapBuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServiceMap.cpp)
