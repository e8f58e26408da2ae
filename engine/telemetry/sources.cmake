target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChunkedColumn.h
    ${CMAKE_CURRENT_LIST_DIR}/Records.h
    ${CMAKE_CURRENT_LIST_DIR}/LogTermIndex.h
    ${CMAKE_CURRENT_LIST_DIR}/LogTermIndex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogText.h
    ${CMAKE_CURRENT_LIST_DIR}/LogText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PostingLists.h
    ${CMAKE_CURRENT_LIST_DIR}/PostingLists.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StringTable.h
    ${CMAKE_CURRENT_LIST_DIR}/StringTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrigramSignature.h
    ${CMAKE_CURRENT_LIST_DIR}/TelemetryStore.h
    ${CMAKE_CURRENT_LIST_DIR}/TelemetryStore.cpp)
