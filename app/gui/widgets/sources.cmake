target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Tables.h ${CMAKE_CURRENT_LIST_DIR}/Tables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimeRangeBar.h ${CMAKE_CURRENT_LIST_DIR}/TimeRangeBar.cpp)
