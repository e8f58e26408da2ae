target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ApmPage.h ${CMAKE_CURRENT_LIST_DIR}/ApmPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServicePage.h ${CMAKE_CURRENT_LIST_DIR}/ServicePage.cpp)
