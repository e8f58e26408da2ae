# History across drills: a trainee's drills over time, a scenario's leaderboard, a group report.
target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HistoryPage.h ${CMAKE_CURRENT_LIST_DIR}/HistoryPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HistorySnapshot.h ${CMAKE_CURRENT_LIST_DIR}/HistorySnapshot.cpp)
