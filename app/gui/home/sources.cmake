target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BriefingView.h ${CMAKE_CURRENT_LIST_DIR}/BriefingView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PastResults.h ${CMAKE_CURRENT_LIST_DIR}/LaunchPage.h ${CMAKE_CURRENT_LIST_DIR}/LaunchPage.cpp)
