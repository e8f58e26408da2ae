target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EventsPage.h ${CMAKE_CURRENT_LIST_DIR}/EventsPage.cpp)
