# Sources of engine/errors (see docs/ARCHITECTURE.md).
target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MessageNormalizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StackFrames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Fingerprint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SemanticVersion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IssueState.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ErrorTracker.cpp)
