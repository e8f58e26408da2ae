target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MonitorsPage.h ${CMAKE_CURRENT_LIST_DIR}/MonitorsPage.cpp)
