target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Dashboards.h ${CMAKE_CURRENT_LIST_DIR}/Dashboards.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MetricExplorer.h ${CMAKE_CURRENT_LIST_DIR}/MetricExplorer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MetricsPage.h ${CMAKE_CURRENT_LIST_DIR}/MetricsPage.cpp)
