target_sources(kunren_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Time.h
    ${CMAKE_CURRENT_LIST_DIR}/LocalizedText.h
    ${CMAKE_CURRENT_LIST_DIR}/Duration.h
    ${CMAKE_CURRENT_LIST_DIR}/Duration.cpp)
