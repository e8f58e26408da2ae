target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FacetValueText.h ${CMAKE_CURRENT_LIST_DIR}/FacetValueText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FacetView.h ${CMAKE_CURRENT_LIST_DIR}/FacetView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogDetailPane.h ${CMAKE_CURRENT_LIST_DIR}/LogDetailPane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogsPage.h ${CMAKE_CURRENT_LIST_DIR}/LogsPage.cpp)
