target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FlameGraphView.h ${CMAKE_CURRENT_LIST_DIR}/FlameGraphView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TraceView.h ${CMAKE_CURRENT_LIST_DIR}/TraceView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TracesPage.h ${CMAKE_CURRENT_LIST_DIR}/TracesPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WaterfallView.h ${CMAKE_CURRENT_LIST_DIR}/WaterfallView.cpp)
