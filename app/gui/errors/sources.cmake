target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ErrorsPage.h ${CMAKE_CURRENT_LIST_DIR}/ErrorsPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IssueDelegate.h ${CMAKE_CURRENT_LIST_DIR}/IssueDelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IssueDetailPane.h ${CMAKE_CURRENT_LIST_DIR}/IssueDetailPane.cpp)
