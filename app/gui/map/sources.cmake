target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MapItems.h ${CMAKE_CURRENT_LIST_DIR}/MapItems.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapLayout.h ${CMAKE_CURRENT_LIST_DIR}/MapLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapScene.h ${CMAKE_CURRENT_LIST_DIR}/MapScene.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapView.h ${CMAKE_CURRENT_LIST_DIR}/MapView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServiceMapPage.h ${CMAKE_CURRENT_LIST_DIR}/ServiceMapPage.cpp)
