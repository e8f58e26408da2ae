target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EvidenceSource.h ${CMAKE_CURRENT_LIST_DIR}/EvidenceSource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LiveRefresh.h ${CMAKE_CURRENT_LIST_DIR}/LiveRefresh.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Navigator.h
    ${CMAKE_CURRENT_LIST_DIR}/Icons.h ${CMAKE_CURRENT_LIST_DIR}/Icons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Tables.h ${CMAKE_CURRENT_LIST_DIR}/Tables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Tones.h ${CMAKE_CURRENT_LIST_DIR}/Tones.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimeRangeBar.h ${CMAKE_CURRENT_LIST_DIR}/TimeRangeBar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueryBar.h ${CMAKE_CURRENT_LIST_DIR}/QueryBar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HistogramChart.h ${CMAKE_CURRENT_LIST_DIR}/HistogramChart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimeSeriesChart.h ${CMAKE_CURRENT_LIST_DIR}/TimeSeriesChart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServiceColors.h ${CMAKE_CURRENT_LIST_DIR}/ServiceColors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RedCharts.h ${CMAKE_CURRENT_LIST_DIR}/RedCharts.cpp)
