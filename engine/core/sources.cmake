target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Time.h
    ${CMAKE_CURRENT_LIST_DIR}/ServiceKind.h
    ${CMAKE_CURRENT_LIST_DIR}/DurationBounds.h
    ${CMAKE_CURRENT_LIST_DIR}/LocalizedText.h
    ${CMAKE_CURRENT_LIST_DIR}/Duration.h
    ${CMAKE_CURRENT_LIST_DIR}/Duration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditDistance.h
    ${CMAKE_CURRENT_LIST_DIR}/EditDistance.cpp)
